import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../setup/test-app.ts';

// The web app is built by `npm install` (prepare); these tests read what it built.
const dist = path.resolve(import.meta.dirname, '../../web/dist');
const asset = fs.readdirSync(path.join(dist, 'assets')).find((file) => file.endsWith('.js')) as string;

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const get = (url: string) => t.app.inject({ method: 'GET', url });

describe('serving the web app', () => {
  it('answers deep links with the app, never cached', async () => {
    const page = await get('/accounts/0192f000-0000-7000-8000-000000000000?q=mueller');
    expect(page.statusCode).toBe(200);
    expect(page.headers['content-type']).toContain('text/html');
    expect(page.headers['cache-control']).toBe('no-cache');
  });

  it('caches hashed assets for good', async () => {
    const file = await get(`/assets/${asset}`);
    expect(file.statusCode).toBe(200);
    expect(file.headers['cache-control']).toContain('immutable');
  });

  it('answers a missing asset (an older build) with 404, not with the app', async () => {
    const missing = await get('/assets/index-0ld8u1ld.js');
    expect(missing.statusCode).toBe(404);
    expect(missing.headers['content-type']).toContain('application/problem+json');
  });

  it('answers an unknown API path with a problem, not with the app', async () => {
    expect((await get('/api/v1/nothing-here')).statusCode).toBe(404);
  });
});
