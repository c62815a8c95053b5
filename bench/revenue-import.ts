/**
 * Revenue import at scale: a generated German ERP export (Windows-1252, `;`, decimal comma,
 * DD.MM.YYYY) through the real import path — uploadRevenueFile → startValidation(wait) →
 * startCommit({ createAccounts: true }, wait), as `kontor import revenue` runs it — against
 * PostgreSQL's COPY of the same rows into a bare table on the same server, in one run.
 *
 *   node bench/revenue-import.ts [lines=1000000]
 *
 * The import runs in a child process of its own (bench/support/import-child.ts), so that its
 * peak RSS is the import's; it runs at lines/4 and at lines to show whether memory grows with
 * the file. Meanwhile this process samples pg_stat_activity every 100 ms to tell which statement
 * the database works on (and whether it waits for Node). Afterwards the commit's
 * INSERT … SELECT is re-run under EXPLAIN ANALYZE into empty copies of revenue_lines (the
 * current design, the one before, no index at all) to see where its time goes.
 *
 * Uses DATABASE_URL when set (needs CREATEDB), else an embedded PostgreSQL in a temp folder.
 * Generated files and databases are removed at the end.
 */
import { spawn } from 'node:child_process';
import { createReadStream, createWriteStream } from 'node:fs';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import readline from 'node:readline';
import { Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { fileURLToPath } from 'node:url';
import v8 from 'node:v8';
import vm from 'node:vm';
import pg from 'pg';
import { from as copyFrom, to as copyTo } from 'pg-copy-streams';
import { connect } from '../src/db/client.ts';
import { runMigrations } from '../src/db/migrate.ts';
import { inspectFile, readRevenueBatches } from '../src/features/identify/imports/parsing/index.ts';
import { insertStagedLines, stageLines } from '../src/features/identify/imports/staged-lines.ts';
import { createWorkspace } from '../src/features/platform/workspaces/workspaces.service.ts';
import { type GeneratedExport, generateExport, plainColumns } from './support/german-revenue-csv.ts';
import { type BenchDatabase, benchServer, freshDatabase, loadAverage, machine } from './support/pg-server.ts';

const lines = Number(process.argv[2] ?? 1_000_000);
const sizes = [Math.round(lines / 4), lines];
const COPY_RUNS = 3;
const here = path.dirname(fileURLToPath(import.meta.url));

const MB = 1_000_000;
const fmt = (n: number, digits = 0) =>
  n.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });
const seconds = (ms: number) => `${fmt(ms / 1000, 1)} s`;
const perSecond = (rows: number, ms: number) => fmt(rows / (ms / 1000));

interface Phase {
  ms: number;
  cpuMs: number;
  peakRssMiB: number;
  peakHeapMiB: number;
  liveHeapAfterMiB: number;
}
interface ChildResult {
  importId: string;
  fileSize: number;
  baselineRssMiB: number;
  baselineHeapMiB: number;
  maxRssMiB: number;
  phases: Record<'upload' | 'validate' | 'commit', Phase>;
  rows: number;
  acceptedRows: number;
  rejectedRows: number;
  customers: number;
  commit: { stagedLines: number; insertedLines: number; duplicateLines: number; accountsCreated: number };
}

/** What the database was doing, per import step: seconds per statement kind. */
type Activity = Record<string, Record<string, number>>;

function statementKind(query: string, waitEvent: string | null): string {
  const q = query.trimStart();
  let kind = 'other';
  if (/^insert into "import_chunks"/i.test(q)) kind = 'store file chunks';
  else if (/from "import_chunks"/i.test(q)) kind = 'read file chunks';
  else if (/^COPY import_lines/i.test(q)) kind = 'COPY into import_lines (staging)';
  else if (/^DELETE FROM import_lines/i.test(q)) kind = 'delete the staged lines';
  else if (/^ANALYZE/i.test(q)) kind = 'ANALYZE';
  else if (/^INSERT INTO revenue_lines/i.test(q)) kind = 'INSERT revenue_lines … SELECT';
  else if (/^insert into "accounts"/i.test(q)) kind = 'create accounts';
  else if (/^insert into "audit_log"/i.test(q)) kind = 'audit entries';
  else if (/min\(row_no\)/i.test(q)) kind = 'find unknown customers';
  else if (/accounts/i.test(q) && /customer_number/i.test(q)) kind = 'unknown customer numbers';
  else if (/^update "imports"/i.test(q)) kind = 'progress/status';
  return waitEvent === 'ClientRead' ? `${kind} (waiting for Node)` : kind;
}

