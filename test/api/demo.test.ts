import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { roles } from '../../src/core/permissions.ts';
import { createDemoWorkspace } from '../../src/features/demo/demo.service.ts';
import { demoAccounts, demoPassword, demoUsers } from '../../src/features/demo/demo-data.ts';
import { createTestApp, type TestApp } from '../setup/test-app.ts';
import { signIn } from '../setup/workspace-fixture.ts';

describe('demo data', () => {
  const accounts = demoAccounts(600);

  it('is the same on every run', () => {
    expect(demoAccounts(600)).toEqual(accounts);
  });

  it('spans all industries, customer types and several regions, with German and international names', () => {
    expect(accounts.length).toBeGreaterThanOrEqual(500);
    expect(new Set(accounts.map((a) => a.input.industryKey)).size).toBe(10);
    expect(new Set(accounts.map((a) => a.input.customerType))).toEqual(
      new Set(['corporation', 'sme', 'public_sector']),
    );
    expect(new Set(accounts.map((a) => a.input.region)).size).toBeGreaterThanOrEqual(6);
    expect(accounts.filter((a) => /[äöüß]/i.test(a.input.name)).length).toBeGreaterThan(50);
    expect(
      accounts.filter((a) => !['DE', 'AT', 'CH'].includes(a.input.countryCode ?? '')).length,
    ).toBeGreaterThan(50);
    expect(accounts.filter((a) => a.parentKey).length).toBeGreaterThan(30);
    expect(Math.min(...accounts.map((a) => a.contacts.length))).toBeGreaterThanOrEqual(3);
  });

  describe('in a database', () => {
    let t: TestApp;
    beforeAll(async () => {
      t = await createTestApp();
    });
    afterAll(() => t.close());

    it('creates one user per role who can sign in, and a second run changes nothing', async () => {
      const first = await createDemoWorkspace(t.database.db, 30);
      expect(first).toMatchObject({ created: true, accounts: 30 });
      expect(new Set(demoUsers.map((u) => u.role))).toEqual(new Set(roles));
      const viewer = await signIn(t.app, 'viewer@kontor-demo.example', demoPassword);
      const listed = await viewer.get('/api/v1/accounts?limit=200');
      expect(listed.body.items).toHaveLength(30);
      expect(listed.body.items.some((a: { parent: unknown }) => a.parent)).toBe(true);
      expect((await createDemoWorkspace(t.database.db, 30)).created).toBe(false);
      expect((await viewer.get('/api/v1/accounts?limit=200')).body.items).toHaveLength(30);
    });
  });
});
