import type { InjectOptions } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Role, roles } from '../../src/core/permissions.ts';
import { type Client, clientFor, createTestApp, type Response, type TestApp } from '../setup/test-app.ts';
import { type WorkspaceFixture, workspaceWithAllRoles } from '../setup/workspace-fixture.ts';

/**
 * Two workspaces on one server. B's admin may do everything in B, and must not see, change or
 * point at anything of A: a record of another workspace answers 404, as if it did not exist.
 */

type Method = InjectOptions['method'];

interface Tenant {
  ws: WorkspaceFixture;
  admin: Client;
  /** A key account (owned by the KAM, with a team) at the top of a group … */
  parent: { id: string; name: string; customerNumber: string };
  /** … and an account below it. */
  child: { id: string; name: string };
  contact: { id: string; lastName: string; email: string };
  industryKey: string;
  token: { id: string; value: string };
  sessionId: string;
}

let testApp: TestApp;
let a: Tenant;
let b: Tenant;

async function created(response: Promise<Response>) {
  const { status, body } = await response;
  expect(status, JSON.stringify(body)).toBe(201);
  return body;
}

async function seedTenant(label: string): Promise<Tenant> {
  const ws = await workspaceWithAllRoles(testApp.app, testApp.database, label.toLowerCase());
  const admin = ws.as.admin;
  const industryKey = `${label.toLowerCase()}_only`;
  await created(
    admin.post('/api/v1/industries', {
      key: industryKey,
      labelDe: `${label} Branche`,
      labelEn: `${label} industry`,
    }),
  );
  const parent = await created(
    admin.post('/api/v1/accounts', {
      name: `${label} Holding AG`,
      customerNumber: `${label[0]}-1000`,
      industryKey,
      isKeyAccount: true,
      ownerId: ws.users.key_account_manager.id,
      team: [{ userId: ws.users.account_manager.id, teamRole: 'Service' }],
    }),
  );
  const child = await created(
    admin.post('/api/v1/accounts', { name: `${label} Tochter GmbH`, parentId: parent.id }),
  );
  const contact = await created(
    admin.post('/api/v1/contacts', {
      firstName: 'Anna',
      lastName: `${label}mann`,
      email: `anna@${label.toLowerCase()}.example`,
      accountIds: [child.id],
    }),
  );
  const token = await created(
    admin.post('/api/v1/me/tokens', { name: `${label} sync`, scopes: ['read', 'write'] }),
  );
  const sessions = await admin.get('/api/v1/me/sessions');
  const sessionId = sessions.body.items.find((session: { current: boolean }) => session.current).id;
  return {
    ws,
    admin,
    parent,
    child,
    contact,
    industryKey,
    token: { id: token.id, value: token.token },
    sessionId,
  };
}

/** What A's admin reads about A's records: must be the same before and after B's attempts. */
async function snapshot(tenant: Tenant) {
  const urls = [
    `/api/v1/accounts/${tenant.parent.id}`,
    `/api/v1/accounts/${tenant.child.id}`,
    `/api/v1/accounts/${tenant.parent.id}/hierarchy`,
    `/api/v1/accounts/${tenant.child.id}/contacts`,
    `/api/v1/contacts/${tenant.contact.id}`,
    '/api/v1/accounts?archived=all&limit=200',
    '/api/v1/contacts?archived=all&limit=200',
    '/api/v1/users?limit=200',
  ];
  const reads = await Promise.all(urls.map((url) => tenant.admin.get(url)));
  for (const read of reads) expect(read.status).toBe(200);
  return reads.map((read) => read.body);
}

/** Every string of A that B must never be shown: ids, names, e-mails, its industry. */
function secretsOf(tenant: Tenant): string[] {
  return [
    tenant.ws.workspaceId,
    tenant.parent.id,
    tenant.parent.name,
    tenant.child.id,
    tenant.child.name,
    tenant.contact.id,
    tenant.contact.lastName,
    tenant.contact.email,
    tenant.industryKey,
    tenant.token.id,
    tenant.sessionId,
    ...roles.flatMap((role) => [tenant.ws.users[role].id, tenant.ws.users[role].email]),
  ];
}