async function copyFile(client: pg.Client, statement: string, file: string) {
  await pipeline(createReadStream(file), client.query(copyFrom(statement)));
}

async function importOnce(serverUrl: string, size: number, file: string, keep: boolean) {
  const target = await freshDatabase(serverUrl, `import${size}`);
  try {
    return await measureImport(target, file, keep);
  } catch (error) {
    await target.drop().catch(() => undefined);
    throw error;
  }
}

async function measureImport(target: BenchDatabase, file: string, keep: boolean) {
  const database = connect(target.url, 2);
  await runMigrations(database.pool);
  const { workspace, user } = await createWorkspace(database.db, 'Bench', {
    email: `bench-import-${Date.now()}@kontor.example`,
    name: 'Bench',
    role: 'admin',
    password: 'bench-password-1',
  });
  await database.pool.query('CHECKPOINT');

  const activity: Activity = {};
  let phase = 'start';
  let sampling = true;
  const monitor = new pg.Client({ connectionString: target.url });
  await monitor.connect();
  const sampler = (async () => {
    let last = performance.now();
    while (sampling) {
      const { rows } = await monitor.query<{ query: string; wait_event: string | null }>(
        `SELECT query, wait_event FROM pg_stat_activity
         WHERE datname = current_database() AND pid <> pg_backend_pid() AND state = 'active'
           AND backend_type = 'client backend'`,
      );
      const now = performance.now();
      const step = (now - last) / 1000;
      last = now;
      const bucket = activity[phase] ?? {};
      activity[phase] = bucket;
      const kinds =
        rows.length === 0
          ? ['(no statement running: Node works)']
          : rows.map((row) => statementKind(row.query, row.wait_event));
      for (const kind of kinds) bucket[kind] = (bucket[kind] ?? 0) + step / kinds.length;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  })();

  const child = spawn(
    process.execPath,
    [path.join(here, 'support/import-child.ts'), target.url, workspace.id, user.id, file],
    { stdio: ['ignore', 'pipe', 'inherit'] },
  );
  let result: ChildResult | undefined;
  for await (const line of readline.createInterface({ input: child.stdout })) {
    const message = JSON.parse(line) as { phase?: string; result?: ChildResult };
    if (message.phase) phase = message.phase;
    if (message.result) result = message.result;
  }
  const code = await new Promise<number | null>((resolve) => child.once('close', resolve));
  sampling = false;
  await sampler;
  await monitor.end();
  if (code !== 0 || !result) throw new Error(`the import child failed (exit code ${code})`);

  const stored = await database.pool.query<{ currency: string; lines: string; net: string }>(
    `SELECT currency, count(*) AS lines, sum(net_revenue_cents) AS net FROM revenue_lines
     WHERE workspace_id = $1 GROUP BY currency`,
    [workspace.id],
  );
  const accounts = await database.pool.query<{ n: string }>(
    'SELECT count(*) AS n FROM accounts WHERE workspace_id = $1',
    [workspace.id],
  );
  const sizes = await database.pool.query<{ relname: string; bytes: string }>(
    `SELECT c.relname, pg_relation_size(c.oid) AS bytes FROM pg_class c
     WHERE c.relname = 'revenue_lines' OR c.oid IN (SELECT indexrelid FROM pg_index WHERE indrelid = 'revenue_lines'::regclass)
     ORDER BY 2 DESC`,
  );
  await database.close();
  if (!keep) await target.drop();
  return {
    target,
    relationSizes: sizes.rows.map((row) => ({ name: row.relname, bytes: Number(row.bytes) })),
    workspaceId: workspace.id,
    result,
    activity,
    stored: Object.fromEntries(
      stored.rows.map((row) => [row.currency, { lines: Number(row.lines), net: Number(row.net) }]),
    ),
    accounts: Number(accounts.rows[0]?.n),
  };
}

/**
 * V8 limits for the capped runs. The old space at 128 MB: what the import needs live, not what V8
 * lets grow. The young generation at 2 × 16 MB: on this machine V8 lets it grow to 2 × 64 MB
 * while modules load and keeps it, the biggest part of the ~230 MiB RSS before any import.
 */
const V8_CAPS = ['--max-old-space-size=128', '--max-semi-space-size=16'];

/**
 * The same import in a child whose V8 heap is capped: it passes if what the import keeps
 * reachable fits, and fails with "heap out of memory" if the import holds on to the file.
 */
async function cappedImport(serverUrl: string, size: number, file: string) {
  const target = await freshDatabase(serverUrl, `capped${size}`);
  const database = connect(target.url, 2);
  try {
    await runMigrations(database.pool);
    const { workspace, user } = await createWorkspace(database.db, 'Bench', {
      email: `bench-capped-${Date.now()}@kontor.example`,
      name: 'Bench',
      role: 'admin',
      password: 'bench-password-1',
    });
    const child = spawn(
      process.execPath,
      [...V8_CAPS, path.join(here, 'support/import-child.ts'), target.url, workspace.id, user.id, file],
      { stdio: ['ignore', 'pipe', 'pipe'] },
    );
    let stderr = '';
    child.stderr.on('data', (piece: Buffer) => {
      stderr = (stderr + piece.toString()).slice(-4000);
    });
    let phase = 'start';
    let result: ChildResult | undefined;
    for await (const line of readline.createInterface({ input: child.stdout })) {
      const message = JSON.parse(line) as { phase?: string; result?: ChildResult };
      if (message.phase) phase = message.phase;
      if (message.result) result = message.result;
    }
    const code = await new Promise<number | null>((resolve) => child.once('close', resolve));
    const failure = /heap out of memory|Reached heap limit/i.test(stderr)
      ? 'JavaScript heap out of memory'
      : stderr.trim().split('\n').at(-1);
    return code === 0 && result
      ? {
          ok: true as const,
          maxRssMiB: result.maxRssMiB,
          ms: result.phases.upload.ms + result.phases.validate.ms + result.phases.commit.ms,
        }
      : { ok: false as const, phase, failure: failure ?? `exit code ${code}` };
  } finally {
    await database.close();
    await target.drop();
  }
}

interface PlanNode {
  'Node Type': string;
  'Actual Total Time'?: number;
  'Actual Rows'?: number;
  'Relation Name'?: string;
  'Sort Method'?: string;
  'Sort Space Used'?: number;
  'Sort Space Type'?: string;
  'Join Type'?: string;
  'Shared Read Blocks'?: number;
  'Shared Written Blocks'?: number;
  'WAL Bytes'?: number;
  Plans?: PlanNode[];
}
interface Explained {
  Plan: PlanNode;
  'Execution Time': number;
  Triggers?: { 'Trigger Name': string; Relation: string; Time: number; Calls: number }[];
}

function planLines(node: PlanNode, depth = 0): string[] {
  const detail = [
    node['Relation Name'] ? `on ${node['Relation Name']}` : '',
    node['Join Type'] ? `${node['Join Type']}` : '',
    node['Sort Method']
      ? `${node['Sort Method']} ${fmt((node['Sort Space Used'] ?? 0) / 1024)} MB ${node['Sort Space Type']}`
      : '',
    node['WAL Bytes'] ? `${fmt(node['WAL Bytes'] / MB)} MB WAL` : '',
    node['Node Type'] === 'ModifyTable'
      ? `${fmt(((node['Shared Read Blocks'] ?? 0) * 8192) / MB)} MB read, ${fmt(((node['Shared Written Blocks'] ?? 0) * 8192) / MB)} MB written by the backend`
      : '',
  ]
    .filter(Boolean)
    .join(', ');
  const own = `${'  '.repeat(depth)}- ${node['Node Type']}${detail ? ` (${detail})` : ''}: ${fmt((node['Actual Total Time'] ?? 0) / 1000, 2)} s incl. children`;
  // Sub-plans that take under 50 ms (the accounts side of the join) are left out.
  const children = (node.Plans ?? []).filter((child) => (child['Actual Total Time'] ?? 0) >= 50);
  return [own, ...children.flatMap((child) => planLines(child, depth + 1))];
}

interface Variant {
  name: string;
  /** DDL that creates bench_rl, the target. */
  setup: string[];
  insert: string;
  /** Run the same INSERT again afterwards: a re-import where every line is a duplicate. */
  reimport?: boolean;
}

/** The commit's INSERT … SELECT as insertStagedLines sends it, captured instead of run. */
async function committedInsert(workspaceId: string, importId: string) {
  let captured: { text: string; values: unknown[] } | undefined;
  const recorder = {
    query: async (text: string, values: unknown[]) => {
      captured = { text, values };
      return { rowCount: 0, rows: [] };
    },
  };
  await insertStagedLines(recorder as unknown as pg.Client, workspaceId, importId);
  if (!captured) throw new Error('insertStagedLines sent no statement');
  return captured;
}

function variantsOf(insert: string): Variant[] {
  const into = insert.replace('INSERT INTO revenue_lines', 'INSERT INTO bench_rl');
  const arbiter = /ON CONFLICT \([^)]*\)/;
  return [
    {
      name: 'as committed: primary key (workspace, account, date, fingerprint), BRIN on the date, no foreign key',
      setup: ['CREATE TABLE bench_rl (LIKE revenue_lines INCLUDING ALL)'],
      insert: into,
      reimport: true,
    },
    {
      name: 'the same statement into the table as it was before 27.11.2026: a time-ordered uuid as primary key, unique (workspace, fingerprint), indexes (workspace, date, account) and (workspace, account, date), foreign key to the account',
      setup: [
        'CREATE TABLE bench_rl (LIKE revenue_lines INCLUDING DEFAULTS)',
        // The ids were newId(): UUIDv7, rising in insertion order. PostgreSQL 18 makes the same.
        `DO $$ BEGIN EXECUTE format('ALTER TABLE bench_rl ADD COLUMN id uuid PRIMARY KEY DEFAULT %s()',
           CASE WHEN to_regproc('uuidv7') IS NULL THEN 'gen_random_uuid' ELSE 'uuidv7' END); END $$`,
        'CREATE UNIQUE INDEX ON bench_rl (workspace_id, fingerprint)',
        'CREATE INDEX ON bench_rl (workspace_id, invoice_date, account_id)',
        'CREATE INDEX ON bench_rl (workspace_id, account_id, invoice_date)',
        `ALTER TABLE bench_rl ADD CONSTRAINT bench_rl_account_fk FOREIGN KEY (workspace_id, account_id)
           REFERENCES accounts (workspace_id, id)`,
      ],
      insert: into.replace(arbiter, 'ON CONFLICT (workspace_id, fingerprint)'),
    },
    {
      name: 'floor: no index, no foreign key (heap only)',
      setup: ['CREATE TABLE bench_rl (LIKE revenue_lines INCLUDING DEFAULTS)'],
      insert: into.replace(/ON CONFLICT[\s\S]*$/, ''),
    },
  ];
}

