import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { daysFromNow } from '../setup/moments.ts';
import { parseIcalendar } from '../setup/parse-icalendar.ts';
import { createTestApp, type TestApp } from '../setup/test-app.ts';
import { type WorkspaceFixture, workspaceWithAllRoles } from '../setup/workspace-fixture.ts';

let t: TestApp;
let ws: WorkspaceFixture;
let other: WorkspaceFixture;
let account: { id: string };
let bareAccount: { id: string };
let buyer: { id: string };
let engineer: { id: string };
let elsewhere: { id: string };

const kam = () => ws.as.key_account_manager;
const at = (days: number, hour = 10) => daysFromNow(days, hour);

beforeAll(async () => {
  t = await createTestApp();
  ws = await workspaceWithAllRoles(t.app, t.database);
  other = await workspaceWithAllRoles(t.app, t.database, 'other');
  account = (
    await kam().post('/api/v1/accounts', {
      name: 'Brenner Maschinenbau AG',
      street: 'Industriestraße 12',
      postalCode: '50667',
      city: 'Köln',
      countryCode: 'DE',
    })
  ).body;
  bareAccount = (await kam().post('/api/v1/accounts', { name: 'Ohne Adresse GmbH' })).body;
  buyer = (
    await kam().post('/api/v1/contacts', { firstName: 'Petra', lastName: 'Lang', accountIds: [account.id] })
  ).body;
  engineer = (
    await kam().post('/api/v1/contacts', { firstName: 'Ömer', lastName: 'Yıldız', accountIds: [account.id] })
  ).body;
  elsewhere = (await kam().post('/api/v1/contacts', { lastName: 'Andere', accountIds: [bareAccount.id] }))
    .body;
});
afterAll(() => t.close());

function plan(body: object = {}, client = kam()) {
  return client.post('/api/v1/visits', {
    accountId: account.id,
    title: 'Jahresgespräch',
    startsAt: at(7, 9),
    endsAt: at(7, 11),
    ...body,
  });
}

async function visitCount(): Promise<number> {
  return (await kam().get('/api/v1/visits?limit=200')).body.items.length;
}

