import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../setup/test-app.ts';
import { type WorkspaceFixture, workspaceWithAllRoles } from '../setup/workspace-fixture.ts';

/** Input PostgreSQL cannot take answers 400 with the field, never 500; races on a unique key 409. */

let t: TestApp;
let ws: WorkspaceFixture;
beforeAll(async () => {
  t = await createTestApp();
  ws = await workspaceWithAllRoles(t.app, t.database);
});
afterAll(() => t.close());

const kam = () => ws.as.key_account_manager;

describe('a NUL character', () => {
  it('in a body field is refused with that field named, and nothing is stored', async () => {
    const answer = await kam().post('/api/v1/accounts', { name: 'Müller\u0000 GmbH', city: 'Köln' });
    expect(answer.status, JSON.stringify(answer.body)).toBe(400);
    expect(answer.body.errors).toEqual([
      expect.objectContaining({ path: 'name', code: 'control_character' }),
    ]);
    expect((await kam().get('/api/v1/accounts?q=Müller')).body.items).toEqual([]);
  });

  it('in a nested field, a query parameter or a path segment is refused too', async () => {
    const nested = await kam().post('/api/v1/contacts', {
      firstName: 'Anna',
      lastName: 'Berg',
      phones: [{ label: 'mobil', number: '0171\u00001234' }],
    });
    expect(nested.status).toBe(400);
    expect(nested.body.errors[0]).toMatchObject({ path: 'phones.0.number', code: 'control_character' });
    const query = await kam().get('/api/v1/accounts?q=abc%00def');
    expect(query.status).toBe(400);
    expect(query.body.errors[0]).toMatchObject({ path: 'q', code: 'control_character' });
    const segment = await kam().get('/api/v1/accounts/abc%00');
    expect(segment.status).toBe(400);
  });
});

describe('dates outside 1900–2200', () => {
  it('are refused by every date field of the API, naming it', async () => {
    for (const url of [
      '/api/v1/portfolio/abc?from=0099-01-01&to=0099-12-31',
      '/api/v1/portfolio/key-accounts?from=0001-01-01&to=0001-12-31',
      '/api/v1/next-steps?dueBefore=0999-01-01',
    ]) {
      const answer = await ws.as.head_of_sales.get(url);
      expect(answer.status, `${url}: ${JSON.stringify(answer.body)}`).toBe(400);
      expect(answer.body.code).toBe('validation_failed');
    }
    const account = (await kam().post('/api/v1/accounts', { name: 'Termintreu AG' })).body;
    const step = await kam().post('/api/v1/next-steps', {
      accountId: account.id,
      title: 'Anrufen',
      ownerId: ws.users.key_account_manager.id,
      dueOn: '2201-01-01',
    });
    expect(step.status).toBe(400);
    expect(step.body.errors.map((error: { path: string }) => error.path)).toEqual(['dueOn']);
  });
});

describe('a race on a unique key', () => {
  it('answers 409 naming the field for every loser, never 500', async () => {
    const answers = await Promise.all(
      Array.from({ length: 30 }, (_, n) =>
        kam().post('/api/v1/accounts', { name: `Rennen ${n}`, customerNumber: 'K-4711' }),
      ),
    );
    const statuses = answers.map((answer) => answer.status);
    expect(statuses.filter((status) => status === 201)).toHaveLength(1);
    for (const answer of answers.filter((candidate) => candidate.status !== 201)) {
      expect(answer.status, JSON.stringify(answer.body)).toBe(409);
      expect(answer.body.errors).toEqual([
        expect.objectContaining({ path: 'customerNumber', code: 'taken' }),
      ]);
    }
  });

  it('on industries answers 409 too', async () => {
    const answers = await Promise.all(
      Array.from({ length: 20 }, () =>
        ws.as.admin.post('/api/v1/industries', {
          key: 'raumfahrt',
          labelDe: 'Raumfahrt',
          labelEn: 'Aerospace',
        }),
      ),
    );
    const statuses = answers.map((answer) => answer.status).sort();
    expect(
      statuses.filter((status) => status === 201),
      statuses.join(),
    ).toHaveLength(1);
    expect(
      statuses.every((status) => status === 201 || status === 409),
      statuses.join(),
    ).toBe(true);
  });
});