interface ExplainResult {
  name: string;
  ms: number;
  explained?: Explained | undefined;
  triggers?: Record<string, string>;
}

/**
 * The commit's INSERT … SELECT (captured from insertStagedLines) under EXPLAIN ANALYZE, on the
 * same lines staged in import_lines as the check stages them (the content hash computed in SQL
 * the way line-fingerprint.ts computes it in Node), into an empty copy of revenue_lines (as the
 * measured import, which went into an empty table), once per variant of the target table.
 */
async function explainCommit(url: string, workspaceId: string, plainFile: string) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const out: ExplainResult[] = [];
  const importId = '00000000-0000-4000-8000-00000000beef';
  try {
    await client.query(`CREATE TEMP TABLE bench_plain (customer_number text, customer_name text, invoice_date date,
      document_number text, product text, product_line text, quantity numeric, net_revenue_cents bigint,
      cost_of_goods_cents bigint, currency char(3))`);
    await copyFile(client, `COPY bench_plain (${plainColumns}) FROM STDIN (FORMAT csv)`, plainFile);
    await client.query(
      `INSERT INTO import_lines (workspace_id, import_id, row_no, ${plainColumns}, content)
       SELECT $1, $2, row_number() OVER (), ${plainColumns},
         md5(concat_ws('|', quote_nullable(customer_number), quote_nullable(invoice_date),
           quote_nullable(document_number), quote_nullable(product), quote_nullable(product_line),
           quote_nullable(quantity), quote_nullable(net_revenue_cents), quote_nullable(cost_of_goods_cents),
           quote_nullable(currency)))::uuid
       FROM bench_plain`,
      [workspaceId, importId],
    );
    await client.query('ANALYZE import_lines');
    const { text, values } = await committedInsert(workspaceId, importId);
    await client.query(`SET work_mem = '256MB'`);
    for (const variant of variantsOf(text)) {
      for (const statement of variant.setup) await client.query(statement);
      const { rows: triggerRows } = await client.query<{ tgname: string; conname: string }>(
        `SELECT t.tgname, c.conname FROM pg_trigger t JOIN pg_constraint c ON c.oid = t.tgconstraint
         WHERE t.tgrelid = 'bench_rl'::regclass`,
      );
      const triggers = Object.fromEntries(triggerRows.map((row) => [row.tgname, row.conname]));
      const runs = variant.reimport
        ? [variant.name, 're-import of the same file (every line a duplicate)']
        : [variant.name];
      for (const name of runs) {
        await client.query('CHECKPOINT');
        const start = performance.now();
        const { rows } = await client.query<{ 'QUERY PLAN': Explained[] }>(
          `EXPLAIN (ANALYZE, BUFFERS, WAL, FORMAT JSON) ${variant.insert}`,
          values,
        );
        out.push({ name, ms: performance.now() - start, explained: rows[0]?.['QUERY PLAN'][0], triggers });
      }
      await client.query('DROP TABLE bench_rl');
    }
  } finally {
    await client.query('DROP TABLE IF EXISTS bench_rl').catch(() => undefined);
    await client.query('DELETE FROM import_lines WHERE import_id = $1', [importId]).catch(() => undefined);
    await client.end();
  }
  return out;
}

