/**
 * Accounts list and search at scale: the API (HTTP handling, auth, validation, SQL,
 * serialisation; in-process via inject) against the best hand-written SQL for the same page.
 *
 *   node bench/accounts-list.ts [accounts=100000]
 *
 * Uses DATABASE_URL when set, else an embedded PostgreSQL in a temp folder.
 */
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { sql } from 'drizzle-orm';
import pg from 'pg';
import { loadConfig } from '../src/config.ts';
import { newId } from '../src/core/ids.ts';
import { foldForSearch, searchTextOf } from '../src/core/search-fold.ts';
import { connect } from '../src/db/client.ts';
import { startEmbeddedPostgres } from '../src/db/embedded.ts';
import { runMigrations } from '../src/db/migrate.ts';
import { accounts } from '../src/db/schema/index.ts';
import { demoAccounts } from '../src/demo/demo-data.ts';
import { createWorkspace } from '../src/features/platform/workspaces/workspaces.service.ts';
import { buildApp } from '../src/http/app.ts';

const count = Number(process.argv[2] ?? 100_000);
const RUNS = 40;

async function server(): Promise<{ url: string; stop: () => Promise<void> }> {
  if (process.env.DATABASE_URL) return { url: process.env.DATABASE_URL, stop: async () => undefined };
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'kontor-bench-'));
  await fs.chmod(dir, 0o755);
  const embedded = await startEmbeddedPostgres(dir);
  return {
    url: embedded.url,
    stop: async () => {
      await embedded.stop();
      await fs.rm(dir, { recursive: true, force: true });
    },
  };
}

function stats(samples: number[]) {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] as number;
  return { median: at(0.5), p95: at(0.95) };
}

async function time(run: () => Promise<unknown>) {
  for (let i = 0; i < 3; i++) await run();
  const samples: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const start = performance.now();
    await run();
    samples.push(performance.now() - start);
  }
  return stats(samples);
}

const target = await server();
const database = connect(target.url, 4);
await runMigrations(database.pool);
const { workspace } = await createWorkspace(database.db, `Bench ${Date.now()}`, {
  email: `bench-${Date.now()}@kontor.example`,
  name: 'Bench',
  role: 'admin',
  password: 'bench-password-1',
});
const email = (await database.pool.query('SELECT email FROM users WHERE workspace_id = $1', [workspace.id]))
  .rows[0].email as string;

console.log(`Loading ${count} accounts …`);
const loadStart = performance.now();
const templates = demoAccounts(Math.min(count, 5_000));
for (let offset = 0; offset < count; offset += 2_000) {
  const rows = [];
  for (let i = offset; i < Math.min(count, offset + 2_000); i++) {
    const template = templates[i % templates.length] as (typeof templates)[number];
    const name = i < templates.length ? template.input.name : `${template.input.name} ${i}`;
    rows.push({
      id: newId(),
      workspaceId: workspace.id,
      ...template.input,
      // The demo's big buyers stand in for key accounts (the demo designates its own from revenue).
      isKeyAccount: template.bigBuyer,
      keyAccountTier: template.bigBuyer ? 1 + (i % 3) : null,
      name,
      customerNumber: String(100_000 + i),
      searchText: searchTextOf([name, template.input.legalName, String(100_000 + i), template.input.city]),
      nameSort: foldForSearch(name),
    });
  }
  await database.db.insert(accounts).values(rows);
}
await database.db.execute(sql`ANALYZE accounts`);
console.log(`… loaded in ${((performance.now() - loadStart) / 1000).toFixed(1)} s`);

const app = await buildApp(database.db, { ...loadConfig({ LOG_LEVEL: 'silent' }), databaseUrl: target.url });
const login = await app.inject({
  method: 'POST',
  url: '/api/v1/auth/login',
  payload: { email, password: 'bench-password-1' },
});
const cookie = `kontor_session=${login.cookies.find((c) => c.name === 'kontor_session')?.value}`;
const api = (url: string) => app.inject({ method: 'GET', url, headers: { cookie } });

const direct = new pg.Client({ connectionString: target.url });
await direct.connect();
// The same planner settings the API uses for searches (src/db/search-condition.ts).
await direct.query('SET pg_trgm.word_similarity_threshold = 0.5');
await direct.query('SET random_page_cost = 1.1');
const ws = workspace.id;

const cases: { name: string; url: string; query: string; params: unknown[] }[] = [
  {
    name: 'first page by name',
    url: '/api/v1/accounts?limit=50',
    query:
      'SELECT * FROM accounts WHERE workspace_id = $1 AND archived_at IS NULL ORDER BY name_sort, id LIMIT 51',
    params: [ws],
  },
  {
    name: 'filter: key accounts in automotive',
    url: '/api/v1/accounts?limit=50&keyAccount=true&industry=automotive',
    query:
      "SELECT * FROM accounts WHERE workspace_id = $1 AND archived_at IS NULL AND is_key_account AND industry_key = 'automotive' ORDER BY name_sort, id LIMIT 51",
    params: [ws],
  },
  {
    name: 'search "mueller" (umlaut-free)',
    url: '/api/v1/accounts?limit=50&q=mueller',
    query: `SELECT * FROM accounts WHERE workspace_id = $1 AND archived_at IS NULL
      AND (search_text LIKE '%muller%' OR search_text %> 'muller')
      ORDER BY CASE WHEN search_text LIKE '%muller%' THEN 1 ELSE word_similarity('muller', search_text) END DESC, id DESC LIMIT 51`,
    params: [ws],
  },
  {
    name: 'search "hofman" (typo)',
    url: '/api/v1/accounts?limit=50&q=hofman',
    query:
      "SELECT * FROM accounts WHERE workspace_id = $1 AND archived_at IS NULL AND 'hofman' <% search_text ORDER BY word_similarity('hofman', search_text) DESC, id LIMIT 51",
    params: [ws],
  },
  {
    name: 'customer number "100042"',
    url: '/api/v1/accounts?limit=50&q=100042',
    query:
      "SELECT * FROM accounts WHERE workspace_id = $1 AND archived_at IS NULL AND search_text LIKE '%100042%' LIMIT 51",
    params: [ws],
  },
];

console.log(`\n| case | API median | API p95 | SQL median | ratio |`);
console.log('|---|---|---|---|---|');
for (const c of cases) {
  const response = await api(c.url);
  if (response.statusCode !== 200) throw new Error(`${c.url}: ${response.statusCode} ${response.body}`);
  const viaApi = await time(() => api(c.url));
  const viaSql = await time(() => direct.query(c.query, c.params));
  console.log(
    `| ${c.name} | ${viaApi.median.toFixed(1)} ms | ${viaApi.p95.toFixed(1)} ms | ${viaSql.median.toFixed(1)} ms | ${(viaApi.median / viaSql.median).toFixed(1)}× |`,
  );
}

let cursor: string | null = null;
let pages = 0;
const deepStart = performance.now();
do {
  const response = await api(`/api/v1/accounts?limit=200${cursor ? `&cursor=${cursor}` : ''}`);
  cursor = response.json().nextCursor;
  pages++;
} while (cursor && pages < 100);
console.log(
  `\nPaging: ${pages} pages of 200 in ${(performance.now() - deepStart).toFixed(0)} ms (${((performance.now() - deepStart) / pages).toFixed(1)} ms per page; keyset, so page 100 costs what page 1 does)`,
);

await direct.end();
await app.close();
await database.close();
await target.stop();
