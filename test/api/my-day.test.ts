import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays, dayIn } from '../../src/core/calendar-day.ts';
import { weekOf } from '../../src/core/calendar-week.ts';
import { startOfDay } from '../../src/core/zoned-time.ts';
import { type Client, createTestApp, type TestApp } from '../setup/test-app.ts';
import {
  PASSWORD,
  signIn,
  type WorkspaceFixture,
  workspaceWithAllRoles,
} from '../setup/workspace-fixture.ts';

const TIME_ZONE = 'Europe/Berlin';
const today = dayIn(new Date(), TIME_ZONE);
const { monday, sunday } = weekOf(today);
/** Another day of this week than today. */
const otherDayThisWeek = today === monday ? sunday : monday;

let t: TestApp;
let ws: WorkspaceFixture;
let other: WorkspaceFixture;
let secondKam: { id: string; client: Client };
const kamAccount = { id: '' };
const secondAccount = { id: '' };
const ids: Record<string, string> = {};

const kam = () => ws.as.key_account_manager;
const idsOf = (items: { id: string }[]) => items.map((item) => item.id);

/** 10:00 on the day in Berlin, for an hour. */
function hourOn(day: string) {
  const start = new Date(startOfDay(day, TIME_ZONE).getTime() + 10 * 3_600_000);
  return { startsAt: start.toISOString(), endsAt: new Date(start.getTime() + 3_600_000).toISOString() };
}

async function created(response: Promise<{ status: number; body: { id: string } }>) {
  const answer = await response;
  expect(answer.status, JSON.stringify(answer.body)).toBe(201);
  return answer.body.id;
}

async function keyAccount(name: string, ownerId: string) {
  return created(
    ws.as.head_of_sales.post('/api/v1/accounts', { name, isKeyAccount: true, keyAccountTier: 1, ownerId }),
  );
}

const visit = (client: Client, accountId: string, title: string, day: string) =>
  created(client.post('/api/v1/visits', { accountId, title, ...hourOn(day) }));

const step = (accountId: string, title: string, ownerId: string, dueOn: string) =>
  created(kam().post('/api/v1/next-steps', { accountId, title, ownerId, dueOn }));

beforeAll(async () => {
  t = await createTestApp();
  ws = await workspaceWithAllRoles(t.app, t.database);
  other = await workspaceWithAllRoles(t.app, t.database, 'other');
  const second = await ws.as.admin.post('/api/v1/users', {
    email: 'zweite.kam@kontor.example',
    name: 'Zora Zweite',
    role: 'key_account_manager',
    password: PASSWORD,
  });
  secondKam = { id: second.body.id, client: await signIn(t.app, 'zweite.kam@kontor.example') };

  kamAccount.id = await keyAccount('Schäfer Logistik GmbH', ws.users.key_account_manager.id);
  secondAccount.id = await keyAccount('Zeppelin Werke AG', secondKam.id);
  const contact = await created(
    kam().post('/api/v1/contacts', { firstName: 'Greta', lastName: 'Schäfer', accountIds: [kamAccount.id] }),
  );
  await created(
    secondKam.client.post('/api/v1/contacts', { lastName: 'Zeppelin', accountIds: [secondAccount.id] }),
  );
  // Last spoken a month ago: the account and Greta are overdue on the 14-day cadence of tier 1.
  await created(
    kam().post('/api/v1/interactions', {
      accountId: kamAccount.id,
      kind: 'call',
      occurredAt: new Date(Date.now() - 30 * 86_400_000).toISOString(),
      summary: 'Kurz telefoniert',
      contactIds: [contact],
    }),
  );

  ids.visitToday = await visit(kam(), kamAccount.id, 'Jahresgespräch', today);
  ids.visitOtherDay = await visit(kam(), kamAccount.id, 'Werksbesichtigung', otherDayThisWeek);
  ids.visitNextWeek = await visit(kam(), kamAccount.id, 'Nächste Woche', addDays(monday, 7));
  ids.visitCancelled = await visit(kam(), kamAccount.id, 'Abgesagt', today);
  await kam().patch(`/api/v1/visits/${ids.visitCancelled}`, { version: 1, status: 'cancelled' });
  ids.visitOfSecond = await visit(secondKam.client, secondAccount.id, 'Zeppelin vor Ort', today);

  const me = ws.users.key_account_manager.id;
  ids.stepOverdue = await step(kamAccount.id, 'Angebot nachreichen', me, addDays(today, -3));
  ids.stepToday = await step(kamAccount.id, 'Rückruf Einkauf', me, today);
  ids.stepLater = await step(kamAccount.id, 'Preisliste schicken', me, addDays(today, 1));
  ids.stepNextWeek = await step(kamAccount.id, 'Workshop vorbereiten', me, addDays(sunday, 1));
  ids.stepDone = await step(kamAccount.id, 'Erledigt', me, addDays(today, -5));
  await kam().patch(`/api/v1/next-steps/${ids.stepDone}`, { version: 1, status: 'done' });
  ids.stepInternal = await step(kamAccount.id, 'Muster versenden', ws.users.internal.id, today);
  ids.stepOfSecond = await step(secondAccount.id, 'Vertrag prüfen', secondKam.id, addDays(today, -1));
});
afterAll(() => t.close());