function expectNotFound(response: Response) {
  expect(response.status, JSON.stringify(response.body)).toBe(404);
  expect(String(response.headers['content-type'])).toContain('application/problem+json');
  expect(response.body.code).toBe('not_found');
}

const versionOf = async (client: Client, url: string): Promise<number> =>
  (await client.get(url)).body.version;

beforeAll(async () => {
  testApp = await createTestApp();
  a = await seedTenant('Alpha');
  b = await seedTenant('Bravo');
  // A second account in B whose name matches a search for A's names.
  await created(b.admin.post('/api/v1/accounts', { name: 'Alphaville Bravo KG' }));
});

afterAll(async () => {
  await testApp?.close();
});

describe("B's admin cannot reach A's records by id", () => {
  /** A request on a record of A; `body` gets the version A's admin reads, so only the workspace can refuse it. */
  interface Probe {
    name: string;
    method: Method;
    record: () => string;
    suffix?: string;
    body?: (version: number) => object;
  }
  const archive = (version: number) => ({ version });
  const accountProbes = (which: 'parent' | 'child'): Probe[] => {
    const record = () => `/api/v1/accounts/${a[which].id}`;
    const probes: Probe[] = [
      { name: 'GET', method: 'GET', record },
      { name: 'PATCH', method: 'PATCH', record, body: (version) => ({ version, name: 'Hijacked' }) },
      { name: 'archive', method: 'POST', record, suffix: '/archive', body: archive },
      { name: 'restore', method: 'POST', record, suffix: '/restore', body: archive },
      { name: 'hierarchy', method: 'GET', record, suffix: '/hierarchy' },
      { name: 'contacts', method: 'GET', record, suffix: '/contacts' },
    ];
    return probes.map((probe) => ({ ...probe, name: `${probe.name} A's ${which} account` }));
  };
  const contact = () => `/api/v1/contacts/${a.contact.id}`;
  const userProbes = (role: Role): Probe[] => {
    const record = () => `/api/v1/users/${a.ws.users[role].id}`;
    return [
      { name: `GET A's ${role}`, method: 'GET', record },
      {
        name: `rename A's ${role}`,
        method: 'PATCH',
        record,
        body: (version) => ({ version, name: 'Hijacked' }),
      },
      {
        name: `deactivate A's ${role}`,
        method: 'PATCH',
        record,
        body: (version) => ({ version, active: false }),
      },
      {
        name: `reset the password of A's ${role}`,
        method: 'PATCH',
        record,
        body: (version) => ({ version, password: 'taken over!!' }),
      },
    ];
  };
  const probes: Probe[] = [
    ...accountProbes('parent'),
    ...accountProbes('child'),
    { name: "GET A's contact", method: 'GET', record: contact },
    {
      name: "PATCH A's contact",
      method: 'PATCH',
      record: contact,
      body: (version) => ({ version, lastName: 'Hijacked' }),
    },
    { name: "archive A's contact", method: 'POST', record: contact, suffix: '/archive', body: archive },
    { name: "restore A's contact", method: 'POST', record: contact, suffix: '/restore', body: archive },
    ...userProbes('admin'),
    ...userProbes('key_account_manager'),
  ];

  let before: unknown[];
  beforeAll(async () => {
    before = await snapshot(a);
  });

  for (const probe of probes) {
    it(`${probe.name} → 404`, async () => {
      const record = probe.record();
      const body = probe.body?.(await versionOf(a.admin, record));
      expectNotFound(await b.admin.request(probe.method, `${record}${probe.suffix ?? ''}`, body));
    });
  }

  it("leaves A's records unchanged, and A's users signed in", async () => {
    expect(await snapshot(a)).toEqual(before);
    for (const role of ['admin', 'key_account_manager'] as const) {
      expect((await a.ws.as[role].get('/api/v1/me')).status).toBe(200);
    }
  });
});

