import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import SwaggerParser from '@apidevtools/swagger-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ZProblem } from '#contracts/common.ts';
import { serviceProblems } from '../../src/http/problem-responses.ts';
import { type Client, clientFor, createTestApp, type TestApp } from '../setup/test-app.ts';
import { signIn, type WorkspaceFixture, workspaceWithAllRoles } from '../setup/workspace-fixture.ts';

interface Operation {
  method: string;
  path: string;
  security?: unknown[];
  requestBody?: { content: Record<string, unknown> };
  responses: Record<string, { content?: Record<string, { schema: { $ref?: string } }> }>;
}

let t: TestApp;
let ws: WorkspaceFixture;
// biome-ignore lint/suspicious/noExplicitAny: the document is JSON; the assertions read what they expect.
let document: any;
let operations: Operation[];

beforeAll(async () => {
  t = await createTestApp();
  ws = await workspaceWithAllRoles(t.app, t.database);
  document = (await clientFor(t.app).get('/api/openapi.json')).body;
  operations = Object.entries(document.paths).flatMap(([path, item]) =>
    Object.entries(item as Record<string, Omit<Operation, 'method' | 'path'>>).map(([method, operation]) => ({
      ...operation,
      method: method.toUpperCase(),
      path,
    })),
  );
});
afterAll(() => t.close());

const isPublic = (operation: Operation) => operation.security?.length === 0;
const isWrite = (operation: Operation) => operation.method !== 'GET';
const name = (operation: Operation) => `${operation.method} ${operation.path}`;
/** A URL the operation answers: every path parameter an id that exists nowhere. */
const urlOf = (operation: Operation) =>
  operation.path.replace(/\{[^}]+\}/g, '0190a3c4-0000-7000-8000-000000000000');

/** Calls each operation with an empty request; lists answers the document does not list, or not as a Problem. */
async function undocumentedAnswers(client: Client, selected: readonly Operation[]) {
  const wrong: string[] = [];
  for (const operation of selected) {
    const body = isWrite(operation) ? {} : undefined;
    const { status, body: answer } = await client.request(operation.method as 'GET', urlOf(operation), body);
    const listed = operation.responses[status] ?? (status < 300 ? operation.responses['2XX'] : undefined);
    if (!listed) wrong.push(`${name(operation)} answered ${status}`);
    if (status >= 400 && !ZProblem.safeParse(answer).success)
      wrong.push(`${name(operation)}: ${status} is no Problem`);
  }
  return wrong;
}