describe('planning a visit', () => {
  it('takes the account address as the place and the planner as attendee and organiser', async () => {
    const created = await plan({
      agenda: 'Rahmenvertrag 2027\nNeue Baureihe',
      topics: ['Baureihe X200', 'Wartungsvertrag'],
      contactIds: [buyer.id, engineer.id],
    });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    expect(created.body).toMatchObject({
      account: { id: account.id, name: 'Brenner Maschinenbau AG' },
      title: 'Jahresgespräch',
      place: 'Industriestraße 12, 50667 Köln, Deutschland',
      agenda: 'Rahmenvertrag 2027\nNeue Baureihe',
      topics: ['Baureihe X200', 'Wartungsvertrag'],
      status: 'planned',
      participants: [{ id: ws.users.key_account_manager.id, name: 'key_account_manager user' }],
      contacts: [
        { id: buyer.id, name: 'Petra Lang' },
        { id: engineer.id, name: 'Ömer Yıldız' },
      ],
      materials: [],
      rating: null,
      interactionId: null,
      organiser: { id: ws.users.key_account_manager.id },
      version: 1,
    });
    expect(new Date(created.body.startsAt).toISOString()).toBe(at(7, 9));
    expect((await kam().get(`/api/v1/visits/${created.body.id}`)).body).toEqual(created.body);
  });

  it('keeps a place given, none when asked, and none for an account without address', async () => {
    expect((await plan({ place: 'Messe Hannover, Halle 4' })).body.place).toBe('Messe Hannover, Halle 4');
    expect((await plan({ place: null })).body.place).toBeNull();
    expect((await plan({ accountId: bareAccount.id })).body.place).toBeNull();
  });

  it('takes other attendees of ours', async () => {
    const created = await plan({ participantIds: [ws.users.head_of_sales.id, ws.users.internal.id] });
    expect(created.body.participants.map((p: { id: string }) => p.id).sort()).toEqual(
      [ws.users.head_of_sales.id, ws.users.internal.id].sort(),
    );
    expect(created.body.organiser.id).toBe(ws.users.key_account_manager.id);
  });

  it.each([
    [
      'a visit that ends before it starts',
      { startsAt: at(3, 12), endsAt: at(3, 10) },
      'endsAt',
      'ends_before_start',
    ],
    [
      'a visit that ends as it starts',
      { startsAt: at(3, 12), endsAt: at(3, 12) },
      'endsAt',
      'ends_before_start',
    ],
    ['a visit of six weeks', { startsAt: at(3), endsAt: at(45) }, 'endsAt', 'too_long'],
    [
      'a visit in 1950',
      { startsAt: '1950-01-01T10:00:00Z', endsAt: '1950-01-01T11:00:00Z' },
      'startsAt',
      'out_of_range',
    ],
    ['a time without offset', { startsAt: '2026-12-01T10:00:00' }, 'startsAt', 'invalid_format'],
    [
      'a contact of another account',
      () => ({ contactIds: [buyer.id, elsewhere.id] }),
      'contactIds.1',
      'not_at_account',
    ],
    [
      'an unknown attendee',
      { participantIds: ['01900000-0000-7000-8000-000000000000'] },
      'participantIds.0',
      'unknown_reference',
    ],
    [
      'an unknown account',
      { accountId: '01900000-0000-7000-8000-000000000000' },
      'accountId',
      'unknown_reference',
    ],
    ['no title', { title: '  ' }, 'title', 'too_small'],
  ] as [string, object | (() => object), string, string][])(
    'refuses %s and stores nothing',
    async (_, body, path, code) => {
      const before = await visitCount();
      const response = await plan(typeof body === 'function' ? body() : body);
      expect(response.status, JSON.stringify(response.body)).toBe(400);
      expect(response.body.code).toBe('validation_failed');
      expect(response.body.errors).toContainEqual(expect.objectContaining({ path, code }));
      expect(await visitCount()).toBe(before);
    },
  );

  it('refuses a contact and an attendee of another workspace', async () => {
    const foreignAccount = (await other.as.admin.post('/api/v1/accounts', { name: 'Fremd AG' })).body;
    const foreign = (
      await other.as.admin.post('/api/v1/contacts', { lastName: 'F', accountIds: [foreignAccount.id] })
    ).body;
    const response = await plan({ contactIds: [foreign.id], participantIds: [other.users.admin.id] });
    expect(response.status).toBe(400);
    expect(response.body.errors.map((e: { path: string }) => e.path).sort()).toEqual([
      'contactIds.0',
      'participantIds.0',
    ]);
    expect((await plan({ accountId: foreignAccount.id })).body.errors[0].path).toBe('accountId');
  });
});

describe('the visit list', () => {
  let lister: typeof ws.as.key_account_manager;
  let ids: Record<string, string>;

  beforeAll(async () => {
    // Its own account, so that the other tests' visits stay out of the way.
    const own = (await kam().post('/api/v1/accounts', { name: 'Liste KG' })).body;
    lister = kam();
    const make = async (title: string, days: number, extra: object = {}) =>
      (await plan({ accountId: own.id, title, startsAt: at(days, 9), endsAt: at(days, 10), ...extra })).body
        .id;
    ids = {
      later: await make('später', 20),
      soon: await make('bald', 2, { participantIds: [ws.users.head_of_sales.id] }),
      past: await make('vorbei', -5),
    };
    const soon = (await lister.get(`/api/v1/visits/${ids.soon}`)).body;
    await lister.patch(`/api/v1/visits/${ids.soon}`, { version: soon.version, status: 'cancelled' });
    ids.account = own.id;
  });

  const titles = async (query: string) =>
    (await lister.get(`/api/v1/visits?accountId=${ids.account}&${query}`)).body.items.map(
      (v: { title: string }) => v.title,
    );

  it('is ordered by start and filters by account, attendee, status and time', async () => {
    expect(await titles('')).toEqual(['vorbei', 'bald', 'später']);
    expect(await titles(`participantId=${ws.users.head_of_sales.id}`)).toEqual(['bald']);
    expect(await titles('status=planned')).toEqual(['vorbei', 'später']);
    expect(await titles(`from=${encodeURIComponent(at(0))}`)).toEqual(['bald', 'später']);
    expect(await titles(`from=${at(0).slice(0, 10)}&to=${at(2).slice(0, 10)}`)).toEqual(['bald']);
  });

  it('pages with a cursor', async () => {
    const first = await lister.get(`/api/v1/visits?accountId=${ids.account}&limit=2`);
    expect(first.body.items).toHaveLength(2);
    const second = await lister.get(
      `/api/v1/visits?accountId=${ids.account}&limit=2&cursor=${first.body.nextCursor}`,
    );
    expect(second.body.items.map((v: { title: string }) => v.title)).toEqual(['später']);
    expect(second.body.nextCursor).toBeNull();
  });
});

