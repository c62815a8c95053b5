import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { roles } from '../../src/core/permissions.ts';
import { daysFromNow } from '../setup/moments.ts';
import { parseIcalendar } from '../setup/parse-icalendar.ts';
import { clientFor, createTestApp, type TestApp } from '../setup/test-app.ts';
import { type WorkspaceFixture, workspaceWithAllRoles } from '../setup/workspace-fixture.ts';

let t: TestApp;
let ws: WorkspaceFixture;
let other: WorkspaceFixture;
let account: { id: string };

const kam = () => ws.as.key_account_manager;
const anonymous = () => clientFor(t.app);
const at = (days: number, hour = 9) => daysFromNow(days, hour);
const dayIn = (days: number) => at(days).slice(0, 10);

beforeAll(async () => {
  t = await createTestApp();
  ws = await workspaceWithAllRoles(t.app, t.database);
  other = await workspaceWithAllRoles(t.app, t.database, 'other');
  account = (
    await kam().post('/api/v1/accounts', {
      name: 'Brenner, Söhne; Partner AG',
      street: 'Hafenweg 3',
      city: 'Hamburg',
    })
  ).body;
});
afterAll(() => t.close());

/** The path of a feed URL, for the injected client. */
const pathOf = (url: string) => new URL(url).pathname;

async function plan(title: string, days: number, extra: object = {}, client = kam()) {
  const created = await client.post('/api/v1/visits', {
    accountId: account.id,
    title,
    startsAt: at(days, 9),
    endsAt: at(days, 11),
    ...extra,
  });
  expect(created.status, JSON.stringify(created.body)).toBe(201);
  return created.body;
}

async function step(title: string, ownerId: string, dueDays: number) {
  const created = await kam().post('/api/v1/next-steps', {
    accountId: account.id,
    title,
    ownerId,
    dueOn: dayIn(dueDays),
  });
  expect(created.status, JSON.stringify(created.body)).toBe(201);
  return created.body;
}

function expectNoFeed(response: { status: number; body: Record<string, unknown> }) {
  expect(response.status).toBe(404);
  // Nothing that tells a wrong token from a revoked one, or whose it was.
  expect(response.body).toEqual({
    type: 'https://kontor.dev/problems/not-found',
    title: 'Not found',
    status: 404,
    code: 'not_found',
    detail: 'No such calendar',
  });
}

