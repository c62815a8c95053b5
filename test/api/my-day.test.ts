import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays } from '../../src/core/calendar-day.ts';
import { startOfDay } from '../../src/core/zoned-time.ts';
import { type Client, createTestApp, type TestApp } from '../setup/test-app.ts';
import { testClock } from '../setup/test-clock.ts';
import {
  PASSWORD,
  signIn,
  type WorkspaceFixture,
  workspaceWithAllRoles,
} from '../setup/workspace-fixture.ts';

const TIME_ZONE = 'Europe/Berlin';
// Wednesday 10 June 2026, 14:00 in Berlin: the week runs from Monday the 8th to Sunday the 14th.
const clock = testClock('2026-06-10T12:00:00Z');
const today = '2026-06-10';
const monday = '2026-06-08';
const sunday = '2026-06-14';
const otherDayThisWeek = monday;

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
  t = await createTestApp({}, { clock });
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
      occurredAt: '2026-05-11T09:00:00Z',
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
    expect(idsOf(day.body.nextSteps.dueThisWeek)).toEqual([ids.stepLater]);
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
    // 14:00 in Berlin is 02:00 the next morning on Kiritimati (UTC+14); the answer counts in it.
    await ws.as.admin.patch('/api/v1/relationship-settings', {
      version: settings.version,
      timeZone: 'Pacific/Kiritimati',
    });
    const day = await kam().get('/api/v1/me/day');
    expect(day.body).toMatchObject({
      date: '2026-06-11',
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

describe('my day at the turn of a day in Berlin', () => {
  // The server's day is UTC's: at 00:30 in Berlin it is still yesterday there.
  const night = testClock('2026-06-09T21:30:00Z');
  let n: TestApp;
  let team: WorkspaceFixture;
  const due: Record<string, string> = {};
  let accountId = '';
  const nightKam = () => team.as.key_account_manager;

  beforeAll(async () => {
    n = await createTestApp({}, { clock: night });
    team = await workspaceWithAllRoles(n.app, n.database);
    const me = team.users.key_account_manager.id;
    accountId = await created(
      team.as.head_of_sales.post('/api/v1/accounts', {
        name: 'Nachtschicht GmbH',
        isKeyAccount: true,
        keyAccountTier: 1,
        ownerId: me,
      }),
    );
    // Last spoken on 26 May: on the 14-day cadence of tier 1 the account is due on 9 June.
    await created(
      nightKam().post('/api/v1/interactions', {
        accountId,
        kind: 'call',
        occurredAt: '2026-05-26T08:00:00Z',
        summary: 'Kurz telefoniert',
      }),
    );
    const stepDue = (title: string, dueOn: string) =>
      created(nightKam().post('/api/v1/next-steps', { accountId, title, ownerId: me, dueOn }));
    due.tuesday = await stepDue('Angebot schicken', '2026-06-09');
    due.wednesday = await stepDue('Rückruf Einkauf', '2026-06-10');
  });
  afterAll(() => n.close());

  it('at 23:30 on Tuesday: the step of Tuesday is due today, the account is not yet overdue', async () => {
    night.set('2026-06-09T21:30:00Z');
    const day = (await nightKam().get('/api/v1/me/day')).body;
    expect(day.date).toBe('2026-06-09');
    expect(idsOf(day.nextSteps.overdue)).toEqual([]);
    expect(idsOf(day.nextSteps.dueToday)).toEqual([due.tuesday]);
    expect(idsOf(day.nextSteps.dueThisWeek)).toEqual([due.wednesday]);
    expect(day.overdueContacts).toEqual([]);
    expect((await nightKam().get(`/api/v1/next-steps/${due.tuesday}`)).body).toMatchObject({
      overdue: false,
      overdueDays: 0,
    });
  });

  it('at 00:30 on Wednesday (still Tuesday in UTC): Tuesday is overdue by a day, Wednesday due today', async () => {
    night.set('2026-06-09T22:30:00Z');
    const day = (await nightKam().get('/api/v1/me/day')).body;
    expect(day.date).toBe('2026-06-10');
    expect(idsOf(day.nextSteps.overdue)).toEqual([due.tuesday]);
    expect(idsOf(day.nextSteps.dueToday)).toEqual([due.wednesday]);
    expect(day.nextSteps.dueThisWeek).toEqual([]);
    expect(day.overdueContacts).toMatchObject([{ contact: null, dueOn: '2026-06-09', overdueDays: 1 }]);
    expect((await nightKam().get(`/api/v1/next-steps/${due.tuesday}`)).body).toMatchObject({
      overdue: true,
      overdueDays: 1,
    });
  });

  it('on the night the clocks go forward (Sunday 29 March, 23 hours long), the new week starts at midnight', async () => {
    const me = team.users.key_account_manager.id;
    night.set('2026-03-29T21:30:00Z');
    const sundayStep = await created(
      nightKam().post('/api/v1/next-steps', {
        accountId,
        title: 'Messe nachbereiten',
        ownerId: me,
        dueOn: '2026-03-29',
      }),
    );
    const mondayStep = await created(
      nightKam().post('/api/v1/next-steps', {
        accountId,
        title: 'Wochenplanung',
        ownerId: me,
        dueOn: '2026-03-30',
      }),
    );

    // 23:30 summer time on Sunday; in winter time it would already be 22:30.
    const sunday = (await nightKam().get('/api/v1/me/day')).body;
    expect(sunday.date).toBe('2026-03-29');
    expect(idsOf(sunday.nextSteps.dueToday)).toEqual([sundayStep]);
    // Monday's step belongs to next week: not on this week's page yet.
    expect(idsOf(sunday.nextSteps.dueThisWeek)).toEqual([]);

    // 00:30 summer time on Monday, only 23:30 in winter time (and 22:30 in UTC).
    night.set('2026-03-29T22:30:00Z');
    const monday = (await nightKam().get('/api/v1/me/day')).body;
    expect(monday.date).toBe('2026-03-30');
    expect(idsOf(monday.nextSteps.overdue)).toEqual([sundayStep]);
    expect(idsOf(monday.nextSteps.dueToday)).toEqual([mondayStep]);
    expect((await nightKam().get(`/api/v1/next-steps/${sundayStep}`)).body).toMatchObject({
      overdue: true,
      overdueDays: 1,
    });
  });
});
