import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays, dayIn } from '../../src/core/calendar-day.ts';
import { stakeholders, visits } from '../../src/db/schema/index.ts';
import {
  freshnessOfStakeholders,
  overdueContacts,
} from '../../src/features/engage/contact-cadence/contact-cadence.service.ts';
import { createTestApp, type TestApp } from '../setup/test-app.ts';
import { type WorkspaceFixture, workspaceWithAllRoles } from '../setup/workspace-fixture.ts';

let t: TestApp;
let ws: WorkspaceFixture;
let other: WorkspaceFixture;

beforeAll(async () => {
  t = await createTestApp();
  ws = await workspaceWithAllRoles(t.app, t.database);
  other = await workspaceWithAllRoles(t.app, t.database, 'other');
});
afterAll(() => t.close());

const head = () => ws.as.head_of_sales;
const kam = () => ws.as.key_account_manager;
const today = () => dayIn(new Date(), 'Europe/Berlin');
/** Noon in Berlin (12:00 or 13:00), `days` days ago: clear of any day boundary. */
const daysAgo = (days: number) => `${addDays(today(), -days)}T11:00:00Z`;

async function settings() {
  return (await ws.as.viewer.get('/api/v1/relationship-settings')).body;
}

async function keyAccount(name: string, tier: number, ownerId: string, designatedDaysAgo: number) {
  const account = (await head().post('/api/v1/accounts', { name })).body;
  const decided = await head().post(`/api/v1/accounts/${account.id}/key-account-decisions`, {
    version: account.version,
    kind: 'designate',
    tier,
    ownerId,
    reason: 'Strategischer Kunde',
    effectiveOn: addDays(today(), -designatedDaysAgo),
  });
  expect(decided.status, JSON.stringify(decided.body)).toBe(201);
  return decided.body as { id: string; name: string; version: number };
}

async function contact(lastName: string, accountId: string) {
  return (await kam().post('/api/v1/contacts', { lastName, accountIds: [accountId] })).body as { id: string };
}

async function logContact(accountId: string, contactIds: string[], occurredAt: string) {
  const response = await kam().post('/api/v1/interactions', {
    accountId,
    kind: 'call',
    occurredAt,
    summary: 'Kurz abgestimmt',
    contactIds,
  });
  expect(response.status, JSON.stringify(response.body)).toBe(201);
}

type Item = {
  account: { id: string };
  contact: { id: string } | null;
  importance: number;
  overdueDays: number;
  dueOn: string;
};

async function overdue(query = '', client = kam()): Promise<Item[]> {
  const items: Item[] = [];
  let cursor: string | null = null;
  do {
    const page = await client.get(
      `/api/v1/contact-cadence/overdue?limit=1${query}${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`,
    );
    expect(page.status, JSON.stringify(page.body)).toBe(200);
    items.push(...page.body.items);
    cursor = page.body.nextCursor;
  } while (cursor);
  return items;
}

const key = (item: Item) => `${item.account.id}/${item.contact?.id ?? '-'}`;

describe('relationship settings', () => {
  it('default to 14, 30 and 60 days per tier, counted in Europe/Berlin', async () => {
    const read = await ws.as.viewer.get('/api/v1/relationship-settings');
    expect(read.body).toEqual({
      tier1CadenceDays: 14,
      tier2CadenceDays: 30,
      tier3CadenceDays: 60,
      timeZone: 'Europe/Berlin',
      version: 1,
    });
  });

  it('are changed by the head of sales with the version read', async () => {
    const changed = await head().patch('/api/v1/relationship-settings', {
      version: 1,
      tier2CadenceDays: 21,
      timeZone: 'Europe/Vienna',
    });
    expect(changed.status, JSON.stringify(changed.body)).toBe(200);
    expect(changed.body).toMatchObject({ tier2CadenceDays: 21, timeZone: 'Europe/Vienna', version: 2 });
    const stale = await head().patch('/api/v1/relationship-settings', { version: 1, tier1CadenceDays: 7 });
    expect(stale.status).toBe(409);
    const back = await head().patch('/api/v1/relationship-settings', {
      version: 2,
      tier2CadenceDays: 30,
      timeZone: 'Europe/Berlin',
    });
    expect(back.body.version).toBe(3);
    const audit = await ws.as.admin.get(
      `/api/v1/audit?entityType=relationship_settings&entityId=${ws.workspaceId}`,
    );
    expect(audit.body.items).toHaveLength(2);
  });

  it.each([
    ['a time zone that is none', { timeZone: 'Europe/Atlantis' }, 'timeZone'],
    ['a cadence of 0 days', { tier1CadenceDays: 0 }, 'tier1CadenceDays'],
    ['a cadence over a year', { tier3CadenceDays: 366 }, 'tier3CadenceDays'],
    ['a fraction of a day', { tier2CadenceDays: 1.5 }, 'tier2CadenceDays'],
  ])('refuse %s and change nothing', async (_, body, path) => {
    const before = await settings();
    const response = await head().patch('/api/v1/relationship-settings', {
      version: before.version,
      ...body,
    });
    expect(response.status).toBe(400);
    expect(response.body.errors.map((e: { path: string }) => e.path)).toContain(path);
    expect(await settings()).toEqual(before);
  });

  it('are for leads to change, and hidden from internal colleagues', async () => {
    const { version } = await settings();
    expect(
      (await kam().patch('/api/v1/relationship-settings', { version, tier1CadenceDays: 7 })).status,
    ).toBe(403);
    expect((await ws.as.internal.get('/api/v1/relationship-settings')).status).toBe(403);
    expect((await ws.as.internal.get('/api/v1/contact-cadence/overdue')).status).toBe(403);
  });

  it('are per workspace', async () => {
    const { version } = await settings();
    await head().patch('/api/v1/relationship-settings', { version, tier3CadenceDays: 90 });
    expect((await other.as.viewer.get('/api/v1/relationship-settings')).body.tier3CadenceDays).toBe(60);
    await head().patch('/api/v1/relationship-settings', { version: version + 1, tier3CadenceDays: 60 });
  });
});

