/**
 * ABC analysis at scale: `GET /api/v1/portfolio/abc` (in process via inject: session, permission,
 * zod, SQL, classification in JS, the stored classification, serialisation) against the best
 * hand-written SQL for the same answer — first page of the ranked table with rank, share,
 * cumulative share and class (and year-over-year growth and margin when the API returns them),
 * the summary (class counts, totals, top 1/5/10 shares, HHI, other currencies) — computed over
 * all accounts, in one run. The API is timed twice: as the first request after an import (a new
 * revenue version: it classifies every account and stores the result) and as any later request
 * (a page read from the stored classification), the first page and one in the middle.
 *
 *   node bench/portfolio-abc.ts [accounts=100000] [lines=5000000]
 *
 * Then it checks that both give every account the same class (the service with a limit above
 * the account count against the query without LIMIT), takes the API's time apart, and measures
 * alternatives on the same data: more work_mem, the query on a per-account monthly aggregate
 * (partial months exactly, from the lines), and pages served from a table classified once.
 * The queries are in bench/support/abc-queries.ts.
 *
 * Uses DATABASE_URL when set (needs CREATEDB), else an embedded PostgreSQL in a temp folder.
 */
import { performance } from 'node:perf_hooks';
import pg from 'pg';
import type { Auth } from '#contracts/identity.ts';
import { loadConfig } from '../src/config.ts';
import { classifyAbc } from '../src/core/abc-analysis.ts';
import { systemClock } from '../src/core/clock.ts';
import { concentrationOf } from '../src/core/concentration.ts';
import { encodeCursor } from '../src/core/cursor.ts';
import { newId } from '../src/core/ids.ts';
import { connect } from '../src/db/client.ts';
import { runMigrations } from '../src/db/migrate.ts';
import { insertSnapshot, type SnapshotRow } from '../src/features/identify/portfolio/abc-snapshots.store.ts';
import { resolvePeriod } from '../src/features/identify/portfolio/period.ts';
import { abcAnalysis, revenueChanged } from '../src/features/identify/portfolio/portfolio.service.ts';
import { createWorkspace } from '../src/features/platform/workspaces/workspaces.service.ts';
import { buildApp } from '../src/http/app.ts';
import {
  bestQuery,
  fromMonthly,
  linesSource,
  monthlyTable,
  previousOfAccounts,
  previousYear,
  splitPeriod,
} from './support/abc-queries.ts';
import { benchServer, freshDatabase, loadAverage, machine, stats } from './support/pg-server.ts';
import { fillPortfolio, type Period } from './support/portfolio-data.ts';

const accountCount = Number(process.argv[2] ?? 100_000);
const lineCount = Number(process.argv[3] ?? 5_000_000);
const WARMUPS = 1;
const RUNS = 10;
/** Alternatives and the breakdown: fewer runs, to keep the benchmark under ten minutes. */
const FEW = 5;
const fmt = (n: number, digits = 0) =>
  n.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });
const ms = (value: number) => `${fmt(value, value < 10 ? 1 : 0)} ms`;

async function time(run: () => Promise<unknown>, runs = RUNS) {
  for (let i = 0; i < WARMUPS; i++) await run();
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await run();
    samples.push(performance.now() - start);
  }
  return stats(samples);
}

// The API's default period (the twelve months up to today), passed explicitly so that every
// request and query analyses exactly the same days.
const period: Period = resolvePeriod({}, new Date().toISOString().slice(0, 10));
const previous: Period = { from: previousYear(period.from), to: previousYear(period.to) };
const thresholds = { a: 0.8, b: 0.95 };
const currency = 'EUR';
const PAGE = 100;

interface SqlRow {
  account_id: string;
  customer_number: string | null;
  name: string;
  rank: string;
  revenue: string;
  position: string;
  share: number;
  cumulative_share: number;
  abc_class: 'A' | 'B' | 'C';
  previous?: string;
  growth?: number | null;
  gross_margin?: number | null;
  accounts: string;
  positive_total: string;
  net_total: string;
  class_a: string;
  class_b: string;
  class_c: string;
  accounts_with_revenue: string;
  top1: number;
  top5: number;
  top10: number;
  hhi: number;
  other_currencies: { currency: string; lines: number }[] | null;
}

interface ApiRow {
  accountId: string;
  rank: number;
  revenueCents: number;
  share: number;
  cumulativeShare: number;
  abcClass: 'A' | 'B' | 'C';
  previousRevenueCents?: number;
  growth?: number | null;
  grossMargin?: number | null;
}

