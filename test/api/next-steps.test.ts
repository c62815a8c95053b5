import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dayIn } from '../../src/core/calendar-day.ts';
import { createTestApp, type TestApp } from '../setup/test-app.ts';
import { type WorkspaceFixture, workspaceWithAllRoles } from '../setup/workspace-fixture.ts';

let t: TestApp;
let ws: WorkspaceFixture;
let other: WorkspaceFixture;
let account: { id: string };

beforeAll(async () => {
  t = await createTestApp();
  ws = await workspaceWithAllRoles(t.app, t.database);
  other = await workspaceWithAllRoles(t.app, t.database, 'other');
  account = (await kam().post('/api/v1/accounts', { name: 'Hartmann Chemie AG' })).body;
});
afterAll(() => t.close());

const kam = () => ws.as.key_account_manager;
const today = () => dayIn(new Date(), 'Europe/Berlin');
const dayAfter = (day: string, days: number) =>
  new Date(Date.parse(day) + days * 86_400_000).toISOString().slice(0, 10);

function step(body: object) {
  return kam().post('/api/v1/next-steps', {
    accountId: account.id,
    title: 'Muster schicken',
    ownerId: ws.users.key_account_manager.id,
    dueOn: dayAfter(today(), 7),
    ...body,
  });
}

async function allSteps(client = kam(), query = '') {
  const items: { id: string; dueOn: string; owner: { id: string }; overdue: boolean; status: string }[] = [];
  let cursor: string | null = null;
  do {
    const page = await client.get(
      `/api/v1/next-steps?limit=2${query}${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`,
    );
    expect(page.status, JSON.stringify(page.body)).toBe(200);
    items.push(...page.body.items);
    cursor = page.body.nextCursor;
  } while (cursor);
  return items;
}

