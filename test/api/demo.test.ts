import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { roles } from '../../src/core/permissions.ts';
import { createDemoWorkspace, unfinishedName } from '../../src/demo/demo.service.ts';
import { demoAccounts, demoPassword, demoUsers, demoWorkspaceName } from '../../src/demo/demo-data.ts';
import { demoCustomers, revenueExport } from '../../src/demo/demo-revenue.ts';
import { createWorkspace } from '../../src/features/platform/workspaces/workspaces.service.ts';
import { createTestApp, type TestApp } from '../setup/test-app.ts';
import { testClock } from '../setup/test-clock.ts';
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
    expect(accounts.every((a) => new Set(a.contacts.map((c) => c.jobTitle)).size === a.contacts.length)).toBe(
      true,
    );
  });

  describe('revenue export', () => {
    const today = '2026-03-30';
    const customers = demoCustomers(accounts, today);
    const { file, lines } = revenueExport(customers, today);
    const rows = file.toString('utf8').split('\r\n').slice(1, -1);

    it('is the same on every run', () => {
      expect(revenueExport(demoCustomers(accounts, today), today).file.equals(file)).toBe(true);
    });

    it('is a German ERP export: BOM, semicolons, decimal comma, DD.MM.YYYY, two years up to yesterday', () => {
      expect(file.subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
      expect(file.toString('utf8').slice(1, 60)).toMatch(/^Kundennummer;Kunde;Rechnungsdatum;Belegnummer;/);
      expect(rows).toHaveLength(lines);
      const dates = rows.map((row) => row.split(';')[2] as string);
      expect(dates.every((date) => /^\d{2}\.\d{2}\.\d{4}$/.test(date))).toBe(true);
      const iso = dates.map((date) => date.split('.').reverse().join('-')).sort();
      expect(iso[0]).toBe('2024-03-29');
      expect(iso.at(-1)).toBe('2026-03-27'); // yesterday was a Sunday: the last invoice is Friday's
      expect(rows.some((row) => /;\d{1,3}(\.\d{3})+,\d{2};/.test(row))).toBe(true);
    });

    it('has credit notes, lines without cost, several product lines and a few lines in dollars', () => {
      expect(rows.filter((row) => row.includes(';GS-')).length).toBeGreaterThan(50);
      expect(rows.some((row) => /;GS-[^;]*;[^;]*;[^;]*;-\d+;-[\d.]+,\d{2};/.test(row))).toBe(true);
      expect(rows.filter((row) => row.split(';')[8] === '').length).toBeGreaterThan(100);
      expect(new Set(rows.map((row) => row.split(';')[5])).size).toBeGreaterThanOrEqual(6);
      const dollars = rows.filter((row) => row.endsWith(';USD')).length;
      expect(dollars).toBeGreaterThan(0);
      expect(dollars / rows.length).toBeLessThan(0.1);
    });

    it('is concentrated like a real portfolio: a fifth of the customers buy most, and stays small', () => {
      const revenue = customers
        .filter((c) => c.currency === 'EUR' && !c.lastDay)
        .map((c) => c.annualRevenue)
        .sort((a, b) => b - a);
      const total = revenue.reduce((sum, r) => sum + r, 0);
      const topFifth = revenue.slice(0, Math.ceil(revenue.length / 5)).reduce((sum, r) => sum + r, 0);
      expect(topFifth / total).toBeGreaterThan(0.65);
      expect((revenue[0] as number) / total).toBeLessThan(0.15);
      expect(lines).toBeLessThan(40_000);
    });
  });

  describe('in a database', () => {
    let t: TestApp;
    const options = { accounts: 40, importMaxBytes: 50 * 1024 * 1024 };
    // The seeder and the app share one morning (a Tuesday in Berlin): "today" cannot turn over
    // between seeding and reading.
    const clock = testClock('2026-03-31T07:30:00Z');
    beforeAll(async () => {
      t = await createTestApp({}, { clock });
    });
    afterAll(() => t.close());

    async function counts() {
      const tables = [
        'accounts',
        'audit_log',
        'revenue_lines',
        'interactions',
        'visits',
        'next_steps',
        'stakeholders',
      ];
      const result: Record<string, number> = {};
      for (const table of tables) {
        const { rows } = await t.database.pool.query<{ n: number }>(
          `SELECT count(*)::int AS n FROM ${table}`,
        );
        result[table] = rows[0]?.n ?? 0;
      }
      return result;
    }

    it('replaces what a killed run left, and leaves nothing behind when the revenue import fails', async () => {
      await createWorkspace(t.database.db, unfinishedName, {
        email: 'admin@kontor-demo.example',
        name: 'Left over',
        role: 'admin',
        password: demoPassword,
      });
      await expect(
        createDemoWorkspace(t.database.db, clock, { ...options, importMaxBytes: 10_000 }),
      ).rejects.toMatchObject({ code: 'payload_too_large' });
      const { rows } = await t.database.pool.query('SELECT name FROM workspaces');
      expect(rows).toEqual([]);
      expect(await counts()).toMatchObject({ accounts: 0, audit_log: 0, interactions: 0 });
      await expect(signIn(t.app, 'admin@kontor-demo.example', demoPassword)).rejects.toThrow(/401/);
    });

    it('creates users, revenue, key accounts and relationship work; a second run changes nothing', async () => {
      const first = await createDemoWorkspace(t.database.db, clock, options);
      expect(first).toMatchObject({ created: true, accounts: 40, workspaceName: demoWorkspaceName });
      expect(first.revenueLines).toBeGreaterThan(500);
      expect(new Set(demoUsers.map((u) => u.role))).toEqual(new Set(roles));

      const viewer = await signIn(t.app, 'viewer@kontor-demo.example', demoPassword);
      const listed = await viewer.get('/api/v1/accounts?limit=200');
      expect(listed.body.items).toHaveLength(40);
      expect(listed.body.items.some((a: { parent: unknown }) => a.parent)).toBe(true);

      const head = await signIn(t.app, 'vertriebsleitung@kontor-demo.example', demoPassword);
      const abc = await head.get('/api/v1/portfolio/abc?limit=200');
      expect(abc.status).toBe(200);
      const { A, B, C } = abc.body.summary.classes;
      expect([A, B, C].every((n: number) => n > 0)).toBe(true);
      expect(abc.body.items.some((row: { grossMargin: number | null }) => row.grossMargin !== null)).toBe(
        true,
      );

      const keyAccounts = (await head.get('/api/v1/portfolio/key-accounts')).body.items;
      expect(keyAccounts.length).toBeGreaterThanOrEqual(3);
      for (const keyAccount of keyAccounts) {
        expect(keyAccount.tier).not.toBeNull();
        expect(keyAccount.owner).not.toBeNull();
        expect(keyAccount.revenueCents).toBeGreaterThan(0);
      }
      const decisions = await head.get(`/api/v1/accounts/${keyAccounts[0].accountId}/key-account-decisions`);
      expect(decisions.body.items[0].reason.length).toBeGreaterThan(10);

      const matrix = await head.get('/api/v1/portfolio/matrix');
      expect(matrix.status).toBe(200);
      expect(matrix.body.previousReview).not.toBeNull();

      const kam = await signIn(t.app, 'kam@kontor-demo.example', demoPassword);
      const day = (await kam.get('/api/v1/me/day')).body;
      expect(day.visitsToday.length).toBeGreaterThan(0);
      expect(day.visitsThisWeek.length).toBeGreaterThanOrEqual(day.visitsToday.length);
      expect(day.overdueContacts.length).toBeGreaterThan(0);
      expect(day.nextSteps.overdue.length).toBeGreaterThan(0);
      expect(day.nextSteps.dueToday.length).toBeGreaterThan(0);
      const reported = await kam.get('/api/v1/visits?status=reported');
      expect(reported.body.items).toHaveLength(1);
      expect(reported.body.items[0].rating).toBe(4);

      const team = (await head.get('/api/v1/me/day?scope=team')).body.team;
      expect(team).toHaveLength(3);
      expect(team.every((row: { visitsThisWeek: number }) => row.visitsThisWeek > 0)).toBe(true);

      const am = await signIn(t.app, 'am@kontor-demo.example', demoPassword);
      expect((await am.get('/api/v1/me/day')).body.nextSteps.dueToday.length).toBeGreaterThan(0);
      const internal = await signIn(t.app, 'intern@kontor-demo.example', demoPassword);
      expect((await internal.get('/api/v1/me/day')).body.nextSteps.overdue.length).toBeGreaterThan(0);

      const before = await counts();
      const second = await createDemoWorkspace(t.database.db, clock, options);
      expect(second.created).toBe(false);
      expect(await counts()).toEqual(before);
      expect((await viewer.get('/api/v1/accounts?limit=200')).body.items).toHaveLength(40);
    });
  });
});