interface ApiPage {
  summary: {
    accounts: number;
    positiveTotalCents: number;
    netTotalCents: number;
    classes: { A: number; B: number; C: number };
    concentration: {
      accountsWithRevenue: number;
      top1Share: number;
      top5Share: number;
      top10Share: number;
      herfindahlIndex: number;
    };
    otherCurrencies: { currency: string; lines: number }[];
  };
  items: ApiRow[];
}

const close = (x: number | null | undefined, y: number | null | undefined) =>
  x === y ||
  (typeof x === 'number' && typeof y === 'number' && Math.abs(x - y) <= 1e-9 * Math.max(1, Math.abs(x)));

/** Every difference between the API's answer and the query's, for all accounts. */
function compare(api: ApiPage, rows: SqlRow[], withGrowth: boolean): string[] {
  const problems: string[] = [];
  const first = rows[0];
  if (!first) return ['the query returned no row'];
  const s = api.summary;
  const expectSame = (what: string, x: unknown, y: unknown) => {
    const same =
      typeof x === 'number' && typeof y === 'number' ? close(x, y) : JSON.stringify(x) === JSON.stringify(y);
    if (!same) problems.push(`${what}: API ${JSON.stringify(x)}, SQL ${JSON.stringify(y)}`);
  };
  expectSame('accounts', s.accounts, Number(first.accounts));
  expectSame('positive total', s.positiveTotalCents, Number(first.positive_total));
  expectSame('net total', s.netTotalCents, Number(first.net_total));
  expectSame('classes', s.classes, {
    A: Number(first.class_a),
    B: Number(first.class_b),
    C: Number(first.class_c),
  });
  expectSame(
    'accounts with revenue',
    s.concentration.accountsWithRevenue,
    Number(first.accounts_with_revenue),
  );
  expectSame('top 1', s.concentration.top1Share, first.top1);
  expectSame('top 5', s.concentration.top5Share, first.top5);
  expectSame('top 10', s.concentration.top10Share, first.top10);
  expectSame('HHI', s.concentration.herfindahlIndex, first.hhi);
  const currencyLines = (list: { currency: string; lines: number }[]) =>
    list.map(({ currency, lines }) => `${currency} ${lines}`);
  expectSame(
    'other currencies',
    currencyLines(s.otherCurrencies),
    currencyLines(first.other_currencies ?? []),
  );
  const byId = new Map(rows.map((row) => [row.account_id, row]));
  const tied = new Map<string, number>();
  for (const row of rows) tied.set(row.revenue, (tied.get(row.revenue) ?? 0) + 1);
  let classDiffs = 0;
  for (const item of api.items) {
    const row = byId.get(item.accountId);
    if (!row) {
      problems.push(`account ${item.accountId} is missing in the query's answer`);
      continue;
    }
    if (item.abcClass !== row.abc_class) classDiffs++;
    const where = `account ${item.accountId}`;
    if (item.rank !== Number(row.rank)) problems.push(`${where}: rank ${item.rank} vs ${row.rank}`);
    if (item.revenueCents !== Number(row.revenue)) problems.push(`${where}: revenue`);
    if (!close(item.share, row.share)) problems.push(`${where}: share`);
    // Inside a tie group the order is the name's, and JS's localeCompare may order names unlike
    // PostgreSQL's C collation; the cumulative share differs there and nowhere else.
    if ((tied.get(row.revenue) ?? 0) === 1 && !close(item.cumulativeShare, row.cumulative_share))
      problems.push(`${where}: cumulative share ${item.cumulativeShare} vs ${row.cumulative_share}`);
    if (withGrowth) {
      if (item.previousRevenueCents !== Number(row.previous)) problems.push(`${where}: previous revenue`);
      if (!close(item.growth, row.growth)) problems.push(`${where}: growth ${item.growth} vs ${row.growth}`);
      if (!close(item.grossMargin, row.gross_margin))
        problems.push(`${where}: margin ${item.grossMargin} vs ${row.gross_margin}`);
    }
  }
  if (classDiffs > 0) problems.unshift(`${classDiffs} accounts in another class`);
  if (api.items.length !== rows.length) problems.push(`API ${api.items.length} rows, SQL ${rows.length}`);
  return problems.slice(0, 20);
}