function collectGarbage(): void {
  v8.setFlagsFromString('--expose-gc');
  (vm.runInNewContext('gc') as () => void)();
}

/** A string that shares no memory with the text it was cut from. */
const detached = (text: string) => Buffer.from(text, 'utf8').toString('utf8');

/**
 * The Node side of validate and commit without PostgreSQL, on the file read in 1 MiB pieces
 * like the stored chunks: (1) one parse pass keeping the first name per customer number as
 * validate's tally does, with the heap that stays reachable afterwards; (2) the same, keeping
 * detached copies of the strings; (3) parse + the CSV lines stageLines writes (content hash
 * included), into a sink.
 */
async function nodeSide(file: string, withStaging: boolean) {
  const format = await inspectFile(createReadStream(file), { fileName: path.basename(file) });
  const options = { settings: format.settings, mapping: format.mapping };
  const read = () => readRevenueBatches(createReadStream(file, { highWaterMark: 1024 * 1024 }), options);
  const tally = async (copy: boolean) => {
    collectGarbage();
    const before = process.memoryUsage().heapUsed;
    const customers = new Map<string, string | null>();
    const start = performance.now();
    for await (const batch of read()) {
      for (const row of batch) {
        if (!row.ok || customers.has(row.line.customerNumber)) continue;
        const { customerNumber, customerName } = row.line;
        if (copy)
          customers.set(detached(customerNumber), customerName === null ? null : detached(customerName));
        else customers.set(customerNumber, customerName);
      }
    }
    const ms = performance.now() - start;
    collectGarbage();
    const retainedMiB = (process.memoryUsage().heapUsed - before) / (1024 * 1024);
    return { ms, retainedMiB, customers: customers.size };
  };
  const asValidate = await tally(false);
  const copied = await tally(true);
  let stagingMs = Number.NaN;
  if (withStaging) {
    const sink = { query: () => new Writable({ write: (_chunk, _encoding, done) => done() }) };
    const start = performance.now();
    const staged = stageLines(sink as unknown as pg.PoolClient, 'bench-workspace', 'bench-import');
    for await (const batch of read()) await staged.write(batch.flatMap((row) => (row.ok ? [row.line] : [])));
    await staged.finish();
    stagingMs = performance.now() - start;
  }
  return { asValidate, copied, stagingMs };
}

