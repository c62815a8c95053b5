import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../setup/test-app.ts';
import { type TestClock, testClock } from '../setup/test-clock.ts';
import { type WorkspaceFixture, workspaceWithAllRoles } from '../setup/workspace-fixture.ts';

let t: TestApp;
let ws: WorkspaceFixture;
const clock: TestClock = testClock('2026-03-02T09:00:00.000Z');

beforeAll(async () => {
  t = await createTestApp({}, { clock });
  ws = await workspaceWithAllRoles(t.app, t.database);
});
afterAll(() => t.close());

/** Every kind of record that is archived with a moment instead of deleted. */
const archivables = [
  { kind: 'account', path: '/api/v1/accounts', create: { name: 'Archivprobe GmbH' } },
  { kind: 'contact', path: '/api/v1/contacts', create: { lastName: 'Archivprobe' } },
];

describe.each(archivables)('archiving: $kind', ({ kind, path, create }) => {
  const hos = () => ws.as.head_of_sales;
  const newRecord = async () => (await hos().post(path, create)).body as { id: string };

  it('keeps the moment it was first archived when archived again; restoring clears it', async () => {
    const { id } = await newRecord();
    clock.set('2026-03-02T09:00:00.000Z');
    const first = await hos().post(`${path}/${id}/archive`, { version: 1 });
    expect(first.status, JSON.stringify(first.body)).toBe(200);
    expect(first.body.archivedAt).toBe('2026-03-02T09:00:00.000Z');

    clock.set('2026-03-05T14:30:00.000Z');
    const again = await hos().post(`${path}/${id}/archive`, { version: 2 });
    expect(again.status).toBe(200);
    expect(again.body).toMatchObject({ archivedAt: '2026-03-02T09:00:00.000Z', version: 3 });

    const restored = await hos().post(`${path}/${id}/restore`, { version: 3 });
    expect(restored.body).toMatchObject({ archivedAt: null, version: 4 });
    const audit = await ws.as.admin.get(`/api/v1/audit?entityType=${kind}&entityId=${id}`);
    expect(audit.body.items.map((entry: { action: string }) => entry.action)).toEqual([
      'restore',
      'archive',
      'archive',
      'create',
    ]);
  });

  it('refuses to archive at a stale version and changes nothing', async () => {
    const { id } = await newRecord();
    const stale = await hos().post(`${path}/${id}/archive`, { version: 2 });
    expect(stale.status).toBe(409);
    expect(stale.body.code).toBe('version_conflict');
    expect((await hos().get(`${path}/${id}`)).body).toMatchObject({ archivedAt: null, version: 1 });
  });
});