describe('the feed address', () => {
  it('is issued on first call, stays the same, and is absolute with a long random token', async () => {
    const first = await kam().get('/api/v1/me/calendar-feed');
    expect(first.status).toBe(200);
    expect(first.body.url).toMatch(/^http:\/\/localhost:80\/api\/calendar\/[\w-]{43}$/);
    const token = pathOf(first.body.url).replace('/api/calendar/', '');
    expect(Buffer.from(token, 'base64url')).toHaveLength(32);
    expect((await kam().get('/api/v1/me/calendar-feed')).body.url).toBe(first.body.url);
    // Another user, another address.
    expect((await ws.as.viewer.get('/api/v1/me/calendar-feed')).body.url).not.toBe(first.body.url);
  });

  it('is built from the address the client used', async () => {
    const response = await t.app.inject({
      method: 'GET',
      url: '/api/v1/me/calendar-feed',
      headers: { cookie: kam().cookie ?? '', host: 'kontor.example.com' },
    });
    expect(response.json().url).toMatch(/^http:\/\/kontor\.example\.com\/api\/calendar\//);
  });

  it('starts with KONTOR_PUBLIC_URL when it is set, whatever address the client used', async () => {
    const behindProxy = await createTestApp({ KONTOR_PUBLIC_URL: 'https://kontor.example.com/' });
    try {
      const kamThere = (await workspaceWithAllRoles(behindProxy.app, behindProxy.database)).as
        .key_account_manager;
      const response = await kamThere.get('/api/v1/me/calendar-feed');
      expect(response.body.url).toMatch(/^https:\/\/kontor\.example\.com\/api\/calendar\/[\w-]{43}$/);
    } finally {
      await behindProxy.close();
    }
  });

  it('is replaced by a new one on POST, and the old one leads nowhere', async () => {
    const old = (await kam().get('/api/v1/me/calendar-feed')).body.url;
    expect((await anonymous().get(pathOf(old))).status).toBe(200);
    const renewed = await kam().post('/api/v1/me/calendar-feed');
    expect(renewed.status).toBe(201);
    expect(renewed.body.url).not.toBe(old);
    expectNoFeed(await anonymous().get(pathOf(old)));
    expect((await anonymous().get(pathOf(renewed.body.url))).status).toBe(200);
    expect((await kam().get('/api/v1/me/calendar-feed')).body.url).toBe(renewed.body.url);
  });

  it.each([
    ['a wrong token', randomBytes(32).toString('base64url')],
    ['a malformed token', 'abc'],
    ['a very long token', 'A'.repeat(180)],
    ['an empty-looking token', '%20'],
  ])('answers 404 to %s, with nothing in it', async (_, token) => {
    expectNoFeed(await anonymous().get(`/api/calendar/${token}`));
  });

  it('answers 404 to a token one character off', async () => {
    const real =
      pathOf((await kam().get('/api/v1/me/calendar-feed')).body.url)
        .split('/')
        .at(-1) ?? '';
    expectNoFeed(await anonymous().get(`/api/calendar/${real[0] === 'A' ? 'B' : 'A'}${real.slice(1)}`));
  });

  it('is everyone’s own, and needs a session; a read-only token may not renew it', async () => {
    for (const role of roles) expect((await ws.as[role].get('/api/v1/me/calendar-feed')).status).toBe(200);
    expect((await anonymous().get('/api/v1/me/calendar-feed')).status).toBe(401);
    expect((await anonymous().post('/api/v1/me/calendar-feed')).status).toBe(401);
    const token = (await kam().post('/api/v1/me/tokens', { name: 'Lesen', scopes: ['read'] })).body.token;
    const reader = clientFor(t.app, { token });
    expect((await reader.get('/api/v1/me/calendar-feed')).status).toBe(200);
    expect((await reader.post('/api/v1/me/calendar-feed')).status).toBe(403);
  });

  it('stops working when its user is deactivated', async () => {
    const user = (
      await ws.as.admin.post('/api/v1/users', {
        email: 'gone@kontor.example',
        name: 'Geht bald',
        role: 'account_manager',
        password: 'correct horse battery',
      })
    ).body;
    const login = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { email: 'gone@kontor.example', password: 'correct horse battery' },
    });
    const cookie = login.cookies.find((c) => c.name === 'kontor_session');
    const url = (
      await clientFor(t.app, { cookie: `kontor_session=${cookie?.value}` }).get('/api/v1/me/calendar-feed')
    ).body.url;
    expect((await anonymous().get(pathOf(url))).status).toBe(200);
    await ws.as.admin.patch(`/api/v1/users/${user.id}`, { version: user.version, active: false });
    expectNoFeed(await anonymous().get(pathOf(url)));
  });
});

