import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../setup/test-app.ts';
import { type WorkspaceFixture, workspaceWithAllRoles } from '../setup/workspace-fixture.ts';

let t: TestApp;
let ws: WorkspaceFixture;
let acme: { id: string };
let acmeSub: { id: string };

beforeAll(async () => {
  t = await createTestApp();
  ws = await workspaceWithAllRoles(t.app, t.database);
  acme = (await ws.as.account_manager.post('/api/v1/accounts', { name: 'Schäfer Logistik GmbH' })).body;
  acmeSub = (
    await ws.as.account_manager.post('/api/v1/accounts', {
      name: 'Schäfer Polska Sp. z o.o.',
      parentId: acme.id,
    })
  ).body;
});
afterAll(() => t.close());

const am = () => ws.as.account_manager;

describe('contacts', () => {
  it('belong to one or several accounts and are listed per account', async () => {
    const created = await am().post('/api/v1/contacts', {
      firstName: 'Jürgen',
      lastName: 'Weiß',
      jobTitle: 'Leiter Einkauf',
      department: 'Einkauf',
      email: 'j.weiss@schaefer.example',
      phones: [{ label: 'Mobil', number: '+49 170 1234567' }],
      language: 'de',
      accountIds: [acme.id, acmeSub.id],
    });
    expect(created.status).toBe(201);
    expect(created.body.accounts.map((a: { id: string }) => a.id).sort()).toEqual(
      [acme.id, acmeSub.id].sort(),
    );
    for (const account of [acme, acmeSub]) {
      const listed = await am().get(`/api/v1/accounts/${account.id}/contacts`);
      expect(listed.body.items.map((c: { id: string }) => c.id)).toContain(created.body.id);
    }
    const moved = await am().patch(`/api/v1/contacts/${created.body.id}`, {
      version: 1,
      accountIds: [acmeSub.id],
    });
    expect(moved.body.accounts).toEqual([{ id: acmeSub.id, name: 'Schäfer Polska Sp. z o.o.' }]);
    expect((await am().get(`/api/v1/accounts/${acme.id}/contacts`)).body.items).toEqual([]);
  });

  it.each([
    ['weiss', 'Weiß'],
    ['juergen', 'Weiß'],
    ['einkauf', 'Weiß'],
    ['j.weiss@schaefer.example', 'Weiß'],
  ])('"%s" finds %s', async (q, lastName) => {
    const found = await am().get(`/api/v1/contacts?q=${encodeURIComponent(q)}`);
    expect(found.body.items[0]?.lastName).toBe(lastName);
  });

  it('refuses a stale version, and archives people who left', async () => {
    const contact = (await am().post('/api/v1/contacts', { lastName: 'Ehemalig', accountIds: [acme.id] }))
      .body;
    await am().patch(`/api/v1/contacts/${contact.id}`, { version: 1, jobTitle: 'CFO' });
    const stale = await am().patch(`/api/v1/contacts/${contact.id}`, { version: 1, jobTitle: 'CEO' });
    expect(stale.status).toBe(409);
    const archived = await am().post(`/api/v1/contacts/${contact.id}/archive`, { version: 2 });
    expect(archived.body.archivedAt).not.toBeNull();
    expect((await am().get('/api/v1/contacts?q=ehemalig')).body.items).toEqual([]);
    expect((await am().get('/api/v1/contacts?q=ehemalig&archived=true')).body.items[0].jobTitle).toBe('CFO');
  });

  it.each([
    ['no last name', { firstName: 'Nur' }, 'lastName'],
    ['an e-mail that is not one', { lastName: 'X', email: 'not-an-email' }, 'email'],
    [
      'an account that does not exist',
      { lastName: 'X', accountIds: ['01900000-0000-7000-8000-000000000000'] },
      'accountIds.0',
    ],
    ['a phone without number', { lastName: 'X', phones: [{ label: 'Büro', number: '' }] }, 'phones.0.number'],
  ])('refuses %s and stores nothing', async (_, body, path) => {
    const before = (await am().get('/api/v1/contacts?limit=200&archived=all')).body.items.length;
    const response = await am().post('/api/v1/contacts', body);
    expect(response.status).toBe(400);
    expect(response.body.errors.map((e: { path: string }) => e.path)).toContain(path);
    expect((await am().get('/api/v1/contacts?limit=200&archived=all')).body.items.length).toBe(before);
  });
});
