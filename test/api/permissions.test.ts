import { readFileSync } from 'node:fs';
import type { FastifyInstance, InjectOptions } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Permission, permissionMatrix, type Role, roles } from '../../src/core/permissions.ts';
import { eventually } from '../setup/eventually.ts';
import { type Client, clientFor, createTestApp, type Response, type TestApp } from '../setup/test-app.ts';
import {
  PASSWORD,
  signIn,
  type WorkspaceFixture,
  workspaceWithAllRoles,
} from '../setup/workspace-fixture.ts';

/**
 * docs/permissions.md is the expectation: every endpoint of its table is called as every role,
 * and the table itself must match the routes the server registers and the matrix in code.
 */

// ---------- the document ----------

const markdown = readFileSync(new URL('../../docs/permissions.md', import.meta.url), 'utf8');

/** The rows of the first table under `## heading`, as trimmed cells; the separator row is dropped. */
function tableUnder(heading: string): { header: string[]; rows: string[][] } {
  const section = markdown.split(/^## /m).find((part) => part.startsWith(`${heading}\n`));
  if (!section) throw new Error(`docs/permissions.md has no "## ${heading}"`);
  const lines = section.split('\n').filter((line) => line.startsWith('|'));
  const [header, ...rows] = lines
    .map((line) =>
      line
        .split('|')
        .slice(1, -1)
        .map((cell) => cell.trim()),
    )
    .filter((cells) => !cells.every((cell) => /^-+$/.test(cell)));
  if (!header) throw new Error(`"## ${heading}" has no table`);
  return { header, rows };
}

/** The roles a row grants, read from its ✓/– cells in the header's role order. */
function grantedRoles(header: string[], cells: string[], firstRoleColumn: number): Role[] {
  if (header.slice(firstRoleColumn).join() !== roles.join())
    throw new Error(`Role columns are not ${roles.join(', ')}`);
  return roles.filter((role, index) => {
    const cell = cells[firstRoleColumn + index];
    if (cell !== '✓' && cell !== '–')
      throw new Error(`Cell "${cell}" for ${role} in row "${cells[0]}" is neither ✓ nor –`);
    return cell === '✓';
  });
}

interface Endpoint {
  method: string;
  path: string;
  permission: string;
  allowed: Role[];
}

const endpointTable = tableUnder('Endpoints');
const endpoints: Endpoint[] = endpointTable.rows.map((cells) => {
  const [method = '', path = ''] = (cells[0] ?? '').split(' ');
  return { method, path, permission: cells[1] ?? '', allowed: grantedRoles(endpointTable.header, cells, 2) };
});
const endpointKey = (endpoint: { method: string; path: string }) => `${endpoint.method} ${endpoint.path}`;

// ---------- helpers ----------

function expectProblem(response: Response, status: number, code: string) {
  expect(response.status, JSON.stringify(response.body)).toBe(status);
  expect(String(response.headers['content-type'])).toContain('application/problem+json');
  expect(response.body.code).toBe(code);
}

/** The routes Fastify registered, as "METHOD /path" (HEAD, which Fastify adds for every GET, left out). */
function registeredRoutes(app: FastifyInstance): string[] {
  const paths: string[] = [];
  const routes: string[] = [];
  for (const line of app.printRoutes({ commonPrefix: false }).split('\n')) {
    const match = /^([│ ]*)[├└]── (\S+)(?: \(([A-Z, ]+)\))?$/.exec(line);
    if (!match) continue;
    const depth = (match[1] ?? '').length / 4;
    const path = (paths[depth - 1] ?? '') + match[2];
    paths.length = depth;
    paths.push(path);
    for (const method of (match[3] ?? '').split(', ').filter(Boolean)) {
      if (method !== 'HEAD') routes.push(`${method} ${path}`);
    }
  }
  return routes;
}

// ---------- one call per endpoint, prepared so that an allowed call succeeds ----------

interface Call {
  params?: Record<string, string>;
  body?: unknown;
  /** Another client than the role's signed-in one, e.g. a fresh session to log out. */
  client?: Client;
  /** Appended to the URL, e.g. `?fileName=x.csv`. */
  query?: string;
  /** A raw body (a file upload) and its type, instead of JSON. */
  file?: { body: Buffer; contentType: string };
  /** What an allowed call answers when not 2xx. */
  outcome?: { status: number; code: string };
}

let testApp: TestApp;
let ws: WorkspaceFixture;
let accountId: string;
let contactId: string;

const versionOf = async (url: string, client = ws.as.admin): Promise<number> => {
  const response = await client.get(url);
  expect(response.status, url).toBe(200);
  return response.body.version;
};

/** A second session of the role's user, and its id. */
async function secondSession(role: Role): Promise<{ client: Client; id: string }> {
  const client = await signIn(testApp.app, ws.users[role].email);
  const sessions = await client.get('/api/v1/me/sessions');
  const current = sessions.body.items.find((session: { current: boolean }) => session.current);
  return { client, id: current.id };
}

const revenueFile = () => ({
  body: Buffer.from('Kundennummer;Datum;Belegnummer;Umsatz\n4711;15.03.2026;RE-1;100,00\n'),
  contentType: 'text/csv',
});

async function uploadedImport(): Promise<{ id: string; mapping: object }> {
  const response = await ws.as.admin.request(
    'POST',
    '/api/v1/imports/revenue?fileName=probe.csv',
    revenueFile().body,
    'text/csv',
  );
  expect(response.status, JSON.stringify(response.body)).toBe(201);
  return response.body;
}

async function validatedImport(): Promise<string> {
  const { id, mapping } = await uploadedImport();
  expect((await ws.as.admin.post(`/api/v1/imports/${id}/validate`, { mapping })).status).toBe(202);
  return eventually(
    async () => {
      const current = await ws.as.admin.get(`/api/v1/imports/${id}`);
      if (current.body.status === 'validated') return id;
      expect(current.body.status).toBe('validating');
    },
    { timeoutMs: 20_000, message: `import ${id} to be validated` },
  );
}

let matrixReviewId: string | undefined;
/** One review for the calls that need one, started by the admin on first use. */
async function reviewId(): Promise<string> {
  if (!matrixReviewId) {
    const created = await ws.as.admin.post('/api/v1/portfolio/matrix/reviews', {
      name: 'Probe review',
      from: '2026-01-01',
      to: '2026-12-31',
    });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    matrixReviewId = created.body.id;
  }
  return matrixReviewId as string;
}

/** A visit two days ago, so that it can be reported. */
const visitDraft = (title: string) => ({
  accountId,
  title,
  startsAt: new Date(Date.now() - 2 * 86_400_000).toISOString(),
  endsAt: new Date(Date.now() - 2 * 86_400_000 + 3_600_000).toISOString(),
});

async function newVisitId(): Promise<string> {
  const created = await ws.as.admin.post('/api/v1/visits', visitDraft('Probe visit'));
  expect(created.status, JSON.stringify(created.body)).toBe(201);
  return created.body.id;
}

let probeVisit: string | undefined;
/** One visit for the calls that only read or change it, planned by the admin on first use. */
async function probeVisitId(): Promise<string> {
  probeVisit ??= await newVisitId();
  return probeVisit;
}

const probePdf = () => ({ body: Buffer.from('%PDF-1.7\n%%EOF\n'), contentType: 'application/pdf' });

async function newMaterialId(): Promise<string> {
  const { body, contentType } = probePdf();
  const url = `/api/v1/visits/${await probeVisitId()}/materials?fileName=probe.pdf`;
  const created = await ws.as.admin.request('POST', url, body, contentType);
  expect(created.status, JSON.stringify(created.body)).toBe(201);
  return created.body.id;
}

/** An interaction logged by the admin just now, with the probe contact. */
async function newInteractionId(summary = 'Probe call'): Promise<string> {
  const created = await ws.as.admin.post('/api/v1/interactions', {
    accountId,
    kind: 'call',
    occurredAt: new Date().toISOString(),
    summary,
    contactIds: [contactId],
  });
  expect(created.status, JSON.stringify(created.body)).toBe(201);
  return created.body.id;
}

/** A next step owned by the role's user: an internal colleague may only see and work on their own. */
async function newNextStepId(owner: Role): Promise<string> {
  const created = await ws.as.admin.post('/api/v1/next-steps', {
    accountId,
    title: `Step for ${owner}`,
    ownerId: ws.users[owner].id,
    dueOn: '2030-01-31',
  });
  expect(created.status, JSON.stringify(created.body)).toBe(201);
  return created.body.id;
}

const accountUrl = () => `/api/v1/accounts/${accountId}`;
const contactUrl = () => `/api/v1/contacts/${contactId}`;

const calls: Record<string, (role: Role) => Promise<Call>> = {
  'GET /api/health': async () => ({}),
  'GET /api/v1/setup': async () => ({}),
  'POST /api/v1/setup': async (role) => ({
    body: { workspaceName: 'Second', name: 'Eve', email: `setup.${role}@kontor.example`, password: PASSWORD },
    outcome: { status: 409, code: 'setup_done' },
  }),
  'POST /api/v1/auth/login': async (role) => ({ body: { email: ws.users[role].email, password: PASSWORD } }),
  'POST /api/v1/auth/logout': async (role) => ({ client: (await secondSession(role)).client }),
  'GET /api/v1/me': async () => ({}),
  'PATCH /api/v1/me': async (role) => ({
    body: { version: (await ws.as[role].get('/api/v1/me')).body.user.version, name: `${role} (renamed)` },
  }),
  'GET /api/v1/me/sessions': async () => ({}),
  'DELETE /api/v1/me/sessions/:id': async (role) => ({ params: { id: (await secondSession(role)).id } }),
  'GET /api/v1/me/tokens': async () => ({}),
  'POST /api/v1/me/tokens': async (role) => ({ body: { name: `${role} script`, scopes: ['read'] } }),
  'DELETE /api/v1/me/tokens/:id': async (role) => {
    const created = await ws.as[role].post('/api/v1/me/tokens', { name: 'to revoke', scopes: ['read'] });
    return { params: { id: created.body.id } };
  },
  'GET /api/v1/users': async () => ({}),
  'GET /api/v1/users/:id': async (role) => ({ params: { id: ws.users[role].id } }),
  'POST /api/v1/users': async (role) => ({
    body: { email: `invited.${role}@kontor.example`, name: 'Invited', role: 'viewer', password: PASSWORD },
  }),
  'PATCH /api/v1/users/:id': async (role) => {
    const id = ws.users.viewer.id;
    return {
      params: { id },
      body: { version: await versionOf(`/api/v1/users/${id}`), name: `Viewer (by ${role})` },
    };
  },
  'GET /api/v1/industries': async () => ({}),
  'POST /api/v1/industries': async (role) => ({
    body: { key: `industry_${role}`, labelDe: 'Branche', labelEn: 'Industry' },
  }),
  'PATCH /api/v1/industries/:key': async () => ({
    params: { key: 'other' },
    body: {
      labelEn: 'Other',
      version: (await ws.as.admin.get('/api/v1/industries')).body.items.find(
        (industry: { key: string }) => industry.key === 'other',
      ).version,
    },
  }),
  'GET /api/v1/accounts': async () => ({}),
  'GET /api/v1/accounts/export': async () => ({}),
  'GET /api/v1/accounts/regions': async () => ({}),
  'POST /api/v1/accounts': async (role) => ({ body: { name: `Account of ${role}`, industryKey: 'other' } }),
  'GET /api/v1/accounts/:id': async () => ({ params: { id: accountId } }),
  'PATCH /api/v1/accounts/:id': async (role) => ({
    params: { id: accountId },
    body: { version: await versionOf(accountUrl()), city: `City of ${role}` },
  }),
  'POST /api/v1/accounts/:id/archive': async () => ({
    params: { id: accountId },
    body: { version: await versionOf(accountUrl()) },
  }),
  'POST /api/v1/accounts/:id/restore': async () => ({
    params: { id: accountId },
    body: { version: await versionOf(accountUrl()) },
  }),
  'GET /api/v1/accounts/:id/hierarchy': async () => ({ params: { id: accountId } }),
  'GET /api/v1/accounts/:id/contacts': async () => ({ params: { id: accountId } }),
  'GET /api/v1/contacts': async () => ({}),
  'GET /api/v1/contacts/export': async () => ({}),
  'POST /api/v1/contacts': async (role) => ({
    body: { lastName: `Contact of ${role}`, accountIds: [accountId] },
  }),
  'GET /api/v1/contacts/:id': async () => ({ params: { id: contactId } }),
  'PATCH /api/v1/contacts/:id': async (role) => ({
    params: { id: contactId },
    body: { version: await versionOf(contactUrl()), jobTitle: `Title by ${role}` },
  }),
  'POST /api/v1/contacts/:id/archive': async () => ({
    params: { id: contactId },
    body: { version: await versionOf(contactUrl()) },
  }),
  'POST /api/v1/contacts/:id/restore': async () => ({
    params: { id: contactId },
    body: { version: await versionOf(contactUrl()) },
  }),
  'GET /api/v1/audit': async () => ({}),
  'GET /api/v1/portfolio/abc': async () => ({}),
  'POST /api/v1/accounts/:id/key-account-decisions': async (role) => ({
    params: { id: accountId },
    body: {
      version: await versionOf(accountUrl()),
      kind: 'designate',
      tier: 1,
      ownerId: ws.users.key_account_manager.id,
      reason: `Decided by ${role}`,
    },
  }),
  'GET /api/v1/accounts/:id/key-account-decisions': async () => ({ params: { id: accountId } }),
  'GET /api/v1/portfolio/key-accounts': async () => ({}),
  'GET /api/v1/portfolio/key-accounts/export': async () => ({}),
  'GET /api/v1/portfolio/kam-workload': async () => ({}),
  'GET /api/v1/portfolio/matrix': async () => ({ params: {}, query: `?reviewId=${await reviewId()}` }),
  'GET /api/v1/portfolio/matrix/criteria': async () => ({}),
  'PUT /api/v1/portfolio/matrix/criteria': async () => ({
    body: { criteria: (await ws.as.admin.get('/api/v1/portfolio/matrix/criteria')).body.items },
  }),
  'GET /api/v1/portfolio/matrix/reviews': async () => ({}),
  'POST /api/v1/portfolio/matrix/reviews': async (role) => ({
    body: { name: `Review of ${role}`, from: '2026-01-01', to: '2026-06-30' },
  }),
  'PUT /api/v1/portfolio/matrix/reviews/:id/scores/:accountId': async () => ({
    params: { id: await reviewId(), accountId },
    body: { scores: { relationship: 4 } },
  }),
  'GET /api/v1/portfolio/settings': async () => ({}),
  'PATCH /api/v1/portfolio/settings': async () => ({
    body: {
      version: (await ws.as.admin.get('/api/v1/portfolio/settings')).body.version,
      keyAccountsPerKam: 9,
    },
  }),
  'GET /api/v1/portfolio/abc/export': async () => ({ query: '?format=csv' }),
  'GET /api/v1/portfolio/breakdown': async () => ({ query: '?dimension=industry' }),
  'GET /api/v1/portfolio/breakdown/export': async () => ({ query: '?dimension=region&format=xlsx' }),
  'POST /api/v1/imports/revenue': async () => ({ query: '?fileName=probe.csv', file: revenueFile() }),
  'GET /api/v1/imports': async () => ({}),
  'GET /api/v1/imports/presets': async () => ({}),
  'POST /api/v1/imports/presets': async (role) => ({
    body: { name: `ERP of ${role}`, mapping: { customerNumber: 'Kundennummer' } },
  }),
  'GET /api/v1/imports/:id': async () => ({ params: { id: (await uploadedImport()).id } }),
  'POST /api/v1/imports/:id/inspect': async () => ({
    params: { id: (await uploadedImport()).id },
    body: { overrides: { delimiter: ';' } },
  }),
  'POST /api/v1/imports/:id/validate': async () => {
    const { id, mapping } = await uploadedImport();
    return { params: { id }, body: { mapping } };
  },
  'POST /api/v1/imports/:id/commit': async () => ({
    params: { id: await validatedImport() },
    body: { createAccounts: true },
  }),
  // buying centre and my day
  'GET /api/v1/accounts/:id/buying-centre': async () => ({ params: { id: accountId } }),
  'PUT /api/v1/accounts/:id/buying-centre/:contactId': async (role) => {
    const centre = await ws.as.admin.get(`${accountUrl()}/buying-centre`);
    const member = centre.body.members.find((m: { contact: { id: string } }) => m.contact.id === contactId);
    return {
      params: { id: accountId, contactId },
      body: { version: member.version, roles: ['influencer'], influence: role === 'admin' ? 5 : 3 },
    };
  },
  'GET /api/v1/me/day': async () => ({}),
  // interactions, next steps and contact cadence
  'GET /api/v1/interactions': async () => ({}),
  'POST /api/v1/interactions': async (role) => ({
    body: {
      accountId,
      kind: 'meeting',
      occurredAt: new Date().toISOString(),
      summary: `Meeting of ${role}`,
      contactIds: [contactId],
      nextSteps: [{ title: 'Follow up', ownerId: ws.users.internal.id, dueOn: '2030-01-31' }],
    },
  }),
  'GET /api/v1/interactions/:id': async () => ({ params: { id: await newInteractionId() } }),
  'PATCH /api/v1/interactions/:id': async (role) => {
    const id = await newInteractionId();
    return { params: { id }, body: { version: 1, outcome: `Corrected by ${role}` } };
  },
  'DELETE /api/v1/interactions/:id': async () => ({
    params: { id: await newInteractionId('Logged by mistake') },
  }),
  'GET /api/v1/accounts/:id/presentations': async () => ({ params: { id: accountId } }),
  'GET /api/v1/next-steps': async () => ({}),
  'POST /api/v1/next-steps': async (role) => ({
    body: { accountId, title: `Step by ${role}`, ownerId: ws.users.internal.id, dueOn: '2030-01-31' },
  }),
  'GET /api/v1/next-steps/:id': async (role) => ({ params: { id: await newNextStepId(role) } }),
  'PATCH /api/v1/next-steps/:id': async (role) => ({
    params: { id: await newNextStepId(role) },
    body: { version: 1, status: 'done' },
  }),
  'GET /api/v1/relationship-settings': async () => ({}),
  'PATCH /api/v1/relationship-settings': async () => ({
    body: { version: await versionOf('/api/v1/relationship-settings'), tier1CadenceDays: 14 },
  }),
  'GET /api/v1/contact-cadence/overdue': async () => ({}),
  // visits and the calendar
  'GET /api/v1/visits': async () => ({}),
  'POST /api/v1/visits': async (role) => ({ body: visitDraft(`Visit of ${role}`) }),
  'GET /api/v1/visits/:id': async () => ({ params: { id: await probeVisitId() } }),
  'PATCH /api/v1/visits/:id': async (role) => {
    const id = await probeVisitId();
    return {
      params: { id },
      body: { version: await versionOf(`/api/v1/visits/${id}`), agenda: `By ${role}` },
    };
  },
  'POST /api/v1/visits/:id/report': async () => ({
    params: { id: await newVisitId() },
    body: { version: 1, summary: 'Reported' },
  }),
  'GET /api/v1/visits/:id/ics': async () => ({ params: { id: await probeVisitId() } }),
  'POST /api/v1/visits/:id/materials': async (role) => ({
    params: { id: await probeVisitId() },
    query: `?fileName=${role}.pdf`,
    file: probePdf(),
  }),
  'GET /api/v1/visits/:id/materials/:materialId': async () => ({
    params: { id: await probeVisitId(), materialId: await newMaterialId() },
  }),
  'DELETE /api/v1/visits/:id/materials/:materialId': async () => ({
    params: { id: await probeVisitId(), materialId: await newMaterialId() },
  }),
  'GET /api/v1/me/calendar-feed': async () => ({}),
  'POST /api/v1/me/calendar-feed': async () => ({}),
  'GET /api/calendar/:token': async (role) => ({
    params: {
      token:
        new URL((await ws.as[role].get('/api/v1/me/calendar-feed')).body.url).pathname.split('/')[3] ?? '',
    },
  }),
};

function urlOf(path: string, params: Record<string, string> = {}): string {
  const url = path.replace(/:(\w+)/g, (_, name: string) => params[name] ?? `:${name}`);
  if (url.includes(':')) throw new Error(`No value for a parameter of ${path}`);
  return url;
}

async function callAs(
  endpoint: Endpoint,
  role: Role,
  client?: Client,
): Promise<{ call: Call; response: Response }> {
  const prepare = calls[endpointKey(endpoint)];
  if (!prepare) throw new Error(`No call prepared for ${endpointKey(endpoint)}; add one to this test`);
  const call = await prepare(role);
  const url = urlOf(endpoint.path, call.params) + (call.query ?? '');
  const body =
    endpoint.method === 'GET' || endpoint.method === 'DELETE'
      ? undefined
      : (call.file?.body ?? call.body ?? {});
  const response = await (client ?? call.client ?? ws.as[role]).request(
    endpoint.method as InjectOptions['method'],
    url,
    body,
    call.file?.contentType,
  );
  return { call, response };
}

beforeAll(async () => {
  testApp = await createTestApp();
  ws = await workspaceWithAllRoles(testApp.app, testApp.database);
  const account = await ws.as.admin.post('/api/v1/accounts', {
    name: 'Permission Probe GmbH',
    industryKey: 'other',
  });
  expect(account.status).toBe(201);
  accountId = account.body.id;
  const contact = await ws.as.admin.post('/api/v1/contacts', { lastName: 'Probe', accountIds: [accountId] });
  expect(contact.status).toBe(201);
  contactId = contact.body.id;
});

afterAll(async () => {
  await testApp?.close();
});

// ---------- the table against the code ----------

describe('docs/permissions.md', () => {
  it('lists exactly the routes the server registers under /api', () => {
    const registered = registeredRoutes(testApp.app).filter(
      (route) =>
        route.includes(' /api/v1/') || route.endsWith(' /api/health') || route.includes(' /api/calendar/'),
    );
    expect(registered.length).toBeGreaterThan(0);
    expect([...registered].sort()).toEqual(endpoints.map(endpointKey).sort());
  });

  it('lists exactly the endpoints the OpenAPI document describes', async () => {
    const spec = await clientFor(testApp.app).get('/api/openapi.json');
    expect(spec.status).toBe(200);
    const documented = Object.entries(spec.body.paths as Record<string, object>).flatMap(
      ([path, operations]) =>
        Object.keys(operations).map(
          (method) => `${method.toUpperCase()} ${path.replace(/\{(\w+)\}/g, ':$1')}`,
        ),
    );
    expect(documented.sort()).toEqual(endpoints.map(endpointKey).sort());
  });

  it('grants each endpoint to exactly the roles permissionMatrix gives its permission', () => {
    for (const endpoint of endpoints) {
      const expected =
        endpoint.permission === 'public' ? roles : permissionMatrix[endpoint.permission as Permission];
      expect(
        expected,
        `unknown permission "${endpoint.permission}" in ${endpointKey(endpoint)}`,
      ).toBeDefined();
      expect(endpoint.allowed, endpointKey(endpoint)).toEqual([...expected]);
    }
  });

  it('shows permissionMatrix in its per-role table', () => {
    const { header, rows } = tableUnder('Permissions per role');
    const documented = Object.fromEntries(rows.map((cells) => [cells[0], grantedRoles(header, cells, 1)]));
    const inCode = Object.fromEntries(
      Object.entries(permissionMatrix).map(([permission, granted]) => [permission, [...granted]]),
    );
    expect(documented).toEqual(inCode);
  });

  it('prepares a call for every endpoint it lists', () => {
    expect(Object.keys(calls).sort()).toEqual(endpoints.map(endpointKey).sort());
  });
});

// ---------- every endpoint as every role ----------

for (const endpoint of endpoints) {
  describe(endpointKey(endpoint), () => {
    for (const role of roles) {
      const allowed = endpoint.allowed.includes(role);
      it(`${allowed ? 'allows' : 'refuses'} ${role}`, async () => {
        const { call, response } = await callAs(endpoint, role);
        if (!allowed) return expectProblem(response, 403, 'forbidden');
        const detail = `${response.status} ${JSON.stringify(response.body)}`;
        expect([401, 403], detail).not.toContain(response.status);
        if (call.outcome) expectProblem(response, call.outcome.status, call.outcome.code);
        else expect(response.status >= 200 && response.status < 300, detail).toBe(true);
      });
    }

    if (endpoint.permission !== 'public') {
      it('answers 401 unauthenticated without a session', async () => {
        const { response } = await callAs(endpoint, 'admin', clientFor(testApp.app));
        expectProblem(response, 401, 'unauthenticated');
      });
    }
  });
}
