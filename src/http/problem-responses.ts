import type { FastifySchema, RouteOptions } from 'fastify';
import { z } from 'zod';
import { ZProblem } from '#contracts/common.ts';
import { type ErrorCode, errorCodes } from '../core/app-error.ts';
import { permissionMatrix, roles } from '../core/permissions.ts';
import { problemTitles } from './problem.ts';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * What a route's service (or its own handler) refuses beyond what the route's shape shows.
 * Keyed by method and Fastify path; the OpenAPI test fails on a key that names no route.
 */
export const serviceProblems: Record<string, readonly ErrorCode[]> = {
  'POST /api/v1/auth/login': ['unauthenticated', 'too_many_requests'],
  'POST /api/v1/setup': ['setup_done'],
  'POST /api/v1/users': ['duplicate'],
  'POST /api/v1/industries': ['duplicate'],
  'POST /api/v1/accounts': ['duplicate'],
  'PATCH /api/v1/accounts/:id': ['duplicate', 'hierarchy_cycle'],
  'PUT /api/v1/accounts/:id/buying-centre/:contactId': ['invalid_reference', 'reports_to_cycle'],
  'POST /api/v1/visits/:id/report': ['duplicate'],
  'POST /api/v1/visits/:id/materials': ['payload_too_large', 'unsupported_media_type'],
  'POST /api/v1/imports/revenue': ['payload_too_large', 'unsupported_media_type'],
  // An import's state moves on (checking, committed): a step it has left answers a conflict.
  'POST /api/v1/imports/:id/inspect': ['version_conflict'],
  'POST /api/v1/imports/:id/validate': ['version_conflict'],
  'POST /api/v1/imports/:id/commit': ['version_conflict', 'check_expired'],
  'GET /api/v1/portfolio/matrix': ['not_found'],
  'GET /api/v1/me/day': ['forbidden'],
};

export const routeKey = (method: string, url: string) => `${method} ${url}`;

interface ObjectSchema {
  properties?: Record<string, unknown>;
  allOf?: ObjectSchema[];
  anyOf?: ObjectSchema[];
}

/** A body that carries the `version` read is checked against the stored one: 409 when stale. */
function carriesVersion(body: unknown): boolean {
  if (!(body instanceof z.ZodType)) return false;
  const json = z.toJSONSchema(body, { io: 'input', unrepresentable: 'any' }) as ObjectSchema;
  return [json, ...(json.allOf ?? []), ...(json.anyOf ?? [])].some(
    (part) => 'version' in (part.properties ?? {}),
  );
}

/** The problem codes a route can answer, derived from its access, its inputs and its service. */
export function problemCodesOf(method: string, route: Pick<RouteOptions, 'url' | 'config' | 'schema'>) {
  const schema: FastifySchema = route.schema ?? {};
  const access = route.config?.access;
  const codes = new Set<ErrorCode>(serviceProblems[routeKey(method, route.url)]);
  if (schema.body || schema.querystring || schema.params) codes.add('validation_failed');
  if (access && access !== 'public') {
    codes.add('unauthenticated');
    // A read-only token may not write, and a role outside the permission may do nothing.
    const everyoneMay = (permissionMatrix[access] as readonly string[]).length === roles.length;
    if (!everyoneMay || !SAFE_METHODS.has(method)) codes.add('forbidden');
  }
  if (schema.params) codes.add('not_found');
  if (carriesVersion(schema.body)) codes.add('version_conflict');
  if (schema.body) {
    codes.add('payload_too_large');
    codes.add('unsupported_media_type');
  }
  return codes;
}

/** The problem codes grouped by HTTP status, as zod-described problem+json responses. */
export function problemResponses(codes: Set<ErrorCode>) {
  const byStatus = new Map<number, ErrorCode[]>();
  for (const code of Object.keys(errorCodes) as ErrorCode[]) {
    if (codes.has(code)) byStatus.set(errorCodes[code], [...(byStatus.get(errorCodes[code]) ?? []), code]);
  }
  return Object.fromEntries(
    [...byStatus].map(([status, statusCodes]) => [
      status,
      {
        description: statusCodes.map((code) => `\`${code}\`: ${problemTitles[code]}`).join('; '),
        content: { 'application/problem+json': { schema: ZProblem } },
      },
    ]),
  );
}
