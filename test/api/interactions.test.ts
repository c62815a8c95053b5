import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../setup/test-app.ts';
import { type WorkspaceFixture, workspaceWithAllRoles } from '../setup/workspace-fixture.ts';

let t: TestApp;
let ws: WorkspaceFixture;
let other: WorkspaceFixture;
let account: { id: string };
let otherAccount: { id: string };
let buyer: { id: string };
let engineer: { id: string };
let elsewhere: { id: string };
let foreignContact: { id: string };

beforeAll(async () => {
  t = await createTestApp();
  ws = await workspaceWithAllRoles(t.app, t.database);
  other = await workspaceWithAllRoles(t.app, t.database, 'other');
  account = (await kam().post('/api/v1/accounts', { name: 'Brenner Maschinenbau AG' })).body;
  otherAccount = (await kam().post('/api/v1/accounts', { name: 'Kessler Metall GmbH' })).body;
  buyer = (
    await kam().post('/api/v1/contacts', { firstName: 'Petra', lastName: 'Lang', accountIds: [account.id] })
  ).body;
  engineer = (
    await kam().post('/api/v1/contacts', { firstName: 'Ömer', lastName: 'Yıldız', accountIds: [account.id] })
  ).body;
  elsewhere = (await kam().post('/api/v1/contacts', { lastName: 'Andere', accountIds: [otherAccount.id] }))
    .body;
  const foreignAccount = (await other.as.admin.post('/api/v1/accounts', { name: 'Fremd AG' })).body;
  foreignContact = (
    await other.as.admin.post('/api/v1/contacts', { lastName: 'Fremd', accountIds: [foreignAccount.id] })
  ).body;
});
afterAll(() => t.close());

const kam = () => ws.as.key_account_manager;
const daysAgo = (days: number) => new Date(Date.now() - days * 86_400_000).toISOString();

function log(body: object) {
  return kam().post('/api/v1/interactions', {
    accountId: account.id,
    kind: 'call',
    occurredAt: daysAgo(1),
    summary: 'Rahmenvertrag besprochen',
    ...body,
  });
}

