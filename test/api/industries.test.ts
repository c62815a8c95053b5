import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../setup/test-app.ts';
import { type WorkspaceFixture, workspaceWithAllRoles } from '../setup/workspace-fixture.ts';

let t: TestApp;
let ws: WorkspaceFixture;

beforeAll(async () => {
  t = await createTestApp();
  ws = await workspaceWithAllRoles(t.app, t.database);
});
afterAll(() => t.close());

const industry = async (key: string) =>
  (await ws.as.head_of_sales.get('/api/v1/industries')).body.items.find(
    (item: { key: string }) => item.key === key,
  );

describe('industries', () => {
  it('starts with the domain list and takes a new industry with a unique key', async () => {
    expect(await industry('automotive')).toMatchObject({ labelDe: expect.any(String), version: 1 });
    const added = await ws.as.head_of_sales.post('/api/v1/industries', {
      key: 'medical_devices',
      labelDe: 'Medizintechnik',
      labelEn: 'Medical devices',
    });
    expect(added.status, JSON.stringify(added.body)).toBe(201);
    const again = await ws.as.head_of_sales.post('/api/v1/industries', {
      key: 'medical_devices',
      labelDe: 'Medizintechnik 2',
      labelEn: 'Medical devices 2',
    });
    expect(again.status).toBe(409);
    expect(again.body.errors[0]).toMatchObject({ path: 'key', code: 'taken' });
  });

  it('renames at the version read, and refuses a stale version without changing anything', async () => {
    const before = await industry('energy_utilities');
    const renamed = await ws.as.head_of_sales.patch('/api/v1/industries/energy_utilities', {
      labelDe: 'Energie & Wasser',
      version: before.version,
    });
    expect(renamed.status, JSON.stringify(renamed.body)).toBe(200);
    expect(renamed.body).toMatchObject({ labelDe: 'Energie & Wasser', version: before.version + 1 });

    // A second head of sales still holds the version they read before the rename.
    const stale = await ws.as.admin.patch('/api/v1/industries/energy_utilities', {
      labelDe: 'Energieversorger',
      version: before.version,
    });
    expect(stale.status).toBe(409);
    expect(stale.body.code).toBe('version_conflict');
    expect(await industry('energy_utilities')).toMatchObject({
      labelDe: 'Energie & Wasser',
      version: before.version + 1,
    });

    const withoutVersion = await ws.as.head_of_sales.patch('/api/v1/industries/energy_utilities', {
      labelDe: 'X',
    });
    expect(withoutVersion.status).toBe(400);
    expect(withoutVersion.body.errors[0].path).toBe('version');
  });

  it('archives at the version read: archived stays archived, and it is no longer offered for accounts', async () => {
    const hos = ws.as.head_of_sales;
    const before = await industry('telecommunications');
    const stale = await hos.patch('/api/v1/industries/telecommunications', {
      archived: true,
      version: before.version + 1,
    });
    expect(stale.status).toBe(409);
    expect(await industry('telecommunications')).toMatchObject({ archived: false, version: before.version });

    const archived = await hos.patch('/api/v1/industries/telecommunications', {
      archived: true,
      version: before.version,
    });
    expect(archived.body).toMatchObject({ archived: true, version: before.version + 1 });
    const again = await hos.patch('/api/v1/industries/telecommunications', {
      archived: true,
      version: before.version + 1,
    });
    expect(again.body).toMatchObject({ archived: true, version: before.version + 2 });

    const account = await hos.post('/api/v1/accounts', {
      name: 'Funk AG',
      industryKey: 'telecommunications',
    });
    expect(account.status).toBe(400);
    expect(account.body.errors[0]).toMatchObject({ path: 'industryKey', code: 'unknown_reference' });
  });
});
