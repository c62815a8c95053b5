import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { insertRevenueLine, type LineOptions } from '../setup/revenue-lines.ts';
import { createTestApp, type TestApp } from '../setup/test-app.ts';
import { type WorkspaceFixture, workspaceWithAllRoles } from '../setup/workspace-fixture.ts';

let t: TestApp;
let ws: WorkspaceFixture;
const ids: Record<string, string> = {};

const line = (account: string, date: string, euros: number, options?: LineOptions) =>
  insertRevenueLine(t.database, ws.workspaceId, ids[account] as string, date, euros, options);

beforeAll(async () => {
  t = await createTestApp();
  ws = await workspaceWithAllRoles(t.app, t.database);
  for (const [name, number] of [
    ['Alpha', '1'],
    ['Beta', '2'],
    ['Gamma', '3'],
    ['Delta', '4'],
    ['Epsilon', '5'],
    ['Zeta', '6'],
    ['Eta', '7'],
    ['Theta', '8'],
  ]) {
    const created = await ws.as.head_of_sales.post('/api/v1/accounts', {
      name: `${name} GmbH`,
      customerNumber: number,
    });
    ids[name as string] = created.body.id;
  }
  const euros: [string, number][] = [
    ['Alpha', 50],
    ['Beta', 20],
    ['Gamma', 12],
    ['Delta', 8],
    ['Epsilon', 5],
    ['Zeta', 3],
    ['Eta', 2],
  ];
  const specials: Record<string, LineOptions> = {
    Delta: { costEuros: 6 }, // a gross margin of 25 %
    Epsilon: { productLine: 'Service' },
  };
  for (const [account, amount] of euros) await line(account, '2026-03-15', amount, specials[account]);
  await line('Alpha', '2026-03-16', 10);
  await line('Alpha', '2026-03-17', -10); // a credit note
  await line('Theta', '2026-03-15', 4);
  await line('Theta', '2026-03-20', -9); // more credited than sold: negative, so C
  await line('Beta', '2025-01-01', 1_000); // before the period: the year before, Beta sold 50 times more
  await line('Gamma', '2026-03-15', 999, { currency: 'USD' }); // another currency: reported, not summed
});
afterAll(() => t.close());

const abc = (query: string) =>
  ws.as.head_of_sales.get(`/api/v1/portfolio/abc?from=2026-01-01&to=2026-12-31&${query}`);