describe("B's lists never show A's data", () => {
  const lists: { name: string; url: () => string; own?: () => string }[] = [
    { name: 'accounts', url: () => '/api/v1/accounts?archived=all&limit=200', own: () => b.parent.id },
    {
      name: 'accounts searched for "Alpha"',
      url: () => '/api/v1/accounts?q=Alpha',
      own: () => 'Alphaville Bravo KG',
    },
    {
      name: "accounts searched for A's account name",
      url: () => `/api/v1/accounts?q=${encodeURIComponent(a.parent.name)}`,
    },
    {
      name: "accounts searched for A's customer number",
      url: () => `/api/v1/accounts?q=${a.parent.customerNumber}`,
    },
    {
      name: "accounts filtered by A's KAM",
      url: () => `/api/v1/accounts?ownerId=${a.ws.users.key_account_manager.id}`,
    },
    { name: "accounts filtered by A's industry", url: () => `/api/v1/accounts?industry=${a.industryKey}` },
    { name: 'contacts', url: () => '/api/v1/contacts?archived=all&limit=200', own: () => b.contact.id },
    { name: "contacts searched for A's contact", url: () => `/api/v1/contacts?q=${a.contact.lastName}` },
    { name: "contacts filtered by A's account", url: () => `/api/v1/contacts?accountId=${a.child.id}` },
    { name: 'users', url: () => '/api/v1/users?limit=200', own: () => b.ws.users.viewer.id },
    {
      name: 'users searched for "admin"',
      url: () => '/api/v1/users?q=admin',
      own: () => b.ws.users.admin.email,
    },
    { name: 'audit trail', url: () => '/api/v1/audit?limit=200', own: () => b.parent.id },
    { name: "audit trail of A's account", url: () => `/api/v1/audit?entityId=${a.parent.id}` },
    { name: 'industries', url: () => '/api/v1/industries', own: () => b.industryKey },
    { name: 'my sessions', url: () => '/api/v1/me/sessions', own: () => b.sessionId },
    { name: 'my tokens', url: () => '/api/v1/me/tokens', own: () => b.token.id },
  ];

  for (const list of lists) {
    it(list.name, async () => {
      const response = await b.admin.get(list.url());
      expect(response.status, JSON.stringify(response.body)).toBe(200);
      const json = JSON.stringify(response.body);
      if (list.own) expect(json).toContain(list.own());
      for (const secret of secretsOf(a)) expect(json, `shows A's "${secret}"`).not.toContain(secret);
    });
  }
});