describe('the OpenAPI document', () => {
  it('is valid OpenAPI 3.1 that an independent validator accepts', async () => {
    const response = await clientFor(t.app).get('/api/openapi.json');
    expect(response.status).toBe(200);
    expect(response.body.openapi).toBe('3.1.0');
    await expect(SwaggerParser.validate(structuredClone(response.body))).resolves.toBeDefined();
  });

  it("passes Redocly's recommended rules (as redocly.yaml sets them) without an error or a warning", () => {
    const folder = mkdtempSync(join(tmpdir(), 'kontor-openapi-'));
    try {
      const file = join(folder, 'openapi.json');
      writeFileSync(file, JSON.stringify(document));
      const lint = spawnSync(
        process.execPath,
        [
          fileURLToPath(new URL('../../node_modules/@redocly/cli/bin/cli.js', import.meta.url)),
          'lint',
          file,
          '--config',
          fileURLToPath(new URL('../../redocly.yaml', import.meta.url)),
          '--format',
          'json',
        ],
        {
          encoding: 'utf8',
          env: { ...process.env, REDOCLY_TELEMETRY: 'off', REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true' },
        },
      );
      const report = JSON.parse(lint.stdout) as {
        problems: { ruleId: string; message: string; location: { pointer: string }[] }[];
      };
      expect(report.problems.map((p) => `${p.ruleId} at ${p.location[0]?.pointer}: ${p.message}`)).toEqual(
        [],
      );
      expect(lint.status).toBe(0);
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });

  it('describes the request bodies a client needs', () => {
    const create = document.paths['/api/v1/accounts'].post;
    expect(create.requestBody.content['application/json'].schema.required).toEqual(['name']);
    expect(Object.keys(document.paths)).toContain('/api/v1/contacts/{id}');
  });

  it('answers every client error as application/problem+json with the Problem schema, field errors included', () => {
    const problems = operations.flatMap((operation) =>
      Object.entries(operation.responses).filter(([status]) => status.startsWith('4')),
    );
    expect(problems.length).toBeGreaterThan(operations.length);
    for (const [, response] of problems) {
      expect(Object.keys(response.content ?? {})).toEqual(['application/problem+json']);
      expect(response.content?.['application/problem+json']?.schema.$ref).toBe(
        '#/components/schemas/Problem',
      );
    }
    const problem = document.components.schemas.Problem;
    expect(problem.required).toEqual(expect.arrayContaining(['type', 'title', 'status', 'code', 'detail']));
    expect(problem.properties.errors.items.required).toEqual(['path', 'code', 'message']);
    expect(problem.properties.code.enum).toContain('version_conflict');
  });

  it('lists 401 on every operation that needs a session, which an anonymous caller then gets', async () => {
    const signedIn = operations.filter((operation) => !isPublic(operation));
    expect(signedIn.length).toBeGreaterThan(80);
    const anonymous = clientFor(t.app);
    const answers = [];
    for (const operation of signedIn) {
      expect(operation.responses, name(operation)).toHaveProperty('401');
      const { status } = await anonymous.request(
        operation.method as 'GET',
        urlOf(operation),
        isWrite(operation) ? {} : undefined,
      );
      answers.push(`${name(operation)} ${status}`);
    }
    expect(answers).toEqual(signedIn.map((operation) => `${name(operation)} 401`));
  });

  it('lists 403 on every write that needs a session, which a read-only token then gets', async () => {
    const created = await ws.as.admin.post('/api/v1/me/tokens', { name: 'reader', scopes: ['read'] });
    const reader = clientFor(t.app, { token: created.body.token });
    const writes = operations.filter((operation) => !isPublic(operation) && isWrite(operation));
    const answers = [];
    for (const operation of writes) {
      expect(operation.responses, name(operation)).toHaveProperty('403');
      answers.push(
        `${name(operation)} ${(await reader.request(operation.method as 'POST', urlOf(operation), {})).status}`,
      );
    }
    expect(answers).toEqual(writes.map((operation) => `${name(operation)} 403`));
  });

  it('lists whatever an anonymous caller, a viewer or an admin gets for an empty request with unknown ids', async () => {
    const last = (operation: Operation) => (operation.path === '/api/v1/auth/logout' ? 1 : 0);
    const ordered = [...operations].sort((a, b) => last(a) - last(b));
    const reads = ordered.filter((operation) => !isWrite(operation));
    const callers = [
      [clientFor(t.app), ordered.filter(isPublic)],
      [ws.as.viewer, reads],
      // Its own session: signing out ends it, so that goes last.
      [await signIn(t.app, ws.users.admin.email), ordered],
    ] as const;
    for (const [client, selected] of callers) expect(await undocumentedAnswers(client, selected)).toEqual([]);
  });

  it('lists 413 and 415 on every operation with a JSON body, and answers them', async () => {
    const withBody = operations.filter((operation) => operation.requestBody?.content['application/json']);
    expect(withBody.length).toBeGreaterThan(30);
    const tooLarge = Buffer.from(JSON.stringify({ name: 'x'.repeat(1024 * 1024 + 1) }));
    const answers = [];
    for (const operation of withBody) {
      const method = operation.method as 'POST';
      const large = await ws.as.admin.request(method, urlOf(operation), tooLarge, 'application/json');
      const xml = await ws.as.admin.request(method, urlOf(operation), Buffer.from('<a/>'), 'application/xml');
      const listed = ['413', '415'].every((status) => status in operation.responses);
      answers.push(`${name(operation)} ${large.status} ${xml.status} listed: ${listed}`);
    }
    expect(answers).toEqual(withBody.map((operation) => `${name(operation)} 413 415 listed: true`));
  });

  it('names only real operations in the list of what services refuse', () => {
    const documented = new Set(operations.map(name));
    const named = Object.keys(serviceProblems).map((key) => key.replace(/:(\w+)/g, '{$1}'));
    expect(named.filter((key) => !documented.has(key))).toEqual([]);
  });

  it('has a docs page at /api/docs', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/api/docs/' });
    expect(response.statusCode).toBe(200);
    expect(response.body).toContain('swagger');
  });
});