describe('my day', () => {
  it("shows a KAM today's and this week's visits, overdue contacts, next steps and coverage gaps", async () => {
    const day = await kam().get('/api/v1/me/day');
    expect(day.status, JSON.stringify(day.body)).toBe(200);
    expect(day.body).toMatchObject({ date: today, timeZone: TIME_ZONE });
    expect(idsOf(day.body.visitsToday)).toEqual([ids.visitToday]);
    expect(idsOf(day.body.visitsThisWeek).sort()).toEqual([ids.visitToday, ids.visitOtherDay].sort());
    expect(day.body.overdueContacts.length).toBe(2);
    for (const item of day.body.overdueContacts) {
      expect(item).toMatchObject({
        account: { id: kamAccount.id },
        kam: { id: ws.users.key_account_manager.id },
      });
      expect(item.overdueDays).toBeGreaterThan(0);
    }
    expect(idsOf(day.body.nextSteps.overdue)).toEqual([ids.stepOverdue]);
    expect(idsOf(day.body.nextSteps.dueToday)).toEqual([ids.stepToday]);
    expect(idsOf(day.body.nextSteps.dueThisWeek)).toEqual(today === sunday ? [] : [ids.stepLater]);
    expect(day.body.coverageWarnings).toEqual([
      {
        account: { id: kamAccount.id, name: 'Schäfer Logistik GmbH', keyAccountTier: 1 },
        warnings: [
          { code: 'no_decision_maker', contactIds: [] },
          { code: 'no_champion', contactIds: [] },
        ],
      },
    ]);
    expect(day.body.team).toBeUndefined();
  });

  it('counts today and the week in the workspace time zone', async () => {
    const settings = (await ws.as.admin.get('/api/v1/relationship-settings')).body;
    // Kiritimati (UTC+14) is a day ahead of Berlin for most of the day; the answer counts in it.
    await ws.as.admin.patch('/api/v1/relationship-settings', {
      version: settings.version,
      timeZone: 'Pacific/Kiritimati',
    });
    const day = await kam().get('/api/v1/me/day');
    expect(day.body).toMatchObject({
      date: dayIn(new Date(), 'Pacific/Kiritimati'),
      timeZone: 'Pacific/Kiritimati',
    });
    const restored = (await ws.as.admin.get('/api/v1/relationship-settings')).body;
    await ws.as.admin.patch('/api/v1/relationship-settings', {
      version: restored.version,
      timeZone: TIME_ZONE,
    });
  });

  it('shows an internal colleague only the next steps assigned to them', async () => {
    const day = await ws.as.internal.get('/api/v1/me/day?scope=me');
    expect(day.status).toBe(200);
    expect(idsOf(day.body.nextSteps.dueToday)).toEqual([ids.stepInternal]);
    expect(day.body.nextSteps.overdue).toEqual([]);
    expect(day.body).toMatchObject({
      visitsToday: [],
      visitsThisWeek: [],
      overdueContacts: [],
      coverageWarnings: [],
    });
  });

  it('shows the head of sales the whole team, with a row per KAM', async () => {
    const day = await ws.as.head_of_sales.get('/api/v1/me/day?scope=team');
    expect(day.status, JSON.stringify(day.body)).toBe(200);
    expect(idsOf(day.body.visitsToday).sort()).toEqual([ids.visitToday, ids.visitOfSecond].sort());
    expect(idsOf(day.body.nextSteps.overdue).sort()).toEqual([ids.stepOverdue, ids.stepOfSecond].sort());
    expect(idsOf(day.body.nextSteps.dueToday).sort()).toEqual([ids.stepToday, ids.stepInternal].sort());
    expect(day.body.coverageWarnings.map((c: { account: { id: string } }) => c.account.id).sort()).toEqual(
      [kamAccount.id, secondAccount.id].sort(),
    );
    expect(day.body.team).toEqual([
      {
        kam: { id: ws.users.key_account_manager.id, name: 'key_account_manager user' },
        visitsThisWeek: 2,
        overdueContacts: 2,
        overdueNextSteps: 1,
        coverageWarnings: 2,
      },
      {
        kam: { id: secondKam.id, name: 'Zora Zweite' },
        visitsThisWeek: 1,
        overdueContacts: 0,
        overdueNextSteps: 1,
        coverageWarnings: 2,
      },
    ]);
  });

  it('shows the head of sales their own day with scope me', async () => {
    const day = await ws.as.head_of_sales.get('/api/v1/me/day');
    expect(day.body).toMatchObject({ visitsThisWeek: [], overdueContacts: [], coverageWarnings: [] });
    expect(day.body.team).toBeUndefined();
  });

  it.each(['key_account_manager', 'account_manager', 'internal', 'viewer'] as const)(
    'refuses the team scope to %s',
    async (role) => {
      const day = await ws.as[role].get('/api/v1/me/day?scope=team');
      expect(day.status).toBe(403);
      expect(day.body.code).toBe('forbidden');
    },
  );

  it('refuses an unknown scope', async () => {
    const day = await kam().get('/api/v1/me/day?scope=everyone');
    expect(day.status).toBe(400);
    expect(day.body.errors[0].path).toBe('scope');
  });

  it("keeps each workspace's day to itself", async () => {
    const day = await other.as.admin.get('/api/v1/me/day?scope=team');
    expect(day.status).toBe(200);
    expect(day.body).toMatchObject({
      visitsThisWeek: [],
      overdueContacts: [],
      nextSteps: { overdue: [], dueToday: [], dueThisWeek: [] },
      coverageWarnings: [],
    });
    expect(day.body.team.map((row: { kam: { id: string } }) => row.kam.id)).toEqual([
      other.users.key_account_manager.id,
    ]);
  });
});
