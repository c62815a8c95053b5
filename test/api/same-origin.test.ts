import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../setup/test-app.ts';
import { type WorkspaceFixture, workspaceWithAllRoles } from '../setup/workspace-fixture.ts';

/** CSRF: a change made with the session cookie must come from Kontor's own pages. */

let t: TestApp;
let ws: WorkspaceFixture;
let token: string;
beforeAll(async () => {
  t = await createTestApp({ KONTOR_PUBLIC_URL: 'https://kontor.example.com' });
  ws = await workspaceWithAllRoles(t.app, t.database);
  token = (
    await ws.as.key_account_manager.post('/api/v1/me/tokens', { name: 'ERP', scopes: ['read', 'write'] })
  ).body.token;
});
afterAll(() => t.close());

const createAccount = (name: string, headers: Record<string, string>) =>
  t.app.inject({
    method: 'POST',
    url: '/api/v1/accounts',
    headers: { 'content-type': 'application/json', ...headers },
    payload: { name },
  });
const cookie = () => ws.as.key_account_manager.cookie ?? '';

describe('a change with the session cookie', () => {
  it.each([
    ['says it comes from another site', { 'sec-fetch-site': 'cross-site' }],
    ['says it comes from a sibling site', { 'sec-fetch-site': 'same-site' }],
    ['names a foreign origin', { origin: 'https://evil.example' }],
    ['names no origin at all', {}],
    ['names the opaque origin of a sandboxed page', { origin: 'null' }],
  ])('is refused when it %s, and changes nothing', async (_, headers) => {
    const answer = await createAccount('Fremd GmbH', { cookie: cookie(), ...headers });
    expect(answer.statusCode).toBe(403);
    expect(answer.json().code).toBe('forbidden');
    const found = await ws.as.key_account_manager.get('/api/v1/accounts?q=Fremd');
    expect(found.body.items).toEqual([]);
  });

  it.each([
    ['says same-origin', { 'sec-fetch-site': 'same-origin' }],
    ['names the server as its origin', { origin: 'http://localhost' }],
    ['names KONTOR_PUBLIC_URL as its origin', { origin: 'https://kontor.example.com' }],
  ])('is taken when it %s', async (label, headers) => {
    const answer = await createAccount(`Eigen ${label}`, { cookie: cookie(), ...headers });
    expect(answer.statusCode, answer.body).toBe(201);
  });

  it('is not needed to read', async () => {
    const answer = await t.app.inject({
      method: 'GET',
      url: '/api/v1/accounts',
      headers: { cookie: cookie(), 'sec-fetch-site': 'cross-site' },
    });
    expect(answer.statusCode).toBe(200);
  });
});

describe('a change with an API token', () => {
  it('needs no origin: it carries no credential the browser adds by itself', async () => {
    const answer = await createAccount('Skript GmbH', { authorization: `Bearer ${token}` });
    expect(answer.statusCode, answer.body).toBe(201);
  });
});