describe('changing a visit', () => {
  it('moves it, replaces its attendees, refuses a stale version, cancels and re-plans it', async () => {
    const visit = (await plan({ contactIds: [buyer.id] })).body;
    const moved = await kam().patch(`/api/v1/visits/${visit.id}`, {
      version: 1,
      startsAt: at(8, 13),
      endsAt: at(8, 15),
      contactIds: [engineer.id],
      topics: [],
    });
    expect(moved.status, JSON.stringify(moved.body)).toBe(200);
    expect(moved.body).toMatchObject({ version: 2, contacts: [{ id: engineer.id }], topics: [] });
    const stale = await kam().patch(`/api/v1/visits/${visit.id}`, { version: 1, title: 'Alt' });
    expect(stale.status).toBe(409);
    expect(stale.body.code).toBe('version_conflict');
    const backwards = await kam().patch(`/api/v1/visits/${visit.id}`, { version: 2, endsAt: at(8, 12) });
    expect(backwards.body.errors[0]).toMatchObject({ path: 'endsAt', code: 'ends_before_start' });
    const cancelled = await kam().patch(`/api/v1/visits/${visit.id}`, { version: 2, status: 'cancelled' });
    expect(cancelled.body.status).toBe('cancelled');
    const replanned = await kam().patch(`/api/v1/visits/${visit.id}`, { version: 3, status: 'planned' });
    expect(replanned.body.status).toBe('planned');
    const wrong = await kam().patch(`/api/v1/visits/${visit.id}`, { version: 4, status: 'reported' });
    expect(wrong.status).toBe(400);
  });

  it('writes every change to the audit trail', async () => {
    const visit = (await plan()).body;
    await kam().patch(`/api/v1/visits/${visit.id}`, { version: 1, title: 'Neu' });
    const audit = await ws.as.admin.get(`/api/v1/audit?entityType=visit&entityId=${visit.id}`);
    expect(audit.body.items.map((e: { action: string }) => e.action)).toEqual(['update', 'create']);
  });
});