describe("B cannot point its records at A's", () => {
  /** A write in B that names a record of A in `field`; it must fail and change nothing anywhere. */
  const attempts: { name: string; field: string; write: () => Promise<Response> }[] = [
    {
      name: "A's account as parent of a new account",
      field: 'parentId',
      write: () => b.admin.post('/api/v1/accounts', { name: 'Bravo Sub', parentId: a.child.id }),
    },
    {
      name: "A's account as parent of B's account",
      field: 'parentId',
      write: async () => {
        const url = `/api/v1/accounts/${b.child.id}`;
        return b.admin.patch(url, { version: await versionOf(b.admin, url), parentId: a.parent.id });
      },
    },
    {
      name: "A's KAM as owner of a new account",
      field: 'ownerId',
      write: () =>
        b.admin.post('/api/v1/accounts', { name: 'Bravo Owned', ownerId: a.ws.users.key_account_manager.id }),
    },
    {
      name: "A's KAM as owner of B's account",
      field: 'ownerId',
      write: async () => {
        const url = `/api/v1/accounts/${b.parent.id}`;
        return b.admin.patch(url, {
          version: await versionOf(b.admin, url),
          ownerId: a.ws.users.key_account_manager.id,
        });
      },
    },
    {
      name: "A's user in the team of a new account",
      field: 'team',
      write: () =>
        b.admin.post('/api/v1/accounts', { name: 'Bravo Team', team: [{ userId: a.ws.users.internal.id }] }),
    },
    {
      name: "A's user in the team of B's account",
      field: 'team',
      write: async () => {
        const url = `/api/v1/accounts/${b.parent.id}`;
        return b.admin.patch(url, {
          version: await versionOf(b.admin, url),
          team: [{ userId: a.ws.users.admin.id }],
        });
      },
    },
    {
      name: "A's industry on a new account",
      field: 'industryKey',
      write: () => b.admin.post('/api/v1/accounts', { name: 'Bravo Branche', industryKey: a.industryKey }),
    },
    {
      name: "A's account for a new contact",
      field: 'accountIds',
      write: () =>
        b.admin.post('/api/v1/contacts', { lastName: 'Bravokontakt', accountIds: [b.child.id, a.child.id] }),
    },
    {
      name: "A's account for B's contact",
      field: 'accountIds',
      write: async () => {
        const url = `/api/v1/contacts/${b.contact.id}`;
        return b.admin.patch(url, { version: await versionOf(b.admin, url), accountIds: [a.parent.id] });
      },
    },
  ];

  let before: { a: unknown[]; b: unknown[] };
  beforeAll(async () => {
    before = { a: await snapshot(a), b: await snapshot(b) };
  });

  for (const attempt of attempts) {
    it(`refuses ${attempt.name}`, async () => {
      const response = await attempt.write();
      expect(response.status, JSON.stringify(response.body)).toBeGreaterThanOrEqual(400);
      expect(response.status).toBeLessThan(500);
      const paths = (response.body.errors ?? []).map((error: { path: string }) => error.path);
      expect(
        paths.some((path: string) => path.startsWith(attempt.field)),
        JSON.stringify(response.body),
      ).toBe(true);
    });
  }

  it('changed nothing in A or B', async () => {
    expect(await snapshot(a)).toEqual(before.a);
    expect(await snapshot(b)).toEqual(before.b);
  });

  it('still lets B reuse customer numbers of A (they are unique per workspace only)', async () => {
    await created(
      b.admin.post('/api/v1/accounts', { name: 'Bravo Zwilling', customerNumber: a.parent.customerNumber }),
    );
    const duplicate = await b.admin.post('/api/v1/accounts', {
      name: 'Bravo Drilling',
      customerNumber: a.parent.customerNumber,
    });
    expect(duplicate.status).toBe(409);
    expect(duplicate.body.code).toBe('duplicate');
  });
});

describe("B cannot end A's sign-ins", () => {
  it("revoking A's session answers 404 and A stays signed in", async () => {
    expectNotFound(await b.admin.delete(`/api/v1/me/sessions/${a.sessionId}`));
    const sessions = await a.admin.get('/api/v1/me/sessions');
    expect(sessions.status).toBe(200);
    expect(sessions.body.items.map((session: { id: string }) => session.id)).toContain(a.sessionId);
  });

  it("revoking A's token answers 404 and the token still works", async () => {
    expectNotFound(await b.admin.delete(`/api/v1/me/tokens/${a.token.id}`));
    const me = await clientFor(testApp.app, { token: a.token.value }).get('/api/v1/me');
    expect(me.status).toBe(200);
    expect(me.body.user.id).toBe(a.ws.users.admin.id);
  });

  it('a token of A sees nothing of B, and one of B nothing of A', async () => {
    const aToken = clientFor(testApp.app, { token: a.token.value });
    const bToken = clientFor(testApp.app, { token: b.token.value });
    expectNotFound(await aToken.get(`/api/v1/accounts/${b.parent.id}`));
    expectNotFound(await bToken.get(`/api/v1/accounts/${a.parent.id}`));
    expectNotFound(
      await bToken.patch(`/api/v1/contacts/${a.contact.id}`, { version: 1, lastName: 'Hijacked' }),
    );
    expect((await a.admin.get(`/api/v1/contacts/${a.contact.id}`)).body.lastName).toBe(a.contact.lastName);
  });
});
