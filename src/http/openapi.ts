import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import type { FastifyInstance, FastifySchema } from 'fastify';
import { jsonSchemaTransform, jsonSchemaTransformObject } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { problemCodesOf, problemResponses } from './problem-responses.ts';

type TransformInput = Parameters<typeof jsonSchemaTransform>[0];

const tags = (
  [
    ['system', 'Health of the server and its database'],
    ['setup', 'The first start: create the workspace and its first admin'],
    ['auth', 'Signing in and out, the signed-in user, sessions and personal API tokens'],
    ['users', 'The people of the workspace and their roles'],
    ['industries', "The workspace's list of industries"],
    ['accounts', 'Customers: master data, groups, archive'],
    ['contacts', "The customers' people"],
    ['audit', 'Who changed what, when'],
    ['portfolio', 'ABC analysis and revenue breakdowns'],
    ['imports', 'Revenue lines from ERP exports (CSV, XLSX): upload, check, commit'],
    ['key accounts', 'Deciding which accounts are key accounts, and their KAMs'],
    ['selection matrix', 'Scoring accounts on attractiveness and strength'],
    ['buying centre', 'Who decides at a customer, and how they relate'],
    ['my day', 'The start page: what is due today and this week'],
    ['interactions', 'Calls, meetings and e-mails logged with the customer'],
    ['next steps', 'What someone promised to do, by when'],
    ['contact cadence', 'How often each account and person should be contacted, and who is overdue'],
    ['visits', 'Planned and reported customer visits and their materials'],
    ['calendar', 'Visits as a calendar feed'],
  ] satisfies [string, string][]
).map(([name, description]) => ({ name, description }));

/** `GET /api/v1/accounts/{id}/contacts` → `getAccountsByIdContacts`: unique, stable, URL-safe. */
export function operationIdOf(method: string, url: string) {
  const words = url
    .replace(/^\/api(\/v1)?\//, '')
    .split(/[/-]/)
    .filter(Boolean)
    .map((word) => (word.startsWith(':') ? `By-${word.slice(1)}` : word))
    .flatMap((word) => word.split('-'))
    .map((word) => word.charAt(0).toUpperCase() + word.slice(1));
  return `${method.toLowerCase()}${words.join('')}`;
}

/**
 * Adds to each route's own schema what the route's access, inputs and service imply: its
 * problem answers, an operationId, and no security requirement where it is public.
 */
function describeRoute(input: TransformInput): TransformInput {
  const { schema, route } = input;
  const method = String(route.method);
  const access = route.config?.access;
  const declared = (schema?.response ?? {}) as Record<string, unknown>;
  const declaresSuccess = Object.keys(declared).some((status) => status.startsWith('2'));
  const described: FastifySchema & Record<string, unknown> = {
    operationId: operationIdOf(method, route.url),
    ...(access === 'public' ? { security: [] } : {}),
    ...schema,
    response: {
      // Files and empty answers declare no schema; say only what is known rather than guess a status.
      ...(declaresSuccess
        ? {}
        : { '2XX': z.null().describe('Success; the answer is not JSON (see the summary)') }),
      ...problemResponses(problemCodesOf(method, route)),
      ...declared,
    },
  };
  return { ...input, schema: described };
}

interface WithSchemas {
  components?: { schemas?: Record<string, unknown> };
}

/**
 * The type provider emits every named schema twice, as read (`…Input`) and as answered; a
 * schema only ever answered (Problem) leaves its read twin unreferenced.
 */
function dropUnusedSchemas(document: WithSchemas) {
  const schemas = document.components?.schemas ?? {};
  for (const name of Object.keys(schemas)) {
    const { [name]: _, ...others } = schemas;
    const rest = JSON.stringify({ ...document, components: { ...document.components, schemas: others } });
    if (!rest.includes(`"#/components/schemas/${name}"`)) delete schemas[name];
  }
}

/** OpenAPI 3.1 generated from the routes' zod schemas; served at /api/openapi.json and /api/docs. */
export async function registerOpenApi(app: FastifyInstance) {
  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'Kontor API',
        version: '1',
        description:
          'Key Account Management. Sign in with POST /api/v1/auth/login (session cookie) or send a personal API token as `Authorization: Bearer kontor_…`. Errors are application/problem+json with a stable `code` (the Problem schema).',
        license: { name: 'AGPL-3.0-or-later', identifier: 'AGPL-3.0-or-later' },
      },
      // OpenAPI's own default made explicit: the server that serves this document, wherever it runs.
      servers: [{ url: '/', description: 'This Kontor server' }],
      tags,
      components: {
        securitySchemes: {
          session: { type: 'apiKey', in: 'cookie', name: 'kontor_session' },
          token: { type: 'http', scheme: 'bearer' },
        },
      },
      security: [{ session: [] }, { token: [] }],
    },
    transform: (input) => jsonSchemaTransform(input.schema?.hide ? input : describeRoute(input)),
    // Named schemas (z.globalRegistry), such as Problem and the recursive group tree, become components.
    transformObject: (input) => {
      const document = jsonSchemaTransformObject(input);
      dropUnusedSchemas(document as WithSchemas);
      return document;
    },
  });
  await app.register(swaggerUi, { routePrefix: '/api/docs' });
  app.get('/api/openapi.json', { schema: { hide: true } }, async () => app.swagger());
}