describe('next steps', () => {
  it('have an owner (an internal colleague too), a due day, an account and a status', async () => {
    const created = await step({
      ownerId: ws.users.internal.id,
      notes: 'Zwei Kanister',
      title: 'Probe liefern',
    });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    expect(created.body).toMatchObject({
      account: { id: account.id, name: 'Hartmann Chemie AG' },
      title: 'Probe liefern',
      notes: 'Zwei Kanister',
      owner: { id: ws.users.internal.id, name: 'internal user' },
      status: 'open',
      overdue: false,
      overdueDays: 0,
      interactionId: null,
      createdBy: { id: ws.users.key_account_manager.id },
      completedAt: null,
      version: 1,
    });
    expect((await ws.as.viewer.get(`/api/v1/next-steps/${created.body.id}`)).body).toEqual(created.body);
  });

  it('are overdue when open and due before today in the workspace time zone', async () => {
    const late = (await step({ dueOn: dayAfter(today(), -1), title: 'Überfällig' })).body;
    const dueToday = (await step({ dueOn: today(), title: 'Heute' })).body;
    expect(late).toMatchObject({ overdue: true, overdueDays: 1 });
    expect(dueToday).toMatchObject({ overdue: false, overdueDays: 0 });
    const overdue = await allSteps(kam(), '&overdue=true');
    expect(overdue.map((s) => s.id)).toContain(late.id);
    expect(overdue.every((s) => s.overdue)).toBe(true);
    expect((await allSteps(kam(), '&overdue=false')).map((s) => s.id)).toContain(dueToday.id);
    const done = await kam().patch(`/api/v1/next-steps/${late.id}`, { version: 1, status: 'done' });
    expect(done.body).toMatchObject({ status: 'done', overdue: false, overdueDays: 0, version: 2 });
    expect(done.body.completedAt).not.toBeNull();
    const reopened = await kam().patch(`/api/v1/next-steps/${late.id}`, { version: 2, status: 'open' });
    expect(reopened.body).toMatchObject({ overdue: true, completedAt: null });
  });

  it('are listed by due day, filtered by owner, account, status and due day, paged', async () => {
    const second = (await kam().post('/api/v1/accounts', { name: 'Zweitkunde GmbH' })).body;
    const mine = (
      await step({ accountId: second.id, dueOn: '2030-01-02', ownerId: ws.users.account_manager.id })
    ).body;
    await step({ accountId: second.id, dueOn: '2030-01-01', ownerId: ws.users.account_manager.id });
    const listed = await allSteps();
    const days = listed.map((s) => s.dueOn);
    expect(days).toEqual([...days].sort());
    expect(new Set(listed.map((s) => s.id)).size).toBe(listed.length);
    const ofAm = await allSteps(kam(), `&ownerId=${ws.users.account_manager.id}`);
    expect(ofAm.map((s) => s.dueOn)).toEqual(['2030-01-01', '2030-01-02']);
    expect((await allSteps(kam(), `&accountId=${second.id}&dueBefore=2030-01-02`)).length).toBe(1);
    await kam().patch(`/api/v1/next-steps/${mine.id}`, { version: 1, status: 'cancelled' });
    expect((await allSteps(kam(), `&accountId=${second.id}&status=cancelled`)).map((s) => s.id)).toEqual([
      mine.id,
    ]);
  });

  it('are changed with the version read', async () => {
    const created = (await step({})).body;
    const changed = await kam().patch(`/api/v1/next-steps/${created.id}`, {
      version: 1,
      title: 'Muster und Preisliste schicken',
      dueOn: '2030-05-05',
      ownerId: ws.users.head_of_sales.id,
      notes: '',
    });
    expect(changed.body).toMatchObject({
      title: 'Muster und Preisliste schicken',
      dueOn: '2030-05-05',
      owner: { id: ws.users.head_of_sales.id },
      notes: null,
      version: 2,
    });
    const stale = await kam().patch(`/api/v1/next-steps/${created.id}`, { version: 1, title: 'x' });
    expect(stale.status).toBe(409);
    expect(stale.body.code).toBe('version_conflict');
  });

  it.each([
    ['an owner of another workspace', { ownerId: 'FOREIGN_USER' }, 'ownerId'],
    ['an unknown account', { accountId: '01900000-0000-7000-8000-000000000000' }, 'accountId'],
    ['a due day that is none', { dueOn: '2026-02-30' }, 'dueOn'],
    ['no title', { title: ' ' }, 'title'],
    ['an interaction of another account', { interactionId: 'OTHER_INTERACTION' }, 'interactionId'],
  ])('refuse %s and store nothing', async (_, raw, path) => {
    const second = (await kam().post('/api/v1/accounts', { name: 'Anderer Kunde' })).body;
    const elsewhere = (
      await kam().post('/api/v1/interactions', {
        accountId: second.id,
        kind: 'call',
        occurredAt: new Date().toISOString(),
        summary: 'x',
      })
    ).body;
    const body = JSON.parse(
      JSON.stringify(raw)
        .replace('FOREIGN_USER', other.users.admin.id)
        .replace('OTHER_INTERACTION', elsewhere.id),
    );
    const before = (await allSteps()).length;
    const response = await step(body);
    expect(response.status, JSON.stringify(response.body)).toBe(400);
    expect(response.body.errors.map((e: { path: string }) => e.path)).toContain(path);
    expect((await allSteps()).length).toBe(before);
  });

  it('refuse an inactive owner', async () => {
    const gone = await ws.as.admin.post('/api/v1/users', {
      email: `gone.${Date.now()}@kontor.example`,
      name: 'Gone',
      role: 'internal',
      password: 'correct horse battery',
    });
    await ws.as.admin.patch(`/api/v1/users/${gone.body.id}`, { version: gone.body.version, active: false });
    const response = await step({ ownerId: gone.body.id });
    expect(response.status).toBe(400);
    expect(response.body.errors[0].path).toBe('ownerId');
  });

  it('are seen by an internal colleague only when assigned to them, and only their status changes', async () => {
    const theirs = (await step({ ownerId: ws.users.internal.id, title: 'Für Intern' })).body;
    const notTheirs = (await step({ title: 'Nicht für Intern' })).body;
    const internal = ws.as.internal;
    const visible = await allSteps(internal);
    expect(visible.length).toBeGreaterThan(0);
    expect(visible.every((s) => s.owner.id === ws.users.internal.id)).toBe(true);
    expect(
      (await allSteps(internal, `&ownerId=${ws.users.key_account_manager.id}`)).map((s) => s.id),
    ).not.toContain(notTheirs.id);
    expect((await internal.get(`/api/v1/next-steps/${notTheirs.id}`)).status).toBe(404);
    expect(
      (await internal.patch(`/api/v1/next-steps/${notTheirs.id}`, { version: 1, status: 'done' })).status,
    ).toBe(404);
    const retitled = await internal.patch(`/api/v1/next-steps/${theirs.id}`, { version: 1, title: 'Anders' });
    expect(retitled.status).toBe(403);
    expect(retitled.body.errors[0].path).toBe('title');
    const done = await internal.patch(`/api/v1/next-steps/${theirs.id}`, { version: 1, status: 'done' });
    expect(done.status, JSON.stringify(done.body)).toBe(200);
    expect(done.body.status).toBe('done');
    expect((await internal.post('/api/v1/next-steps', {})).status).toBe(403);
  });

  it('may be read but not changed by viewers', async () => {
    const created = (await step({})).body;
    expect((await ws.as.viewer.get(`/api/v1/next-steps/${created.id}`)).status).toBe(200);
    expect(
      (await ws.as.viewer.patch(`/api/v1/next-steps/${created.id}`, { version: 1, status: 'done' })).status,
    ).toBe(403);
  });

  it('of another workspace answer 404 and stay out of its lists', async () => {
    const created = (await step({})).body;
    const stranger = other.as.admin;
    expect((await stranger.get(`/api/v1/next-steps/${created.id}`)).status).toBe(404);
    expect(
      (await stranger.patch(`/api/v1/next-steps/${created.id}`, { version: 1, status: 'done' })).status,
    ).toBe(404);
    expect((await stranger.get('/api/v1/next-steps')).body.items).toEqual([]);
    const intoForeign = await stranger.post('/api/v1/next-steps', {
      accountId: account.id,
      title: 'x',
      ownerId: other.users.admin.id,
      dueOn: '2030-01-01',
    });
    expect(intoForeign.status).toBe(400);
    expect(intoForeign.body.errors[0].path).toBe('accountId');
  });

  it('follow the workspace time zone for "overdue"', async () => {
    const settings = (await ws.as.admin.get('/api/v1/relationship-settings')).body;
    // Far ahead of Berlin: "today" there may already be tomorrow in Berlin terms, never earlier.
    const patched = await ws.as.admin.patch('/api/v1/relationship-settings', {
      version: settings.version,
      timeZone: 'Pacific/Kiritimati',
    });
    expect(patched.status, JSON.stringify(patched.body)).toBe(200);
    const kiritimatiToday = dayIn(new Date(), 'Pacific/Kiritimati');
    const created = (await step({ dueOn: dayAfter(kiritimatiToday, -1) })).body;
    expect(created.overdue).toBe(true);
    const dueThere = (await step({ dueOn: kiritimatiToday })).body;
    expect(dueThere.overdue).toBe(false);
    await ws.as.admin.patch('/api/v1/relationship-settings', {
      version: patched.body.version,
      timeZone: 'Europe/Berlin',
    });
  });
});