/**
 * COPY baselines: the parsed rows into a bare table (the issue's yardstick), the German file as
 * is into a text table, and the imported lines as stored into an empty copy of revenue_lines
 * with its primary key and BRIN index: what no import that keeps those can beat.
 */
async function copyBaselines(url: string, files: { german: string; plain: string; stored: string }) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  await pipeline(
    client.query(copyTo('COPY revenue_lines TO STDOUT (FORMAT csv)')),
    createWriteStream(files.stored),
  );
  await client.query('CREATE TABLE bench_copy_lines (LIKE revenue_lines INCLUDING ALL)');
  await client.query(`CREATE TABLE bench_copy_typed (customer_number text, customer_name text, invoice_date date,
    document_number text, product text, product_line text, quantity numeric(18, 4), net_revenue_cents bigint,
    cost_of_goods_cents bigint, currency char(3))`);
  await client.query(`CREATE TABLE bench_copy_text (customer_number text, customer_name text, invoice_date text,
    document_number text, product text, product_line text, quantity text, net_revenue text, cost_of_goods text,
    currency text)`);
  const cases = [
    {
      name: 'COPY the parsed values (ISO dates, cents) into a bare typed table',
      table: 'bench_copy_typed',
      statement: `COPY bench_copy_typed (${plainColumns}) FROM STDIN (FORMAT csv)`,
      file: files.plain,
    },
    {
      name: 'COPY the German file as is (WIN1252, `;`) into a bare text table',
      table: 'bench_copy_text',
      statement: `COPY bench_copy_text FROM STDIN (FORMAT csv, DELIMITER ';', HEADER true, ENCODING 'WIN1252')`,
      file: files.german,
    },
    {
      name: 'COPY the imported lines as stored into an empty revenue_lines (primary key, BRIN)',
      table: 'bench_copy_lines',
      statement: 'COPY bench_copy_lines FROM STDIN (FORMAT csv)',
      file: files.stored,
    },
  ];
  const results: { name: string; ms: number[]; rows: number }[] = [];
  for (const c of cases) {
    const ms: number[] = [];
    for (let run = 0; run < COPY_RUNS; run++) {
      await client.query(`TRUNCATE ${c.table}`);
      await client.query('CHECKPOINT');
      const start = performance.now();
      await copyFile(client, c.statement, c.file);
      ms.push(performance.now() - start);
    }
    const { rows } = await client.query<{ n: string }>(`SELECT count(*) AS n FROM ${c.table}`);
    results.push({ name: c.name, ms, rows: Number(rows[0]?.n) });
  }
  await client.query('DROP TABLE bench_copy_typed, bench_copy_text, bench_copy_lines');
  await client.end();
  return results;
}