describe('the feed', () => {
  let feedPath: string;
  let mine: { id: string };
  let attended: { id: string };
  let reported: { id: string };
  let myStep: { id: string };

  beforeAll(async () => {
    feedPath = pathOf((await kam().get('/api/v1/me/calendar-feed')).body.url);
    mine = await plan('Jahresgespräch', 5, {
      agenda: 'Punkt 1, Punkt 2; Punkt 3\nZweite Zeile \\ Ende',
      topics: ['Baureihe X200'],
    });
    attended = await plan(
      'Werksbesichtigung',
      12,
      { participantIds: [ws.users.head_of_sales.id, ws.users.key_account_manager.id] },
      ws.as.head_of_sales,
    );
    await plan('Ohne mich', 6, { participantIds: [ws.users.head_of_sales.id] }, ws.as.head_of_sales);
    const cancelled = await plan('Abgesagt', 7);
    await kam().patch(`/api/v1/visits/${cancelled.id}`, { version: 1, status: 'cancelled' });
    reported = await plan('Schon gewesen', -2);
    await kam().post(`/api/v1/visits/${reported.id}/report`, { version: 1, summary: 'Gut' });
    myStep = await step('Angebot schicken, mit Rabatt; bis Freitag', ws.users.key_account_manager.id, 3);
    const done = await step('Erledigt', ws.users.key_account_manager.id, 4);
    await kam().patch(`/api/v1/next-steps/${done.id}`, { version: done.version, status: 'done' });
    await step('Für die Kollegin', ws.users.internal.id, 4);
  });

  async function feed() {
    const response = await anonymous().get(feedPath);
    expect(response.status).toBe(200);
    expect(response.headers['content-type']).toBe('text/calendar; charset=utf-8');
    return { text: response.body as string, ...parseIcalendar(response.body) };
  }

  it('holds my visits, those I attend, and my open next steps as all-day events', async () => {
    const { events, calendar } = await feed();
    expect(events.map((e) => e.summary).sort()).toEqual(
      [
        'Jahresgespräch – Brenner, Söhne; Partner AG',
        'Werksbesichtigung – Brenner, Söhne; Partner AG',
        'Schon gewesen – Brenner, Söhne; Partner AG',
        'Angebot schicken, mit Rabatt; bis Freitag – Brenner, Söhne; Partner AG',
      ].sort(),
    );
    expect(calendar.getFirstPropertyValue('x-wr-calname')).toBe('Kontor – key_account_manager user');
    const visit = events.find((e) => e.uid === `visit-${mine.id}@kontor`);
    expect(visit).toMatchObject({
      startTzid: 'Europe/Berlin',
      start: new Date(at(5, 9)),
      end: new Date(at(5, 11)),
      location: 'Hafenweg 3, Hamburg',
      status: 'CONFIRMED',
      allDay: false,
    });
    expect(visit?.description).toContain('Punkt 1, Punkt 2; Punkt 3\nZweite Zeile \\ Ende');
    expect(visit?.description).toContain('Baureihe X200');
    const task = events.find((e) => e.uid === `next-step-${myStep.id}@kontor`);
    expect(task).toMatchObject({ allDay: true, startDay: dayIn(3), endDay: dayIn(4) });
    expect(events.find((e) => e.uid === `visit-${attended.id}@kontor`)).toBeDefined();
    expect(events.find((e) => e.uid === `visit-${reported.id}@kontor`)).toBeDefined();
  });

  it('escapes commas, semicolons, backslashes and line breaks in the text', async () => {
    const { text } = await feed();
    const unfolded = text.replaceAll('\r\n ', '');
    expect(unfolded).toContain(
      'SUMMARY:Angebot schicken\\, mit Rabatt\\; bis Freitag – Brenner\\, Söhne\\; Partner AG',
    );
    expect(unfolded).toContain('Punkt 1\\, Punkt 2\\; Punkt 3\\nZweite Zeile \\\\ Ende');
    expect(unfolded).toContain('BEGIN:VTIMEZONE\r\nTZID:Europe/Berlin');
  });

  it('keeps its UIDs across requests and raises SEQUENCE with a change', async () => {
    const before = await feed();
    const again = await feed();
    expect(again.events.map((e) => e.uid).sort()).toEqual(before.events.map((e) => e.uid).sort());
    await kam().patch(`/api/v1/visits/${mine.id}`, { version: 1, startsAt: at(5, 13), endsAt: at(5, 14) });
    const after = await feed();
    const moved = after.events.find((e) => e.uid === `visit-${mine.id}@kontor`);
    expect(moved).toMatchObject({ sequence: 1, start: new Date(at(5, 13)) });
    expect(after.events.map((e) => e.uid).sort()).toEqual(before.events.map((e) => e.uid).sort());
  });

  it('follows the workspace time zone', async () => {
    const settings = (await ws.as.admin.get('/api/v1/relationship-settings')).body;
    await ws.as.admin.patch('/api/v1/relationship-settings', {
      version: settings.version,
      timeZone: 'America/New_York',
    });
    try {
      const { events, text } = await feed();
      expect(text).toContain('TZID:America/New_York');
      const visit = events.find((e) => e.uid === `visit-${attended.id}@kontor`);
      expect(visit).toMatchObject({ startTzid: 'America/New_York', start: new Date(at(12, 9)) });
    } finally {
      const current = (await ws.as.admin.get('/api/v1/relationship-settings')).body;
      await ws.as.admin.patch('/api/v1/relationship-settings', {
        version: current.version,
        timeZone: 'Europe/Berlin',
      });
    }
  });

  it('gives an internal colleague their next steps', async () => {
    const path = pathOf((await ws.as.internal.get('/api/v1/me/calendar-feed')).body.url);
    const { events } = parseIcalendar((await anonymous().get(path)).body);
    expect(events.map((e) => e.summary)).toEqual(['Für die Kollegin – Brenner, Söhne; Partner AG']);
  });

  it('shows nothing of another workspace', async () => {
    const path = pathOf((await other.as.key_account_manager.get('/api/v1/me/calendar-feed')).body.url);
    expect(parseIcalendar((await anonymous().get(path)).body).events).toEqual([]);
  });
});