describe('the visit report', () => {
  it('becomes a presentation with feedback and next steps, and closes the visit', async () => {
    const visit = (
      await plan({
        startsAt: at(-2, 9),
        endsAt: at(-2, 11),
        contactIds: [buyer.id, engineer.id],
        participantIds: [ws.users.key_account_manager.id, ws.users.head_of_sales.id],
        topics: ['Baureihe X200'],
      })
    ).body;
    const reported = await kam().post(`/api/v1/visits/${visit.id}/report`, {
      version: 1,
      summary: 'Gutes Gespräch, Pilot vereinbart',
      outcome: 'Pilot im Werk Köln',
      sentiment: 'positive',
      rating: 4,
      feedback: [{ topic: 'Baureihe X200', feedback: 'Technik überzeugt, Preis hoch' }],
      nextSteps: [{ title: 'Pilotangebot', ownerId: ws.users.internal.id, dueOn: at(10).slice(0, 10) }],
    });
    expect(reported.status, JSON.stringify(reported.body)).toBe(201);
    const { visit: closed, interaction } = reported.body;
    expect(closed).toMatchObject({
      status: 'reported',
      rating: 4,
      interactionId: interaction.id,
      version: 2,
    });
    expect(interaction).toMatchObject({
      kind: 'presentation',
      channel: 'in_person',
      visitId: visit.id,
      summary: 'Gutes Gespräch, Pilot vereinbart',
      outcome: 'Pilot im Werk Köln',
      sentiment: 'positive',
      presentations: [{ topic: 'Baureihe X200', feedback: 'Technik überzeugt, Preis hoch' }],
      nextSteps: [{ title: 'Pilotangebot', owner: { id: ws.users.internal.id }, status: 'open' }],
    });
    expect(new Date(interaction.occurredAt).toISOString()).toBe(at(-2, 9));
    expect(interaction.contacts.map((c: { id: string }) => c.id).sort()).toEqual(
      [buyer.id, engineer.id].sort(),
    );
    expect(interaction.participants.map((p: { id: string }) => p.id).sort()).toEqual(
      [ws.users.key_account_manager.id, ws.users.head_of_sales.id].sort(),
    );
    // The presentation log of the account has it, with the visit.
    const log = await kam().get(`/api/v1/accounts/${account.id}/presentations`);
    expect(log.body.items).toContainEqual(
      expect.objectContaining({ topic: 'Baureihe X200', visitId: visit.id }),
    );

    const twice = await kam().post(`/api/v1/visits/${visit.id}/report`, { version: 2, summary: 'Nochmal' });
    expect(twice.status).toBe(409);
    expect(twice.body.code).toBe('duplicate');
    const edit = await kam().patch(`/api/v1/visits/${visit.id}`, { version: 2, title: 'Nachträglich' });
    expect(edit.status).toBe(400);
    expect(edit.body.errors[0]).toMatchObject({ path: 'status', code: 'visit_reported' });
  });

  it('is a visit without feedback, with the contacts named in the report', async () => {
    const visit = (await plan({ startsAt: at(-1, 8), endsAt: at(-1, 9), contactIds: [buyer.id] })).body;
    const reported = await kam().post(`/api/v1/visits/${visit.id}/report`, {
      version: 1,
      summary: 'Kurzbesuch',
      contactIds: [engineer.id],
      occurredAt: at(-1, 8),
    });
    expect(reported.status, JSON.stringify(reported.body)).toBe(201);
    expect(reported.body.interaction).toMatchObject({
      kind: 'visit',
      contacts: [{ id: engineer.id }],
      presentations: [],
    });
    expect(reported.body.visit.rating).toBeNull();
  });

  it.each([
    [
      'a next step without a valid owner',
      { nextSteps: [{ title: 'X', ownerId: '01900000-0000-7000-8000-000000000000', dueOn: '2026-12-01' }] },
      'nextSteps.0.ownerId',
    ],
    ['a contact of another account', () => ({ contactIds: [elsewhere.id] }), 'contactIds.0'],
    ['a rating outside 1 to 5', { rating: 6 }, 'rating'],
    ['a report of a day far ahead', { occurredAt: at(30) }, 'occurredAt'],
  ] as [string, object | (() => object), string][])(
    'refuses %s and stores nothing',
    async (_, body, path) => {
      const visit = (await plan({ startsAt: at(-3), endsAt: at(-3, 12) })).body;
      const interactionsBefore = (await kam().get(`/api/v1/interactions?accountId=${account.id}&limit=200`))
        .body.items.length;
      const response = await kam().post(`/api/v1/visits/${visit.id}/report`, {
        version: 1,
        summary: 'Bericht',
        ...(typeof body === 'function' ? body() : body),
      });
      expect(response.status, JSON.stringify(response.body)).toBe(400);
      expect(response.body.errors.map((e: { path: string }) => e.path)).toContain(path);
      expect((await kam().get(`/api/v1/visits/${visit.id}`)).body).toMatchObject({
        status: 'planned',
        version: 1,
      });
      expect(
        (await kam().get(`/api/v1/interactions?accountId=${account.id}&limit=200`)).body.items,
      ).toHaveLength(interactionsBefore);
    },
  );

  it('refuses a cancelled visit and a stale version', async () => {
    const visit = (await plan({ startsAt: at(-3), endsAt: at(-3, 12) })).body;
    const stale = await kam().post(`/api/v1/visits/${visit.id}/report`, { version: 7, summary: 'Bericht' });
    expect(stale.status).toBe(409);
    expect(stale.body.code).toBe('version_conflict');
    await kam().patch(`/api/v1/visits/${visit.id}`, { version: 1, status: 'cancelled' });
    const cancelled = await kam().post(`/api/v1/visits/${visit.id}/report`, {
      version: 2,
      summary: 'Bericht',
    });
    expect(cancelled.status).toBe(400);
    expect(cancelled.body.errors[0]).toMatchObject({ path: 'status', code: 'visit_cancelled' });
  });

  it('takes one of two reports sent at once', async () => {
    const visit = (await plan({ startsAt: at(-3), endsAt: at(-3, 12) })).body;
    const send = () => kam().post(`/api/v1/visits/${visit.id}/report`, { version: 1, summary: 'Bericht' });
    const answers = (await Promise.all([send(), send()])).map((r) => r.status).sort();
    expect(answers).toEqual([201, 409]);
    const reports = (
      await kam().get(`/api/v1/interactions?accountId=${account.id}&limit=200`)
    ).body.items.filter((i: { visitId: string | null }) => i.visitId === visit.id);
    expect(reports).toHaveLength(1);
  });
});

