import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Client, createTestApp, type TestApp } from '../setup/test-app.ts';
import { type WorkspaceFixture, workspaceWithAllRoles } from '../setup/workspace-fixture.ts';

let t: TestApp;
let ws: WorkspaceFixture;
let other: WorkspaceFixture;
let account: string;
let sister: string;
const people = {} as Record<'ceo' | 'cfo' | 'buyer' | 'engineer' | 'atSister' | 'otherWorkspace', string>;

const kam = () => ws.as.key_account_manager;
const centreUrl = (accountId = account) => `/api/v1/accounts/${accountId}/buying-centre`;
const memberUrl = (contactId: string, accountId = account) => `${centreUrl(accountId)}/${contactId}`;

async function contact(client: Client, lastName: string, accountIds: string[], firstName?: string) {
  const created = await client.post('/api/v1/contacts', { firstName, lastName, accountIds });
  expect(created.status, JSON.stringify(created.body)).toBe(201);
  return created.body.id as string;
}

async function memberOf(contactId: string) {
  const centre = await kam().get(centreUrl());
  return centre.body.members.find((m: { contact: { id: string } }) => m.contact.id === contactId);
}

/** Writes the member with the version it has now. */
async function put(contactId: string, body: object, client = kam()) {
  return client.put(memberUrl(contactId), { version: (await memberOf(contactId)).version, ...body });
}

beforeAll(async () => {
  t = await createTestApp();
  ws = await workspaceWithAllRoles(t.app, t.database);
  other = await workspaceWithAllRoles(t.app, t.database, 'other');
  const created = await ws.as.head_of_sales.post('/api/v1/accounts', {
    name: 'Schäfer Logistik GmbH',
    isKeyAccount: true,
    keyAccountTier: 1,
    ownerId: ws.users.key_account_manager.id,
  });
  account = created.body.id;
  sister = (await kam().post('/api/v1/accounts', { name: 'Schäfer Polska' })).body.id;
  people.ceo = await contact(kam(), 'Schäfer', [account], 'Greta');
  people.cfo = await contact(kam(), 'Brandt', [account], 'Jonas');
  people.buyer = await contact(kam(), 'Weiß', [account], 'Jürgen');
  people.engineer = await contact(kam(), 'Kowalski', [account, sister], 'Piotr');
  people.atSister = await contact(kam(), 'Nowak', [sister]);
  people.otherWorkspace = (
    await other.as.key_account_manager.post('/api/v1/contacts', { lastName: 'Fremd' })
  ).body.id;
});
afterAll(() => t.close());