describe('account cadence', () => {
  it('is carried by the account, 1 to 365 days or none', async () => {
    const account = (await kam().post('/api/v1/accounts', { name: 'Takt GmbH', contactCadenceDays: 10 }))
      .body;
    expect(account.contactCadenceDays).toBe(10);
    const cleared = await kam().patch(`/api/v1/accounts/${account.id}`, {
      version: 1,
      contactCadenceDays: null,
    });
    expect(cleared.body.contactCadenceDays).toBeNull();
    for (const days of [0, 366]) {
      const refused = await kam().patch(`/api/v1/accounts/${account.id}`, {
        version: 2,
        contactCadenceDays: days,
      });
      expect(refused.status).toBe(400);
      expect(refused.body.errors[0].path).toBe('contactCadenceDays');
    }
    expect((await kam().get(`/api/v1/accounts/${account.id}`)).body).toMatchObject({
      contactCadenceDays: null,
      version: 2,
    });
  });
});

describe('the overdue list', () => {
  let tier1: { id: string; name: string; version: number };
  let tier3: { id: string };
  let boss: { id: string };
  let clerk: { id: string };
  let leaver: { id: string };

  beforeAll(async () => {
    tier1 = await keyAccount('Adler Werke AG', 1, ws.users.key_account_manager.id, 100);
    tier3 = await keyAccount('Bauer Bau GmbH', 3, ws.users.head_of_sales.id, 100);
    const plain = (await kam().post('/api/v1/accounts', { name: 'Kein Key Account KG' })).body;
    boss = await contact('Chefin', tier1.id);
    clerk = await contact('Sachbearbeiter', tier1.id);
    leaver = await contact('Ehemalig', tier1.id);
    const archived = await contact('Archiviert', tier1.id);
    await kam().post(`/api/v1/contacts/${archived.id}/archive`, { version: 1 });
    // Buying-centre data as the buying-centre feature stores it.
    await t.database.db.insert(stakeholders).values([
      { workspaceId: ws.workspaceId, accountId: tier1.id, contactId: boss.id, influence: 5 },
      { workspaceId: ws.workspaceId, accountId: tier1.id, contactId: leaver.id, leftCompanyOn: today() },
    ]);
    await logContact(tier1.id, [boss.id, clerk.id, leaver.id, archived.id], daysAgo(20));
    await logContact(tier3.id, [], daysAgo(70));
    await logContact(plain.id, [], daysAgo(300));
  });

  it('lists key accounts and their people not contacted in time, most important first', async () => {
    const items = await overdue();
    expect(items.map(key)).toEqual([
      `${tier1.id}/${boss.id}`,
      `${tier1.id}/-`,
      `${tier1.id}/${clerk.id}`,
      `${tier3.id}/-`,
    ]);
    const [first, account, , last] = (await kam().get('/api/v1/contact-cadence/overdue')).body.items;
    expect(first).toMatchObject({
      account: { id: tier1.id, name: 'Adler Werke AG', keyAccountTier: 1 },
      kam: { id: ws.users.key_account_manager.id },
      contact: { id: boss.id, name: 'Chefin' },
      influence: 5,
      importance: 15,
      cadenceDays: 14,
      dueOn: addDays(today(), -6),
      overdueDays: 6,
    });
    expect(Date.parse(first.lastContactAt)).toBe(Date.parse(daysAgo(20)));
    expect(account).toMatchObject({ contact: null, influence: null, importance: 9, overdueDays: 6 });
    expect(last).toMatchObject({
      account: { id: tier3.id, keyAccountTier: 3 },
      kam: { id: ws.users.head_of_sales.id },
      importance: 3,
      cadenceDays: 60,
      overdueDays: 10,
    });
  });

  it('filters by KAM', async () => {
    expect((await overdue(`&ownerId=${ws.users.head_of_sales.id}`)).map(key)).toEqual([`${tier3.id}/-`]);
    expect(
      (await overdue(`&ownerId=${ws.users.key_account_manager.id}`)).every((i) => i.account.id === tier1.id),
    ).toBe(true);
  });

  it('does not count a planned visit as contact', async () => {
    const visitDay = daysAgo(1);
    await t.database.db.insert(visits).values({
      id: '01900000-0000-7000-8000-00000000ab01',
      workspaceId: ws.workspaceId,
      accountId: tier1.id,
      title: 'Werksbesuch',
      startsAt: new Date(visitDay),
      endsAt: new Date(Date.parse(visitDay) + 3_600_000),
      organiserId: ws.users.key_account_manager.id,
    });
    expect((await overdue()).map(key)).toContain(`${tier1.id}/-`);
  });

  it('applies a changed cadence at once, per tier, account and stakeholder', async () => {
    const { version } = await settings();
    await head().patch('/api/v1/relationship-settings', { version, tier1CadenceDays: 30 });
    expect((await overdue()).map(key)).toEqual([`${tier3.id}/-`]);
    await head().patch('/api/v1/relationship-settings', { version: version + 1, tier1CadenceDays: 14 });

    const account = (await kam().get(`/api/v1/accounts/${tier1.id}`)).body;
    await kam().patch(`/api/v1/accounts/${tier1.id}`, { version: account.version, contactCadenceDays: 25 });
    expect((await overdue()).map(key)).toEqual([`${tier3.id}/-`]);
    await kam().patch(`/api/v1/accounts/${tier1.id}`, {
      version: account.version + 1,
      contactCadenceDays: null,
    });

    await t.database.db.insert(stakeholders).values({
      workspaceId: ws.workspaceId,
      accountId: tier1.id,
      contactId: clerk.id,
      contactCadenceDays: 21,
    });
    expect((await overdue()).map(key)).not.toContain(`${tier1.id}/${clerk.id}`);
    expect((await overdue()).map(key)).toContain(`${tier1.id}/${boss.id}`);
  });

  it('gives the freshness of an account and of each person of its buying centre', async () => {
    const auth = { workspaceId: ws.workspaceId };
    const account = (await overdue()).find((item) => key(item) === `${tier1.id}/-`);
    expect(account).toMatchObject({ cadenceDays: 14, dueOn: addDays(today(), -6), overdueDays: 6 });
    expect(Date.parse((account as Item & { lastContactAt: string }).lastContactAt)).toBe(
      Date.parse(daysAgo(20)),
    );
    const people = await freshnessOfStakeholders(t.database.db, auth, t.app.clock, tier1.id);
    expect([...people.keys()].sort()).toEqual([boss.id, clerk.id, leaver.id].sort());
    expect(people.get(clerk.id)).toMatchObject({ cadenceDays: 21, overdueDays: 0 });
    expect(people.get(leaver.id)).toMatchObject({ cadenceDays: null, dueOn: null, overdueDays: 0 });
    expect((await overdueContacts(t.database.db, auth, t.app.clock, {})).length).toBe(
      (await overdue()).length,
    );
    await expect(
      freshnessOfStakeholders(t.database.db, { workspaceId: other.workspaceId }, t.app.clock, tier1.id),
    ).rejects.toThrow('Account not found');
  });

  it('loses a person and the account once an interaction is logged, also one for a past date', async () => {
    await logContact(tier1.id, [boss.id], new Date().toISOString());
    const afterCall = (await overdue()).map(key);
    expect(afterCall).not.toContain(`${tier1.id}/${boss.id}`);
    expect(afterCall).not.toContain(`${tier1.id}/-`);
    await logContact(tier3.id, [], daysAgo(59));
    expect((await overdue()).map(key)).not.toContain(`${tier3.id}/-`);
  });

  it('counts a never contacted key account from the day it was designated', async () => {
    const fresh = await keyAccount('Neu Key AG', 2, ws.users.key_account_manager.id, 5);
    expect((await overdue()).find((i) => i.account.id === fresh.id)).toMatchObject({
      contact: null,
      lastContactAt: null,
      dueOn: addDays(today(), -5),
      overdueDays: 5,
      importance: 6,
    });
  });

  it('is read by viewers, and shows nothing of another workspace', async () => {
    expect((await overdue('', ws.as.viewer)).length).toBeGreaterThan(0);
    expect(await overdue('', other.as.admin)).toEqual([]);
  });

  it('refuses a broken cursor', async () => {
    const response = await kam().get('/api/v1/contact-cadence/overdue?cursor=nonsense');
    expect(response.status).toBe(400);
    expect(response.body.errors[0].path).toBe('cursor');
  });
});