const server = await benchServer();
const target = await freshDatabase(server.url, 'abc');
const database = connect(target.url, 10);
const loadAtStart = loadAverage();
try {
  const machineLine = await machine(server.url);
  console.log(`Machine: ${machineLine}\n`);
  await runMigrations(database.pool);
  const { workspace, user } = await createWorkspace(database.db, 'Bench', {
    email: `bench-abc-${Date.now()}@kontor.example`,
    name: 'Bench',
    role: 'admin',
    password: 'bench-password-1',
  });
  const auth: Auth = {
    workspaceId: workspace.id,
    userId: user.id,
    role: 'admin',
    name: 'Bench',
    email: user.email,
    locale: 'de',
    readOnly: false,
  };

  console.log(
    `Loading ${fmt(accountCount)} accounts and ${fmt(lineCount)} revenue lines (${previous.from} … ${period.to}) …`,
  );
  const loadStart = performance.now();
  await fillPortfolio(
    database.pool,
    workspace.id,
    { accounts: accountCount, lines: lineCount },
    period,
    previous,
  );
  const shape = (
    await database.pool.query<{
      lines: string;
      in_period: string;
      accounts: string;
      heap: string;
      total: string;
    }>(
      `SELECT count(*) AS lines, count(*) FILTER (WHERE invoice_date BETWEEN $2 AND $3) AS in_period,
         count(DISTINCT account_id) AS accounts, pg_relation_size('revenue_lines') / 1000000 AS heap,
         pg_total_relation_size('revenue_lines') / 1000000 AS total
       FROM revenue_lines WHERE workspace_id = $1`,
      [workspace.id, period.from, period.to],
    )
  ).rows[0];
  console.log(
    `… loaded in ${fmt((performance.now() - loadStart) / 1000, 1)} s: ${fmt(Number(shape?.lines))} lines (${fmt(Number(shape?.in_period))} in the period), ${fmt(Number(shape?.accounts))} accounts with lines; revenue_lines ${fmt(Number(shape?.heap))} MB, with indexes ${fmt(Number(shape?.total))} MB`,
  );

  const app = await buildApp(database.db, {
    ...loadConfig({ LOG_LEVEL: 'silent' }),
    databaseUrl: target.url,
  });
  const login = await app.inject({
    method: 'POST',
    url: '/api/v1/auth/login',
    payload: { email: user.email, password: 'bench-password-1' },
  });
  const cookie = `kontor_session=${login.cookies.find((c) => c.name === 'kontor_session')?.value}`;
  const url = `/api/v1/portfolio/abc?from=${period.from}&to=${period.to}`;
  const api = async () => {
    const response = await app.inject({ method: 'GET', url, headers: { cookie } });
    if (response.statusCode !== 200) throw new Error(`${url}: ${response.statusCode} ${response.body}`);
    return response;
  };
  const service = () =>
    abcAnalysis(database.db, auth, systemClock, {
      from: period.from,
      to: period.to,
      currency,
      ...thresholds,
      limit: PAGE,
    });
  /** The first request after new revenue: the API classifies all accounts and stores the result. */
  const coldApi = async () => {
    await revenueChanged(database.db, workspace.id);
    return api();
  };
  const middle = encodeCursor({ value: Math.floor(accountCount / 2), id: workspace.id });
  const middlePage = async () => {
    const response = await app.inject({ method: 'GET', url: `${url}&cursor=${middle}`, headers: { cookie } });
    if (response.statusCode !== 200) throw new Error(`middle page: ${response.statusCode} ${response.body}`);
    return response;
  };
  const firstResponse = await api();
  const firstPage = firstResponse.json() as ApiPage;
  const withGrowth = firstPage.items[0] !== undefined && 'growth' in firstPage.items[0];
  const fromLines = linesSource();
  const params = [
    workspace.id,
    period.from,
    period.to,
    previous.from,
    previous.to,
    currency,
    thresholds.a,
    thresholds.b,
  ];
  const direct = await database.pool.connect();
  const query = (text: string) => direct.query<SqlRow>(text, params);

  // ---- Same answer? All accounts: the service with a limit above the row count, the query without one.
  console.log('Checking …');
  const everything = (await abcAnalysis(database.db, auth, systemClock, {
    from: period.from,
    to: period.to,
    currency,
    ...thresholds,
    limit: accountCount + 1,
  })) as unknown as ApiPage;
  const allRows = (await query(bestQuery(fromLines, withGrowth, null))).rows;
  const problems = compare(everything, allRows, withGrowth);
  const pageRows = (await query(bestQuery(fromLines, withGrowth, PAGE))).rows;
  if (firstPage.items.some((item, i) => item.accountId !== pageRows[i]?.account_id))
    problems.push('the first page differs');
  const classes = firstPage.summary.classes;
  const check =
    problems.length === 0
      ? `same classes for all ${fmt(allRows.length)} accounts (A ${fmt(classes.A)}, B ${fmt(classes.B)}, C ${fmt(classes.C)}); ranks, revenue, shares, cumulative shares, totals, top 1/5/10, HHI, other currencies${withGrowth ? ', previous revenue, growth and margin' : ''} equal; same first page`
      : `DIFFERENT: ${problems.join('; ')}`;
  console.log(`Check: ${check}`);

  // ---- The comparison, with the server's settings for both.
  console.log('Timing …');
  const viaApi = await time(coldApi);
  const viaApiStored = await time(api);
  const viaApiMiddle = await time(middlePage);
  const viaSql = await time(() => query(bestQuery(fromLines, withGrowth, PAGE)));

  // ---- Where the API's time goes.
  console.log('Breakdown …');
  // The statements the service sends (on pooled clients, in its transaction), captured, then timed
  // alone and explained.
  const captured: { text: string; values: unknown[] }[] = [];
  const clientProto = pg.Client.prototype as unknown as { query: (...args: unknown[]) => Promise<unknown> };
  const originalQuery = clientProto.query;
  clientProto.query = function (this: unknown, ...args: unknown[]) {
    const [config, values] = args as [string | { text: string; values?: unknown[] }, unknown[] | undefined];
    const text = typeof config === 'string' ? config : config.text;
    if (text.includes('revenue_lines'))
      captured.push({ text, values: values ?? (typeof config === 'string' ? [] : (config.values ?? [])) });
    return originalQuery.apply(this, args);
  };
  await revenueChanged(database.db, workspace.id);
  await service();
  clientProto.query = originalQuery;
  const statements: { label: string; rows: number; alone: ReturnType<typeof stats>; execution: number }[] =
    [];
  for (const statement of captured) {
    const result = await direct.query(statement.text, statement.values);
    const alone = await time(() => direct.query(statement.text, statement.values), FEW);
    const explained = await direct.query<{ 'QUERY PLAN': { 'Execution Time': number }[] }>(
      `EXPLAIN (ANALYZE, FORMAT JSON) ${statement.text}`,
      statement.values,
    );
    const label = statement.text.includes('AS previous')
      ? 'revenue per account in the period and the year before (one scan), with names'
      : statement.text.includes('currency <>')
        ? 'lines in other currencies (a third scan)'
        : statement.text.replace(/\s+/g, ' ').trim().slice(0, 60);
    statements.push({
      label,
      rows: result.rowCount ?? 0,
      alone,
      execution: explained.rows[0]?.['QUERY PLAN'][0]?.['Execution Time'] ?? Number.NaN,
    });
  }
  // The JS steps of the service on the real rows: sort by folded name with localeCompare (for
  // stable pages), classifyAbc (sorts again), concentrationOf (sorts again).
  const names = await direct.query<{ account_id: string; name_sort: string; revenue: string }>(
    `SELECT a.id AS account_id, a.name_sort, r.revenue FROM (
       SELECT account_id, sum(net_revenue_cents) AS revenue FROM revenue_lines
       WHERE workspace_id = $1 AND currency = $2 AND invoice_date BETWEEN $3 AND $4 GROUP BY account_id) r
     JOIN accounts a ON a.id = r.account_id`,
    [workspace.id, currency, period.from, period.to],
  );
  const rowsForJs = names.rows.map((row) => ({
    accountId: row.account_id,
    nameSort: row.name_sort,
    revenueCents: Number(row.revenue),
  }));
  const jsSort = await time(
    async () =>
      [...rowsForJs].sort(
        (x, y) => x.nameSort.localeCompare(y.nameSort) || x.accountId.localeCompare(y.accountId),
      ),
    FEW,
  );
  const classify = await time(
    async () =>
      classifyAbc(
        rowsForJs.map(({ accountId, revenueCents }) => ({ accountId, revenue: revenueCents })),
        thresholds,
      ),
    FEW,
  );
  const concentration = await time(
    async () => concentrationOf(rowsForJs.map((row) => row.revenueCents)),
    FEW,
  );

  // Storing the classification: its rows in one INSERT from arrays (rolled back here).
  const snapshotRows: SnapshotRow[] = everything.items.map((item) => ({
    ...item,
    previousRevenueCents: item.previousRevenueCents ?? 0,
    costedRevenueCents: 0,
    costOfGoodsCents: null,
  }));
  const storing = await time(
    () =>
      database.db
        .transaction(async (tx) => {
          const key = { period, currency, thresholds };
          const snapshot = { id: newId(), workspaceId: workspace.id, version: -1, key, summary: {} };
          await insertSnapshot(tx, snapshot, snapshotRows);
          tx.rollback();
        })
        .catch(() => undefined),
    FEW,
  );

  // ---- Alternatives on the same data (bench tables only; src/ is untouched).
  console.log('Alternatives …');
  await direct.query(`SET work_mem = '64MB'`);
  const sqlMoreMemory = await time(() => query(bestQuery(fromLines, withGrowth, PAGE)), FEW);
  const aggregateStart = performance.now();
  await direct.query(`SET maintenance_work_mem = '512MB'`);
  await direct.query(monthlyTable);
  await direct.query(
    'ALTER TABLE bench_revenue_monthly ADD PRIMARY KEY (workspace_id, month, account_id, currency)',
  );
  await direct.query('VACUUM ANALYZE bench_revenue_monthly');
  const aggregateMs = performance.now() - aggregateStart;
  const aggregateShape = (
    await direct.query<{ rows: string; mb: string }>(
      `SELECT count(*) AS rows, pg_total_relation_size('bench_revenue_monthly') / 1000000 AS mb FROM bench_revenue_monthly`,
    )
  ).rows[0];
  const monthly = fromMonthly(period, previous);
  const monthlyProblems = compare(
    everything,
    (await query(bestQuery(monthly, withGrowth, null))).rows,
    withGrowth,
  );
  const viaMonthly = await time(() => query(bestQuery(monthly, withGrowth, PAGE)), FEW);
  // Growth is shown per row: the earlier period is needed for the page's 100 accounts only.
  const pageWithGrowth = async (source: string) => {
    const rows = (await query(bestQuery(source, true, PAGE))).rows;
    const earlier = await direct.query<{ account_id: string; previous: string }>(previousOfAccounts, [
      workspace.id,
      currency,
      rows.map((row) => row.account_id),
      previous.from,
      previous.to,
    ]);
    const byAccount = new Map(earlier.rows.map((row) => [row.account_id, Number(row.previous)]));
    for (const row of rows) {
      const before = byAccount.get(row.account_id) ?? 0;
      row.previous = String(before);
      row.growth = before > 0 ? (Number(row.revenue) - before) / before : null;
    }
    return rows;
  };
  const currentLines = linesSource(false);
  const currentMonthly = fromMonthly(period, previous, false);
  const pageGrowthProblems = [
    ...compare(firstPage, await pageWithGrowth(currentLines), withGrowth),
    ...compare(firstPage, await pageWithGrowth(currentMonthly), withGrowth),
  ];
  const viaPageGrowth = await time(() => pageWithGrowth(currentLines), FEW);
  const viaMonthlyPageGrowth = await time(() => pageWithGrowth(currentMonthly), FEW);
  await direct.query('DROP TABLE bench_revenue_monthly');
  await direct.query('RESET work_mem');
  direct.release();
  await app.close();

  // ---- Report
  const ratio = (x: number, y: number) => `${fmt(x / y, 1)}×`;
  const edges = [...splitPeriod(period).edges, ...splitPeriod(previous).edges];
  const out = [
    `${fmt(accountCount)} accounts, ${fmt(lineCount)} revenue lines in date order over two years (${fmt(Number(shape?.in_period))} in the analysed period ${period.from} … ${period.to}, the rest in the year before${withGrowth ? ', which the API reads for growth' : ''}); revenue_lines ${fmt(Number(shape?.heap))} MB (${fmt(Number(shape?.total))} MB with indexes). Default thresholds (80 % / 95 %), first page (${PAGE} rows), the server’s settings for API and SQL alike. Medians and p95 of ${RUNS} runs after ${WARMUPS} warm-up (alternatives and breakdown: ${FEW} runs). Load average before the run ${loadAtStart.toFixed(2)}${loadAtStart > 1.5 ? ' — **the machine was busy with other work: the figures are noisy**' : ''}.`,
    '',
    `Check: ${check}.`,
    '',
    '| what | median | p95 | vs best SQL |',
    '| --- | ---: | ---: | ---: |',
    `| **API**, first request after an import: classifies all accounts and stores the classification | **${ms(viaApi.median)}** | ${ms(viaApi.p95)} | **${ratio(viaApi.median, viaSql.median)}** |`,
    `| **API**, any later request: the first page from the stored classification | **${ms(viaApiStored.median)}** | ${ms(viaApiStored.p95)} | **${ratio(viaApiStored.median, viaSql.median)}** |`,
    `| **API**, any later request: a page in the middle (position ${fmt(Math.floor(accountCount / 2))}) | ${ms(viaApiMiddle.median)} | ${ms(viaApiMiddle.p95)} | ${ratio(viaApiMiddle.median, viaSql.median)} |`,
    `| **best SQL**: one scan of the lines for both periods and all currencies, classification, shares and concentration with window functions, first page + summary | **${ms(viaSql.median)}** | ${ms(viaSql.p95)} | 1.0× |`,
    '',
    'Where the first request’s time goes (its statements on revenue_lines as captured from the pool, each timed alone; “in PostgreSQL” is EXPLAIN ANALYZE’s execution time; the service runs them one after the other in its transaction, then stores the classification):',
    '',
    '| part | median | in PostgreSQL | rows to Node |',
    '| --- | ---: | ---: | ---: |',
    ...statements.map(
      (s) => `| SQL: ${s.label} | ${ms(s.alone.median)} | ${ms(s.execution)} | ${fmt(s.rows)} |`,
    ),
    `| JS: sort ${fmt(rowsForJs.length)} rows by name with localeCompare | ${ms(jsSort.median)} | – | – |`,
    `| JS: classifyAbc (sorts again) | ${ms(classify.median)} | – | – |`,
    `| JS: concentrationOf (sorts again) | ${ms(concentration.median)} | – | – |`,
    `| SQL: store the classification (${fmt(snapshotRows.length)} rows) | ${ms(storing.median)} | – | – |`,
    `| the response (100 rows, summary, Pareto curve) | – | – | ${fmt(firstResponse.rawPayload.length / 1000)} kB |`,
    '',
    `Alternatives (same answer: ${monthlyProblems.length === 0 ? 'the monthly aggregate checked for all accounts' : `monthly aggregate DIFFERENT: ${monthlyProblems.join('; ')}`}; the page-growth variants checked against the API’s first page and summary${pageGrowthProblems.length === 0 ? '' : `: DIFFERENT: ${pageGrowthProblems.join('; ')}`}):`,
    '',
    '| alternative for the first request | median | p95 | vs API |',
    '| --- | ---: | ---: | ---: |',
    `| best SQL with \`work_mem = 64MB\` (no spill to disk in the aggregation and the sorts) | ${ms(sqlMoreMemory.median)} | ${ms(sqlMoreMemory.p95)} | ${ratio(sqlMoreMemory.median, viaApi.median)} |`,
    `| best SQL on a per-account monthly aggregate + the lines of the partial months (${edges.map((e) => `${e.from}…${e.to}`).join(', ')}), work_mem 64MB | ${ms(viaMonthly.median)} | ${ms(viaMonthly.p95)} | ${ratio(viaMonthly.median, viaApi.median)} |`,
    `| best SQL on the lines of the analysed period only, + the earlier period for the page’s ${PAGE} accounts (second query, through the primary key), work_mem 64MB | ${ms(viaPageGrowth.median)} | ${ms(viaPageGrowth.p95)} | ${ratio(viaPageGrowth.median, viaApi.median)} |`,
    `| the same on the monthly aggregate: **proposed** | **${ms(viaMonthlyPageGrowth.median)}** | ${ms(viaMonthlyPageGrowth.p95)} | ${ratio(viaMonthlyPageGrowth.median, viaApi.median)} |`,
    '',
    `Monthly aggregate: ${fmt(Number(aggregateShape?.rows))} rows for ${fmt(lineCount)} lines (${fmt(Number(aggregateShape?.mb))} MB), built in ${fmt(aggregateMs / 1000, 1)} s.`,
  ];
  console.log(`\n${out.join('\n')}`);
} finally {
  await database.close();
  await target.drop();
  await server.stop();
}