describe('the .ics download', () => {
  it('is an iCalendar file with a stable UID, the time zone and the visit status', async () => {
    const visit = (
      await plan({
        title: 'Workshop; Teil 1, Planung',
        agenda: 'Punkt 1, Punkt 2; Punkt 3\nZweite Zeile \\ Ende',
      })
    ).body;
    const download = () => kam().get(`/api/v1/visits/${visit.id}/ics`);
    const first = await download();
    expect(first.status).toBe(200);
    expect(first.headers['content-type']).toBe('text/calendar; charset=utf-8');
    expect(first.headers['content-disposition']).toMatch(
      /^attachment; filename="Workshop; Teil 1, Planung\.ics"/,
    );
    const [event] = parseIcalendar(first.body).events;
    expect(event).toMatchObject({
      uid: `visit-${visit.id}@kontor`,
      summary: 'Workshop; Teil 1, Planung – Brenner Maschinenbau AG',
      location: 'Industriestraße 12, 50667 Köln, Deutschland',
      sequence: 0,
      status: 'CONFIRMED',
      startTzid: 'Europe/Berlin',
      start: new Date(visit.startsAt),
      end: new Date(visit.endsAt),
    });
    expect(event?.description).toContain('Punkt 1, Punkt 2; Punkt 3\nZweite Zeile \\ Ende');
    expect(first.body).toContain('BEGIN:VTIMEZONE\r\nTZID:Europe/Berlin');

    await kam().patch(`/api/v1/visits/${visit.id}`, { version: 1, status: 'cancelled' });
    const [cancelled] = parseIcalendar((await download()).body).events;
    expect(cancelled).toMatchObject({ uid: event?.uid, sequence: 1, status: 'CANCELLED' });
  });
});

describe('permissions and workspaces', () => {
  it('lets readers read, not plan; internal colleagues see no visits', async () => {
    const visit = (await plan()).body;
    expect((await ws.as.viewer.get(`/api/v1/visits/${visit.id}`)).status).toBe(200);
    expect((await ws.as.viewer.get(`/api/v1/visits/${visit.id}/ics`)).status).toBe(200);
    expect((await plan({}, ws.as.viewer)).status).toBe(403);
    expect((await ws.as.viewer.patch(`/api/v1/visits/${visit.id}`, { version: 1, title: 'x' })).status).toBe(
      403,
    );
    expect((await ws.as.internal.get('/api/v1/visits')).status).toBe(403);
    expect(
      (await ws.as.account_manager.patch(`/api/v1/visits/${visit.id}`, { version: 1, title: 'AM' })).status,
    ).toBe(200);
  });

  it('answers 404 for a visit of another workspace, and lists none of them', async () => {
    const visit = (await plan({ startsAt: at(-1), endsAt: at(-1, 12) })).body;
    const stranger = other.as.admin;
    expect((await stranger.get(`/api/v1/visits/${visit.id}`)).status).toBe(404);
    expect((await stranger.get(`/api/v1/visits/${visit.id}/ics`)).status).toBe(404);
    expect((await stranger.patch(`/api/v1/visits/${visit.id}`, { version: 1, title: 'x' })).status).toBe(404);
    expect(
      (await stranger.post(`/api/v1/visits/${visit.id}/report`, { version: 1, summary: 'x' })).status,
    ).toBe(404);
    expect((await stranger.get('/api/v1/visits')).body.items).toEqual([]);
    expect((await kam().get(`/api/v1/visits/${visit.id}`)).body).toMatchObject({
      title: 'Jahresgespräch',
      version: 1,
    });
  });
});