describe('the buying centre of an account', () => {
  it('lists every current contact, with no stakeholder data yet', async () => {
    const archived = await contact(kam(), 'Ehemalig', [account]);
    await kam().post(`/api/v1/contacts/${archived}/archive`, { version: 1 });
    const centre = await kam().get(centreUrl());
    expect(centre.status).toBe(200);
    expect(centre.body.account).toEqual({
      id: account,
      name: 'Schäfer Logistik GmbH',
      isKeyAccount: true,
      keyAccountTier: 1,
    });
    expect(centre.body.members.map((m: { contact: { name: string } }) => m.contact.name)).toEqual([
      'Jonas Brandt',
      'Piotr Kowalski',
      'Greta Schäfer',
      'Jürgen Weiß',
    ]);
    expect(centre.body.members[0]).toMatchObject({
      roles: [],
      influence: null,
      attitude: null,
      reportsToContactId: null,
      relationshipOwner: null,
      contactCadenceDays: null,
      leftCompanyOn: null,
      version: 0,
    });
    expect(centre.body.warnings).toEqual([
      { code: 'no_decision_maker', contactIds: [] },
      { code: 'no_champion', contactIds: [] },
    ]);
    expect(centre.body.truncated).toBe(false);
  });

  it('records a place in the buying centre (version 0 the first time) with an audit entry', async () => {
    const created = await kam().put(memberUrl(people.ceo), {
      version: 0,
      roles: ['decision_maker', 'economic_buyer', 'decision_maker'],
      influence: 5,
      attitude: 'neutral',
      relationshipOwnerId: ws.users.key_account_manager.id,
      contactCadenceDays: 21,
    });
    expect(created.status, JSON.stringify(created.body)).toBe(200);
    expect(created.body).toMatchObject({
      contact: { id: people.ceo, name: 'Greta Schäfer' },
      roles: ['decision_maker', 'economic_buyer'],
      influence: 5,
      attitude: 'neutral',
      relationshipOwner: { id: ws.users.key_account_manager.id, name: 'key_account_manager user' },
      contactCadenceDays: 21,
      version: 1,
    });
    const changed = await kam().put(memberUrl(people.ceo), { version: 1, attitude: 'supporter' });
    expect(changed.body).toMatchObject({ attitude: 'supporter', influence: 5, version: 2 });
    const audit = await ws.as.admin.get(`/api/v1/audit?entityType=stakeholder&entityId=${people.ceo}`);
    expect(audit.body.items.map((e: { action: string }) => e.action)).toEqual(['update', 'create']);
    expect(audit.body.items[0].before).toMatchObject({ accountId: account, attitude: 'neutral' });
    expect(audit.body.items[0].after).toMatchObject({ accountId: account, attitude: 'supporter' });
  });

  it('shows how fresh each relationship is, from the last logged interaction', async () => {
    const occurredAt = new Date(Date.now() - 3 * 86_400_000);
    const logged = await kam().post('/api/v1/interactions', {
      accountId: account,
      kind: 'call',
      occurredAt: occurredAt.toISOString(),
      summary: 'Rahmenvertrag besprochen',
      contactIds: [people.ceo],
    });
    expect(logged.status, JSON.stringify(logged.body)).toBe(201);
    const ceo = await memberOf(people.ceo);
    expect(ceo.freshness).toMatchObject({ cadenceDays: 21, overdueDays: 0 });
    expect(new Date(ceo.freshness.lastContactAt).getTime()).toBe(occurredAt.getTime());
    // Nobody spoke with the CFO yet: the tier's cadence applies.
    expect((await memberOf(people.cfo)).freshness).toMatchObject({ cadenceDays: 14, lastContactAt: null });
  });

  it('refuses a stale version, also for the first write', async () => {
    const current = (await memberOf(people.ceo)).version;
    const stale = await kam().put(memberUrl(people.ceo), { version: current - 1, influence: 1 });
    expect(stale.status).toBe(409);
    expect(stale.body.code).toBe('version_conflict');
    expect((await kam().put(memberUrl(people.ceo), { version: 0, influence: 1 })).status).toBe(409);
    expect((await kam().put(memberUrl(people.buyer), { version: 1, influence: 1 })).status).toBe(409);
    expect((await memberOf(people.ceo)).influence).toBe(5);
    expect((await memberOf(people.buyer)).version).toBe(0);
  });

  it('builds an org chart and refuses a loop in it', async () => {
    expect((await put(people.cfo, { reportsToContactId: people.ceo })).status).toBe(200);
    expect((await put(people.buyer, { reportsToContactId: people.cfo })).status).toBe(200);
    for (const [contactId, managerId] of [
      [people.ceo, people.buyer],
      [people.cfo, people.buyer],
      [people.buyer, people.buyer],
    ] as const) {
      const before = await memberOf(contactId);
      const loop = await put(contactId, { reportsToContactId: managerId, influence: 2 });
      expect(loop.status, JSON.stringify(loop.body)).toBe(422);
      expect(loop.body.code).toBe('reports_to_cycle');
      expect(loop.body.errors).toEqual([
        expect.objectContaining({ path: 'reportsToContactId', code: 'cycle' }),
      ]);
      expect(await memberOf(contactId)).toEqual(before);
    }
  });

  it('lets only one of two concurrent changes close a loop', async () => {
    const a = await contact(kam(), 'Aalto', [account]);
    const b = await contact(kam(), 'Berg', [account]);
    const results = await Promise.all([
      kam().put(memberUrl(a), { version: 0, reportsToContactId: b }),
      ws.as.head_of_sales.put(memberUrl(b), { version: 0, reportsToContactId: a }),
    ]);
    expect(results.map((r) => r.status).sort()).toEqual([200, 422]);
  });

  it.each([
    ['a contact of another account', () => people.atSister],
    ['a contact of another workspace', () => people.otherWorkspace],
    ['an id that is nobody', () => '01900000-0000-7000-8000-000000000000'],
  ])('refuses to report to %s and stores nothing', async (_, managerId) => {
    const response = await put(people.engineer, { reportsToContactId: managerId(), influence: 3 });
    expect(response.status).toBe(422);
    expect(response.body.errors).toEqual([
      expect.objectContaining({ path: 'reportsToContactId', code: 'unknown_reference' }),
    ]);
    expect((await memberOf(people.engineer)).version).toBe(0);
  });

  it.each([
    ['influence 0', { influence: 0 }, 'influence'],
    ['influence 6', { influence: 6 }, 'influence'],
    ['a fractional influence', { influence: 2.5 }, 'influence'],
    ['an attitude outside the scale', { attitude: 'hostile' }, 'attitude'],
    ['an unknown role', { roles: ['boss'] }, 'roles.0'],
    ['a cadence of 0 days', { contactCadenceDays: 0 }, 'contactCadenceDays'],
    ['a day that is not one', { leftCompanyOn: '31.01.2026' }, 'leftCompanyOn'],
    ['a negative version', { version: -1 }, 'version'],
    ['an unknown field', { mood: 'happy' }, ''],
  ])('refuses %s and stores nothing', async (_, body, path) => {
    const response = await kam().put(memberUrl(people.engineer), { version: 0, ...body });
    expect(response.status).toBe(400);
    expect(response.body.errors.map((e: { path: string }) => e.path)).toContain(path);
    expect((await memberOf(people.engineer)).version).toBe(0);
  });

  it('refuses a relationship owner who is not an active user of the workspace', async () => {
    for (const ownerId of [other.users.key_account_manager.id, '01900000-0000-7000-8000-000000000000']) {
      const response = await put(people.engineer, { relationshipOwnerId: ownerId });
      expect(response.status).toBe(422);
      expect(response.body.errors).toEqual([
        expect.objectContaining({ path: 'relationshipOwnerId', code: 'unknown_reference' }),
      ]);
    }
    const internal = await put(people.engineer, { relationshipOwnerId: ws.users.internal.id });
    expect(internal.body.relationshipOwner.id).toBe(ws.users.internal.id);
  });

  it('answers 404 for a contact not at the account, and for another workspace', async () => {
    expect((await kam().put(memberUrl(people.atSister), { version: 0 })).status).toBe(404);
    expect((await kam().put(memberUrl(people.otherWorkspace), { version: 0 })).status).toBe(404);
    const foreign = await other.as.admin.get(centreUrl());
    expect(foreign.status).toBe(404);
    expect((await other.as.admin.put(memberUrl(people.ceo), { version: 0 })).status).toBe(404);
    expect((await kam().get(centreUrl('01900000-0000-7000-8000-000000000000'))).status).toBe(404);
  });

  it('keeps a contact per account: the same person plays another part at the sister company', async () => {
    await kam().put(memberUrl(people.engineer, sister), { version: 0, roles: ['champion'] });
    expect((await memberOf(people.engineer)).roles).toEqual([]);
  });

  it('keeps the data when a contact is edited, and reads a manager who left the account as none', async () => {
    const contact = (await kam().get(`/api/v1/contacts/${people.cfo}`)).body;
    await kam().patch(`/api/v1/contacts/${people.cfo}`, { version: contact.version, accountIds: [account] });
    expect((await memberOf(people.cfo)).reportsToContactId).toBe(people.ceo);
    const ceo = (await kam().get(`/api/v1/contacts/${people.ceo}`)).body;
    await kam().patch(`/api/v1/contacts/${people.ceo}`, { version: ceo.version, accountIds: [sister] });
    expect(await memberOf(people.ceo)).toBeUndefined();
    expect((await memberOf(people.cfo)).reportsToContactId).toBeNull();
    // An edit of other fields meanwhile leaves the line to the absent manager alone.
    expect((await put(people.cfo, { influence: 4 })).status).toBe(200);
    // Back at the account, the person starts afresh and their reports are attached again.
    await kam().patch(`/api/v1/contacts/${people.ceo}`, { version: ceo.version + 1, accountIds: [account] });
    expect(await memberOf(people.ceo)).toMatchObject({ version: 0, roles: [] });
    expect((await memberOf(people.cfo)).reportsToContactId).toBe(people.ceo);
  });

  it('warns of a single thread and of a champion who left', async () => {
    const owner = ws.users.key_account_manager.id;
    await put(people.ceo, { roles: ['decision_maker'], relationshipOwnerId: owner });
    await put(people.buyer, { roles: ['champion'], relationshipOwnerId: owner });
    let warnings = (await kam().get(centreUrl())).body.warnings;
    // The engineer is held by an internal colleague: two threads.
    expect(warnings.map((w: { code: string }) => w.code)).toEqual([]);
    await put(people.engineer, { relationshipOwnerId: owner });
    warnings = (await kam().get(centreUrl())).body.warnings;
    expect(warnings).toContainEqual({
      code: 'single_threaded',
      contactIds: expect.arrayContaining([people.ceo, people.buyer]),
    });
    expect(warnings.map((w: { code: string }) => w.code)).not.toContain('no_champion');
    await put(people.buyer, { leftCompanyOn: '2026-02-28' });
    warnings = (await kam().get(centreUrl())).body.warnings;
    expect(warnings).toContainEqual({ code: 'champion_left', contactIds: [people.buyer] });
    expect(warnings).toContainEqual({ code: 'no_champion', contactIds: [] });
  });

  it('is read by sellers and viewers and changed by sellers only', async () => {
    expect((await ws.as.viewer.get(centreUrl())).status).toBe(200);
    expect((await ws.as.internal.get(centreUrl())).status).toBe(403);
    const refused = await ws.as.viewer.put(memberUrl(people.engineer), { version: 0 });
    expect(refused.status).toBe(403);
    expect((await ws.as.account_manager.put(memberUrl(people.atSister, sister), { version: 0 })).status).toBe(
      200,
    );
  });
});