const median = (values: number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] as number;

const loadAtStart = loadAverage();
const server = await benchServer();
const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'kontor-bench-import-'));
const cleanups: (() => Promise<void>)[] = [];
try {
  const machineLine = await machine(server.url);
  console.log(`Machine: ${machineLine}\n`);

  const files: Record<number, { german: string; plain: string; generated: GeneratedExport; ms: number }> = {};
  for (const size of sizes) {
    const german = path.join(dir, `umsatz-${size}.csv`);
    const plain = path.join(dir, `plain-${size}.csv`);
    const start = performance.now();
    const generated = await generateExport(size, german, plain);
    files[size] = { german, plain, generated, ms: performance.now() - start };
    console.log(
      `Generated ${fmt(size)} lines: ${fmt(generated.germanBytes / MB, 1)} MB German CSV, ${fmt(generated.customers)} customers, ${fmt(generated.creditNoteLines)} credit-note lines (${seconds(performance.now() - start)})`,
    );
  }

  const runs: Record<number, Awaited<ReturnType<typeof importOnce>>> = {};
  for (const size of sizes) {
    const file = files[size] as (typeof files)[number];
    console.log(`Importing ${fmt(size)} lines …`);
    const run = await importOnce(server.url, size, file.german, size === lines);
    runs[size] = run;
    if (size === lines) cleanups.push(() => run.target.drop());
    const expected = file.generated;
    const storedLines = Object.values(run.stored).reduce((sum, c) => sum + c.lines, 0);
    const netOk = Object.entries(expected.netCents).every(
      ([currency, net]) => run.stored[currency]?.net === net,
    );
    if (storedLines !== size || !netOk || run.accounts !== expected.customers) {
      throw new Error(
        `import stored ${storedLines} lines (${JSON.stringify(run.stored)}), ${run.accounts} accounts; expected ${size}, ${JSON.stringify(expected.netCents)}, ${expected.customers}`,
      );
    }
    const p = run.result.phases;
    console.log(
      `… upload ${seconds(p.upload.ms)}, validate ${seconds(p.validate.ms)}, commit ${seconds(p.commit.ms)}; max RSS ${fmt(run.result.maxRssMiB)} MiB; all ${fmt(storedLines)} lines and sums check out`,
    );
  }

  const full = runs[lines] as (typeof runs)[number];
  const fullFiles = files[lines] as (typeof files)[number];
  console.log(`The same imports with ${V8_CAPS.join(' ')} …`);
  const capped: Record<number, Awaited<ReturnType<typeof cappedImport>>> = {};
  for (const size of sizes)
    capped[size] = await cappedImport(server.url, size, (files[size] as (typeof files)[number]).german);
  console.log('Node side without PostgreSQL (parse, tally, CSV for COPY) …');
  const node: Record<number, Awaited<ReturnType<typeof nodeSide>>> = {};
  for (const size of sizes)
    node[size] = await nodeSide((files[size] as (typeof files)[number]).german, size === lines);
  console.log('COPY baselines …');
  const copies = await copyBaselines(full.target.url, {
    ...fullFiles,
    stored: path.join(dir, 'revenue-lines.csv'),
  });
  console.log('EXPLAIN ANALYZE of the commit’s INSERT … SELECT …');
  const explained = await explainCommit(full.target.url, full.workspaceId, fullFiles.plain);

  // ---- Report ----
  const out: string[] = [];
  const p = full.result.phases;
  const endToEnd = p.upload.ms + p.validate.ms + p.commit.ms;
  const copyTyped = copies[0] as (typeof copies)[number];
  const copyText = copies[1] as (typeof copies)[number];
  const copyLines = copies[2] as (typeof copies)[number];
  const copyLinesMs = median(copyLines.ms);
  const copyMs = median(copyTyped.ms);
  const copyTextMs = median(copyText.ms);
  const copyRate = lines / (copyMs / 1000);
  const ratio = (ms: number) => `${fmt(lines / (ms / 1000) / copyRate, 2)}`;
  out.push(
    `${fmt(lines)} lines, ${fmt(fullFiles.generated.germanBytes / MB, 1)} MB (Windows-1252, \`;\`, decimal comma, DD.MM.YYYY; ${fmt(fullFiles.generated.customers)} customers, all new, so \`createAccounts\` creates them). COPY: median of ${COPY_RUNS}. Load average before the run ${loadAtStart.toFixed(2)}${loadAtStart > 1.5 ? ' — **the machine was busy with other work: the figures are noisy**' : ''}.`,
    '',
    '| path | time | rows/s | throughput vs COPY |',
    '| --- | ---: | ---: | ---: |',
    `| Kontor upload (\`uploadRevenueFile\`: store 1 MiB chunks, inspect) | ${seconds(p.upload.ms)} | ${perSecond(lines, p.upload.ms)} | ${ratio(p.upload.ms)} |`,
    `| Kontor validate (\`startValidation\`, wait) | ${seconds(p.validate.ms)} | ${perSecond(lines, p.validate.ms)} | ${ratio(p.validate.ms)} |`,
    `| Kontor commit (\`startCommit\`, createAccounts, wait) | ${seconds(p.commit.ms)} | ${perSecond(lines, p.commit.ms)} | ${ratio(p.commit.ms)} |`,
    `| **Kontor end to end** | **${seconds(endToEnd)}** | **${perSecond(lines, endToEnd)}** | **${ratio(endToEnd)}** |`,
    `| ${copyTyped.name} | ${seconds(copyMs)} | ${perSecond(lines, copyMs)} | 1.00 |`,
    `| ${copyText.name} | ${seconds(copyTextMs)} | ${perSecond(lines, copyTextMs)} | ${ratio(copyTextMs)} |`,
    `| ${copyLines.name} | ${seconds(copyLinesMs)} | ${perSecond(lines, copyLinesMs)} | ${ratio(copyLinesMs)} |`,
    '',
    'Memory of the import process (a child that runs only the import; RSS sampled every 20 ms, and the kernel’s max RSS):',
    '',
    '| lines | file | before: RSS (live heap) | peak RSS upload / validate / commit | max RSS | peak heap upload / validate / commit | live heap after each step | time | rows/s |',
    '| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
  );
  for (const size of sizes) {
    const run = runs[size] as (typeof runs)[number];
    const r = run.result;
    const total = r.phases.upload.ms + r.phases.validate.ms + r.phases.commit.ms;
    out.push(
      `| ${fmt(size)} | ${fmt(r.fileSize / MB)} MB | ${fmt(r.baselineRssMiB)} MiB (${fmt(r.baselineHeapMiB)} MiB) | ${fmt(r.phases.upload.peakRssMiB)} / ${fmt(r.phases.validate.peakRssMiB)} / ${fmt(r.phases.commit.peakRssMiB)} MiB | **${fmt(r.maxRssMiB)} MiB** | ${fmt(r.phases.upload.peakHeapMiB)} / ${fmt(r.phases.validate.peakHeapMiB)} / ${fmt(r.phases.commit.peakHeapMiB)} MiB | ${fmt(r.phases.upload.liveHeapAfterMiB)} / ${fmt(r.phases.validate.liveHeapAfterMiB)} / ${fmt(r.phases.commit.liveHeapAfterMiB)} MiB | ${seconds(total)} | ${perSecond(size, total)} |`,
    );
  }
  out.push(
    '',
    `The same import with V8’s heap capped (\`${V8_CAPS.join(' ')}\`): ${sizes
      .map((size) => {
        const c = capped[size] as (typeof capped)[number];
        return c.ok
          ? `${fmt(size)} lines pass, max RSS ${fmt(c.maxRssMiB)} MiB, ${seconds(c.ms)}`
          : `${fmt(size)} lines **fail in ${c.phase}: ${c.failure}**`;
      })
      .join('; ')}.`,
  );
  out.push(
    '',
    `Where the ${fmt(lines)}-line import spends its time (Node CPU from the child; PostgreSQL from pg_stat_activity sampled every 100 ms):`,
    '',
    '| step | wall | Node CPU | what PostgreSQL was doing (seconds) |',
    '| --- | ---: | ---: | --- |',
  );
  for (const name of ['upload', 'validate', 'commit'] as const) {
    const kinds = Object.entries(full.activity[name] ?? {})
      .filter(([, s]) => s >= 0.1)
      .sort((a, b) => b[1] - a[1])
      .map(([kind, s]) => `${kind} ${fmt(s, 1)}`)
      .join('; ');
    out.push(`| ${name} | ${seconds(p[name].ms)} | ${seconds(p[name].cpuMs)} | ${kinds} |`);
  }
  out.push(
    '',
    'The Node side alone (the file from disk in 1 MiB pieces, no PostgreSQL; heap reachable after a full GC with the customer map still alive):',
    '',
    '| lines | parse + tally keeping slices of the file (validate before 27.11.2026) | heap kept by the tally | same, tally keeps copies (validate now) | heap kept | parse + CSV for COPY (sink) |',
    '| ---: | ---: | ---: | ---: | ---: | ---: |',
  );
  for (const size of sizes) {
    const n = node[size] as (typeof node)[number];
    out.push(
      `| ${fmt(size)} | ${seconds(n.asValidate.ms)} (${perSecond(size, n.asValidate.ms)} rows/s) | **${fmt(n.asValidate.retainedMiB, 1)} MiB** for ${fmt(n.asValidate.customers)} customers | ${seconds(n.copied.ms)} | ${n.copied.retainedMiB < 1 ? '< 1' : fmt(n.copied.retainedMiB, 1)} MiB | ${Number.isNaN(n.stagingMs) ? '–' : `${seconds(n.stagingMs)} (${perSecond(size, n.stagingMs)} rows/s)`} |`,
    );
  }
  out.push(
    '',
    `Sizes after the ${fmt(lines)}-line import: ${full.relationSizes.map((r) => `${r.name} ${fmt(r.bytes / MB)} MB`).join(', ')}.`,
    '',
    'The commit’s `INSERT … SELECT` (as insertStagedLines sends it) under EXPLAIN ANALYZE, on the same lines staged in import_lines, into an empty copy of revenue_lines per variant (work_mem 256MB, as the commit sets it):',
    '',
  );
  for (const e of explained) {
    out.push(`- **${e.name}**: ${seconds(e.ms)}`);
    if (!e.explained) continue;
    out.push(...planLines(e.explained.Plan, 1));
    for (const trigger of e.explained.Triggers ?? []) {
      out.push(
        `  - trigger of ${e.triggers?.[trigger['Trigger Name']] ?? trigger['Trigger Name']}: ${fmt(trigger.Time / 1000, 2)} s, ${fmt(trigger.Calls)} calls`,
      );
    }
  }
  console.log(`\n${out.join('\n')}`);
} finally {
  for (const cleanup of cleanups) await cleanup().catch((error) => console.error(error));
  await fs.rm(dir, { recursive: true, force: true });
  await server.stop();
}