describe('interactions', () => {
  it('log a meeting with contacts, participants, presentations and next steps', async () => {
    const created = await log({
      kind: 'presentation',
      occurredAt: '2026-03-10T09:00:00+01:00',
      summary: 'Neue Baureihe X200 vorgestellt',
      outcome: 'Interesse an Pilotprojekt',
      sentiment: 'positive',
      contactIds: [buyer.id, engineer.id],
      participantIds: [ws.users.key_account_manager.id, ws.users.internal.id],
      presentations: [
        { topic: 'Baureihe X200', feedback: 'Preis zu hoch, Technik überzeugt' },
        { topic: 'Wartungsvertrag' },
      ],
      nextSteps: [{ title: 'Angebot Pilot schicken', ownerId: ws.users.internal.id, dueOn: '2026-03-20' }],
    });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    expect(created.body).toMatchObject({
      account: { id: account.id, name: 'Brenner Maschinenbau AG' },
      kind: 'presentation',
      channel: 'in_person',
      occurredAt: '2026-03-10T08:00:00.000Z',
      outcome: 'Interesse an Pilotprojekt',
      sentiment: 'positive',
      visitId: null,
      createdBy: { id: ws.users.key_account_manager.id },
      version: 1,
    });
    expect(created.body.contacts).toEqual([
      { id: buyer.id, name: 'Petra Lang' },
      { id: engineer.id, name: 'Ömer Yıldız' },
    ]);
    expect(created.body.participants.map((p: { id: string }) => p.id).sort()).toEqual(
      [ws.users.key_account_manager.id, ws.users.internal.id].sort(),
    );
    expect(created.body.presentations).toMatchObject([
      { topic: 'Baureihe X200', feedback: 'Preis zu hoch, Technik überzeugt' },
      { topic: 'Wartungsvertrag', feedback: null },
    ]);
    expect(created.body.nextSteps).toMatchObject([
      {
        title: 'Angebot Pilot schicken',
        owner: { id: ws.users.internal.id },
        dueOn: '2026-03-20',
        status: 'open',
        interactionId: created.body.id,
      },
    ]);
    const read = await ws.as.viewer.get(`/api/v1/interactions/${created.body.id}`);
    expect(read.body).toEqual(created.body);
  });

  it('default the channel from the kind and the participants to the signed-in user', async () => {
    const call = await log({ kind: 'call' });
    expect(call.body.channel).toBe('phone');
    expect(call.body.participants).toEqual([
      { id: ws.users.key_account_manager.id, name: 'key_account_manager user' },
    ]);
    expect((await log({ kind: 'email' })).body.channel).toBe('email');
    expect((await log({ kind: 'meeting', channel: 'video' })).body.channel).toBe('video');
  });

  it('form a timeline newest first, filtered by account, contact, kind and participant, paged', async () => {
    const inTimeline = async (query: string) => {
      const items: { id: string; occurredAt: string }[] = [];
      let cursor: string | null = null;
      do {
        const page = await ws.as.viewer.get(
          `/api/v1/interactions?${query}&limit=2${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`,
        );
        expect(page.status, JSON.stringify(page.body)).toBe(200);
        items.push(...page.body.items);
        cursor = page.body.nextCursor;
      } while (cursor);
      return items;
    };
    const old = await log({ occurredAt: daysAgo(30), contactIds: [engineer.id], kind: 'meeting' });
    const recent = await log({
      occurredAt: daysAgo(2),
      contactIds: [engineer.id],
      participantIds: [ws.users.account_manager.id],
    });
    const atOther = await log({ accountId: otherAccount.id, contactIds: [elsewhere.id] });

    const ofAccount = await inTimeline(`accountId=${account.id}`);
    const times = ofAccount.map((i) => Date.parse(i.occurredAt));
    expect(times).toEqual([...times].sort((a, b) => b - a));
    expect(new Set(ofAccount.map((i) => i.id)).size).toBe(ofAccount.length);
    expect(ofAccount.map((i) => i.id)).toEqual(expect.arrayContaining([old.body.id, recent.body.id]));
    expect(ofAccount.map((i) => i.id)).not.toContain(atOther.body.id);

    const ofEngineer = (await inTimeline(`contactId=${engineer.id}`)).map((i) => i.id);
    expect(ofEngineer.slice(0, 2)).toEqual([recent.body.id, old.body.id]);
    expect(ofEngineer).not.toContain(atOther.body.id);

    const meetings = await inTimeline(`accountId=${account.id}&kind=meeting`);
    expect(meetings.map((i) => i.id)).toContain(old.body.id);
    expect(meetings.every((i) => (i as unknown as { kind: string }).kind === 'meeting')).toBe(true);

    expect((await inTimeline(`participantId=${ws.users.account_manager.id}`)).map((i) => i.id)).toEqual([
      recent.body.id,
    ]);
    expect((await inTimeline('')).map((i) => i.id)).toContain(atOther.body.id);
  });

  it.each([
    ['a far-future date', { occurredAt: '2099-01-01T10:00:00Z' }, 'occurredAt'],
    ['a date before 1970', { occurredAt: '1969-12-31T23:00:00Z' }, 'occurredAt'],
    ['a date that is none', { occurredAt: '2026-13-01T10:00:00Z' }, 'occurredAt'],
    ['a contact of another account', { contactIds: ['BUYER', 'ELSEWHERE'] }, 'contactIds.1'],
    ['a contact of another workspace', { contactIds: ['FOREIGN'] }, 'contactIds.0'],
    ['a participant of another workspace', { participantIds: ['FOREIGN_USER'] }, 'participantIds.0'],
    ['an unknown account', { accountId: '01900000-0000-7000-8000-000000000000' }, 'accountId'],
    ['an unknown kind', { kind: 'fax' }, 'kind'],
    ['an empty summary', { summary: '  ' }, 'summary'],
    [
      'a next step owned by nobody here',
      { nextSteps: [{ title: 'X', ownerId: 'FOREIGN_USER', dueOn: '2026-05-01' }] },
      'nextSteps.0.ownerId',
    ],
  ])('refuse %s and store nothing', async (_, raw, path) => {
    const body = JSON.parse(
      JSON.stringify(raw)
        .replace('BUYER', buyer.id)
        .replace('ELSEWHERE', elsewhere.id)
        .replace('FOREIGN_USER', other.users.admin.id)
        .replace('FOREIGN', foreignContact.id),
    );
    const count = async () => (await kam().get(`/api/v1/interactions?limit=200`)).body.items.length;
    const steps = async () => (await kam().get('/api/v1/next-steps?limit=200')).body.items.length;
    const [before, stepsBefore] = [await count(), await steps()];
    const response = await log(body);
    expect(response.status, JSON.stringify(response.body)).toBe(400);
    expect(response.body.code).toBe('validation_failed');
    expect(response.body.errors.map((e: { path: string }) => e.path)).toContain(path);
    expect(await count()).toBe(before);
    expect(await steps()).toBe(stepsBefore);
  });

  it('name a colleague who has left since as a participant of a past meeting, not an unknown user', async () => {
    const former = await ws.as.admin.post('/api/v1/users', {
      email: `former.${Date.now()}@kontor.example`,
      name: 'Früher Kollege',
      role: 'account_manager',
      password: 'correct horse battery',
    });
    await ws.as.admin.patch(`/api/v1/users/${former.body.id}`, {
      version: former.body.version,
      active: false,
    });
    const logged = await log({ participantIds: [former.body.id] });
    expect(logged.status, JSON.stringify(logged.body)).toBe(201);

    const unknown = await log({ participantIds: [ws.users.admin.id, other.users.admin.id] });
    expect(unknown.status).toBe(400);
    expect(unknown.body.errors.map((e: { path: string }) => e.path)).toEqual(['participantIds.1']);
    // A visit is planned with colleagues who can still go.
    const visit = await kam().post('/api/v1/visits', {
      accountId: account.id,
      title: 'Jahresgespräch',
      startsAt: daysAgo(-7),
      endsAt: daysAgo(-7.1),
      participantIds: [former.body.id],
    });
    expect(visit.status).toBe(400);
    expect(visit.body.errors[0].path).toBe('participantIds.0');
  });

  it('accept a log dated today in a time zone ahead, and one for a past date', async () => {
    expect((await log({ occurredAt: new Date(Date.now() + 10 * 3_600_000).toISOString() })).status).toBe(201);
    expect((await log({ occurredAt: '1970-01-01T00:00:00Z' })).status).toBe(201);
  });

  it('are corrected with the version read; lists given replace the current ones', async () => {
    const created = (await log({ contactIds: [buyer.id], presentations: [{ topic: 'Alt' }] })).body;
    const changed = await kam().patch(`/api/v1/interactions/${created.id}`, {
      version: 1,
      kind: 'meeting',
      summary: 'Doch ein Treffen',
      contactIds: [engineer.id],
      presentations: [{ topic: 'Neu', feedback: 'gut' }],
      sentiment: 'neutral',
    });
    expect(changed.status, JSON.stringify(changed.body)).toBe(200);
    expect(changed.body).toMatchObject({
      kind: 'meeting',
      channel: 'in_person',
      summary: 'Doch ein Treffen',
      sentiment: 'neutral',
      contacts: [{ id: engineer.id }],
      presentations: [{ topic: 'Neu', feedback: 'gut' }],
      participants: [{ id: ws.users.key_account_manager.id }],
      version: 2,
    });
    const stale = await kam().patch(`/api/v1/interactions/${created.id}`, { version: 1, summary: 'Zu spät' });
    expect(stale.status).toBe(409);
    expect(stale.body.code).toBe('version_conflict');
    const future = await kam().patch(`/api/v1/interactions/${created.id}`, {
      version: 2,
      occurredAt: '2099-01-01T00:00:00Z',
    });
    expect(future.status).toBe(400);
    expect(future.body.errors[0].path).toBe('occurredAt');
    const foreign = await kam().patch(`/api/v1/interactions/${created.id}`, {
      version: 2,
      contactIds: [elsewhere.id],
    });
    expect(foreign.body.errors[0].path).toBe('contactIds.0');
    expect((await kam().get(`/api/v1/interactions/${created.id}`)).body.version).toBe(2);
  });

  it('are deleted with their presentations; their next steps stay, unlinked', async () => {
    const created = (
      await log({
        presentations: [{ topic: 'Weg damit' }],
        nextSteps: [{ title: 'Bleibt', ownerId: ws.users.key_account_manager.id, dueOn: '2026-06-01' }],
      })
    ).body;
    const step = created.nextSteps[0];
    expect((await kam().delete(`/api/v1/interactions/${created.id}`)).status).toBe(204);
    expect((await kam().get(`/api/v1/interactions/${created.id}`)).status).toBe(404);
    const kept = await kam().get(`/api/v1/next-steps/${step.id}`);
    expect(kept.body).toMatchObject({ title: 'Bleibt', interactionId: null });
    const log_ = await kam().get(`/api/v1/accounts/${account.id}/presentations?limit=200`);
    expect(log_.body.items.map((p: { topic: string }) => p.topic)).not.toContain('Weg damit');
    const audit = await ws.as.admin.get(`/api/v1/audit?entityType=interaction&entityId=${created.id}`);
    expect(audit.body.items.map((e: { action: string }) => e.action)).toEqual(['delete', 'create']);
  });

  it('keep a presentation log per account, newest first', async () => {
    const showroom = (await kam().post('/api/v1/accounts', { name: 'Vogt Anlagenbau KG' })).body;
    const guest = (await kam().post('/api/v1/contacts', { lastName: 'Gast', accountIds: [showroom.id] }))
      .body;
    const present = (occurredAt: string, presentations: object[]) =>
      log({
        accountId: showroom.id,
        kind: 'presentation',
        occurredAt,
        contactIds: [guest.id],
        presentations,
      });
    await present(daysAgo(20), [{ topic: 'Baureihe X200' }, { topic: 'Wartungsvertrag' }]);
    await present(daysAgo(3), [{ topic: 'Software-Update 4.2', feedback: 'Wollen testen' }]);
    const first = await ws.as.viewer.get(`/api/v1/accounts/${showroom.id}/presentations?limit=1`);
    expect(first.status).toBe(200);
    expect(first.body.items).toMatchObject([
      {
        topic: 'Software-Update 4.2',
        feedback: 'Wollen testen',
        visitId: null,
        contacts: [{ id: guest.id, name: 'Gast' }],
        participants: [{ id: ws.users.key_account_manager.id }],
      },
    ]);
    const rest = await ws.as.viewer.get(
      `/api/v1/accounts/${showroom.id}/presentations?cursor=${encodeURIComponent(first.body.nextCursor)}`,
    );
    expect(rest.body.items.map((p: { topic: string }) => p.topic).sort()).toEqual([
      'Baureihe X200',
      'Wartungsvertrag',
    ]);
    expect(rest.body.nextCursor).toBeNull();
    expect((await ws.as.viewer.get(`/api/v1/accounts/${otherAccount.id}/presentations`)).body.items).toEqual(
      [],
    );
  });

  it('are refused to internal colleagues and read-only for viewers', async () => {
    expect((await ws.as.internal.get('/api/v1/interactions')).status).toBe(403);
    expect((await ws.as.viewer.post('/api/v1/interactions', {})).status).toBe(403);
    const created = (await log({})).body;
    expect((await ws.as.viewer.delete(`/api/v1/interactions/${created.id}`)).status).toBe(403);
    expect((await ws.as.internal.get(`/api/v1/interactions/${created.id}`)).status).toBe(403);
  });

  it('of another workspace answer 404 and stay out of its lists', async () => {
    const created = (await log({ contactIds: [buyer.id] })).body;
    const stranger = other.as.admin;
    expect((await stranger.get(`/api/v1/interactions/${created.id}`)).status).toBe(404);
    expect(
      (await stranger.patch(`/api/v1/interactions/${created.id}`, { version: 1, summary: 'x' })).status,
    ).toBe(404);
    expect((await stranger.delete(`/api/v1/interactions/${created.id}`)).status).toBe(404);
    expect((await stranger.get(`/api/v1/accounts/${account.id}/presentations`)).status).toBe(404);
    expect((await stranger.get(`/api/v1/interactions?accountId=${account.id}`)).body.items).toEqual([]);
    expect((await stranger.get('/api/v1/interactions')).body.items).toEqual([]);
    const intoForeign = await stranger.post('/api/v1/interactions', {
      accountId: account.id,
      kind: 'call',
      occurredAt: daysAgo(1),
      summary: 'x',
    });
    expect(intoForeign.status).toBe(400);
    expect(intoForeign.body.errors[0].path).toBe('accountId');
  });
});
