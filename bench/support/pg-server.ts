/**
 * The PostgreSQL server a benchmark runs on, and throw-away databases on it.
 *
 * DATABASE_URL when set (its user needs CREATEDB), else an embedded PostgreSQL in a temp folder
 * that is removed afterwards. Each benchmark works in databases of its own (`kontor_bench_…`),
 * dropped at the end, so that it never touches data it did not create.
 */
import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { startEmbeddedPostgres } from '../../src/db/embedded.ts';

export interface BenchServer {
  /** A URL of the server (the database in it is not used for benchmark data). */
  url: string;
  embedded: boolean;
  stop(): Promise<void>;
}

export async function benchServer(): Promise<BenchServer> {
  if (process.env.DATABASE_URL) {
    return { url: process.env.DATABASE_URL, embedded: false, stop: async () => undefined };
  }
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'kontor-bench-'));
  await fs.chmod(dir, 0o755);
  const embedded = await startEmbeddedPostgres(dir);
  return {
    url: embedded.url,
    embedded: true,
    stop: async () => {
      await embedded.stop();
      await fs.rm(dir, { recursive: true, force: true });
    },
  };
}

export interface BenchDatabase {
  name: string;
  url: string;
  drop(): Promise<void>;
}

/** An empty database of its own on the server; `drop` removes it (closing stray sessions first). */
export async function freshDatabase(serverUrl: string, label: string): Promise<BenchDatabase> {
  const name = `kontor_bench_${label}_${randomBytes(4).toString('hex')}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return {
    name,
    url: url.toString(),
    async drop() {
      const client = new pg.Client({ connectionString: serverUrl });
      await client.connect();
      await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await client.end();
    },
  };
}

export function stats(samples: number[]) {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] as number;
  return { median: at(0.5), p95: at(0.95), min: sorted[0] as number };
}

/** The 1-minute load average: above ~1.5 on 2 cores, something else competes with the benchmark. */
export function loadAverage(): number {
  return os.loadavg()[0] ?? 0;
}

/** The machine line of RESULTS.md. */
export async function machine(serverUrl: string): Promise<string> {
  const cpu = (await fs.readFile('/proc/cpuinfo', 'utf8').catch(() => ''))
    .split('\n')
    .find((line) => line.startsWith('model name'))
    ?.split(':')[1]
    ?.trim();
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  const version = (await client.query<{ v: string }>("SELECT current_setting('server_version') AS v")).rows[0]
    ?.v;
  const settings = await client.query<{ name: string; setting: string }>(
    `SELECT name, current_setting(name) AS setting FROM pg_settings
     WHERE name IN ('shared_buffers', 'work_mem', 'max_parallel_workers_per_gather', 'max_wal_size')
     ORDER BY name`,
  );
  await client.end();
  const pgSettings = settings.rows.map((row) => `${row.name} ${row.setting}`).join(', ');
  let kernel = '';
  try {
    kernel = execFileSync('uname', ['-r'], { encoding: 'utf8' }).trim();
  } catch {
    kernel = os.release();
  }
  const date = new Intl.DateTimeFormat('de-DE', { dateStyle: 'medium' }).format(new Date());
  return [
    `${os.cpus().length} cores (nproc ${os.availableParallelism()}, ${cpu ?? 'unknown CPU'}), `,
    `${Math.round(os.totalmem() / 1024 ** 3)} GiB RAM, Linux ${kernel}, Node.js ${process.version}, `,
    `PostgreSQL ${version} (${process.env.DATABASE_URL ? 'DATABASE_URL' : 'embedded'}; ${pgSettings}), ${date}`,
  ].join('');
}