describe('ABC analysis', () => {
  it('ranks, shares and classes the accounts of the period as docs/portfolio.md describes', async () => {
    const response = await abc('limit=100');
    expect(response.status, JSON.stringify(response.body)).toBe(200);
    const rows = response.body.items.map((row: { name: string; abcClass: string; revenueCents: number }) => [
      row.name,
      row.abcClass,
      row.revenueCents,
    ]);
    expect(rows).toEqual([
      ['Alpha GmbH', 'A', 5000],
      ['Beta GmbH', 'A', 2000],
      ['Gamma GmbH', 'A', 1200],
      ['Delta GmbH', 'B', 800],
      ['Epsilon GmbH', 'B', 500],
      ['Zeta GmbH', 'C', 300],
      ['Eta GmbH', 'C', 200],
      ['Theta GmbH', 'C', -500],
    ]);
    const { summary } = response.body;
    expect(summary).toMatchObject({ accounts: 8, positiveTotalCents: 10_000, netTotalCents: 9_500 });
    expect(summary.classes).toEqual({ A: 3, B: 2, C: 3 });
    expect(summary.concentration.top1Share).toBeCloseTo(0.5);
    expect(summary.concentration.herfindahlIndex).toBeCloseTo(2500 + 400 + 144 + 64 + 25 + 9 + 4);
    expect(summary.otherCurrencies).toEqual([{ currency: 'USD', lines: 1 }]);
    expect(response.body.items[0]).toMatchObject({
      customerNumber: '1',
      rank: 1,
      share: 0.5,
      cumulativeShare: 0.5,
      isKeyAccount: false,
      keyAccountTier: null,
    });
  });

  it('shows growth against the same period a year earlier, and the margin where cost is known', async () => {
    const { body } = await abc('limit=100');
    expect(body.previousPeriod).toEqual({ from: '2025-01-01', to: '2025-12-31' });
    const byName = Object.fromEntries(body.items.map((row: { name: string }) => [row.name, row]));
    expect(byName['Beta GmbH']).toMatchObject({
      previousRevenueCents: 100_000,
      growth: -0.98,
      grossMargin: null,
    });
    expect(byName['Alpha GmbH'].growth).toBeNull();
    expect(byName['Delta GmbH'].grossMargin).toBeCloseTo(0.25);
    expect(body.summary.paretoCurve.at(-1)).toEqual({ accountShare: 1, revenueShare: 1 });
  });

  it('breaks revenue down by product line and by industry', async () => {
    const lines = await ws.as.head_of_sales.get(
      '/api/v1/portfolio/breakdown?dimension=productLine&from=2026-01-01&to=2026-12-31',
    );
    expect(
      lines.body.items.map((g: { key: string; revenueCents: number }) => [g.key, g.revenueCents]),
    ).toEqual([
      ['Maschinen', 9000],
      ['Service', 500],
    ]);
    const industries = await ws.as.head_of_sales.get(
      '/api/v1/portfolio/breakdown?dimension=industry&from=2026-01-01&to=2026-12-31',
    );
    expect(industries.body.items).toEqual([{ key: null, accounts: 8, revenueCents: 9500, share: 1 }]);
  });

  it('exports the whole table as German CSV, numbers as Excel reads them, formulas defused', async () => {
    await ws.as.head_of_sales.patch(`/api/v1/accounts/${ids.Alpha}`, {
      version: 1,
      name: '=HYPERLINK("x") GmbH',
    });
    const response = await t.app.inject({
      method: 'GET',
      url: '/api/v1/portfolio/abc/export?from=2026-01-01&to=2026-12-31&format=csv&locale=de',
      headers: { cookie: ws.as.head_of_sales.cookie ?? '' },
    });
    expect(response.headers['content-disposition']).toContain('abc-analyse-2026-01-01-2026-12-31.csv');
    const lines = response.body
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    expect(lines[0]).toBe(
      'Rang;Kundennummer;Kunde;Umsatz;Anteil (%);Kumulierter Anteil (%);ABC-Klasse;Umsatz Vorjahr;Wachstum (%);Rohertragsmarge (%)',
    );
    expect(lines[1]).toBe(
      `1;1;'=HYPERLINK(""x"") GmbH;50,00;50,00;50,00;A;0,00;;`.replace(
        `'=HYPERLINK(""x"") GmbH`,
        `"'=HYPERLINK(""x"") GmbH"`,
      ),
    );
    expect(lines).toHaveLength(9);
  });

  it('exports XLSX with real numbers', async () => {
    const response = await t.app.inject({
      method: 'GET',
      url: '/api/v1/portfolio/abc/export?from=2026-01-01&to=2026-12-31&format=xlsx',
      headers: { cookie: ws.as.head_of_sales.cookie ?? '' },
    });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(response.rawPayload as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0];
    expect(sheet?.getRow(1).getCell(4).value).toBe('Umsatz');
    expect(sheet?.getRow(2).getCell(4).value).toBe(50);
    expect(sheet?.getRow(2).getCell(5).value).toBe(0.5);
    expect(sheet?.rowCount).toBe(9);
  });

  it('reaches every row through pages', async () => {
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const page = await abc(`limit=3${cursor ? `&cursor=${cursor}` : ''}`);
      seen.push(...page.body.items.map((row: { accountId: string }) => row.accountId));
      cursor = page.body.nextCursor;
    } while (cursor);
    expect(seen).toHaveLength(8);
    expect(new Set(seen).size).toBe(8);
  });

  it('moves the classes with configured thresholds', async () => {
    const response = await abc('a=0.5&b=0.9');
    expect(response.body.summary.classes).toEqual({ A: 1, B: 3, C: 4 });
  });

  it.each([
    ['from=2026-12-31&to=2026-01-01', 'from'],
    ['a=0.95&b=0.8', 'a'],
    ['from=2026-02-31', 'from'],
    ['cursor=garbage', 'cursor'],
  ])('refuses %s with a field error', async (query, path) => {
    const response = await ws.as.head_of_sales.get(`/api/v1/portfolio/abc?${query}`);
    expect(response.status).toBe(400);
    expect(response.body.errors.map((e: { path: string }) => e.path)).toContain(path);
  });

  it('classifies once per revenue version, shows account changes at once, and a new line at the next request', async () => {
    const snapshots = async () =>
      Number(
        (
          await t.database.db.$client.query(
            'SELECT count(*) AS n FROM abc_snapshots WHERE workspace_id = $1',
            [ws.workspaceId],
          )
        ).rows[0].n,
      );
    const march = (query = '') =>
      ws.as.head_of_sales.get(`/api/v1/portfolio/abc?from=2026-03-01&to=2026-03-31${query}`);
    expect((await march()).body.items).toHaveLength(8);
    const before = await snapshots();
    const first = await march('&limit=1');
    const second = await march(`&limit=1&cursor=${first.body.nextCursor}`);
    expect(second.body.items[0].rank).toBe(2);
    expect(await snapshots()).toBe(before); // the same question, answered from the stored classification

    const renamed = await ws.as.head_of_sales.patch(`/api/v1/accounts/${ids.Gamma}`, {
      version: (await ws.as.head_of_sales.get(`/api/v1/accounts/${ids.Gamma}`)).body.version,
      name: 'Gamma Holding GmbH',
    });
    expect(renamed.status).toBe(200);
    const gamma = (await abc('limit=10')).body.items.find(
      (row: { accountId: string }) => row.accountId === ids.Gamma,
    );
    expect(gamma.name).toBe('Gamma Holding GmbH');

    await line('Eta', '2026-04-01', 100); // Eta becomes the largest account
    const after = await abc('limit=1');
    expect(after.body.items[0]).toMatchObject({ accountId: ids.Eta, revenueCents: 10_200, abcClass: 'A' });
    // Classifications of older revenue are gone with the new version.
    const versions = await t.database.db.$client.query(
      'SELECT DISTINCT revenue_version FROM abc_snapshots WHERE workspace_id = $1',
      [ws.workspaceId],
    );
    expect(versions.rows).toHaveLength(1);
  });

  it('defaults to the twelve months up to today', async () => {
    const response = await ws.as.head_of_sales.get('/api/v1/portfolio/abc?to=2026-11-26');
    expect(response.body.period).toEqual({ from: '2025-11-27', to: '2026-11-26' });
  });
});
