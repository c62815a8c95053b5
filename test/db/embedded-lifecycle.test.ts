import { type ChildProcess, execFile, spawn } from 'node:child_process';
import fs from 'node:fs/promises';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eventually } from '../setup/eventually.ts';

/**
 * The promises of the embedded default, checked on real processes: one server per data
 * directory, CLI beside a running server, and data that survives kill -9 and a power cut.
 */
const run = promisify(execFile);
const root = path.resolve(import.meta.dirname, '../..');
let dataDir: string;
const children: ChildProcess[] = [];

function environment(): NodeJS.ProcessEnv {
  const { DATABASE_URL: _, ...env } = process.env;
  return { ...env, KONTOR_DATA_DIR: dataDir, LOG_LEVEL: 'warn' };
}

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

interface Server {
  child: ChildProcess;
  url: string;
  output: () => string;
}

async function startServer(): Promise<Server> {
  const port = await freePort();
  const child = spawn(process.execPath, ['src/main.ts'], {
    cwd: root,
    env: { ...environment(), PORT: String(port) },
  });
  children.push(child);
  let output = '';
  child.stdout?.on('data', (chunk) => (output += chunk));
  child.stderr?.on('data', (chunk) => (output += chunk));
  const url = `http://127.0.0.1:${port}`;
  await eventually(
    () => {
      if (child.exitCode !== null) throw new Error(`server exited: ${output}`);
      return fetch(`${url}/api/health`).then(
        (r) => r.ok,
        () => false,
      );
    },
    { timeoutMs: 60_000, message: () => `the server to answer GET /api/health: ${output}` },
  );
  return { child, url, output: () => output };
}

function exited(child: ChildProcess): Promise<number | null> {
  if (child.exitCode !== null) return Promise.resolve(child.exitCode);
  return new Promise((resolve) => child.once('exit', (code) => resolve(code)));
}

async function postgresPid(): Promise<number | undefined> {
  const text = await fs.readFile(path.join(dataDir, 'pg', 'postmaster.pid'), 'utf8').catch(() => '');
  const pid = Number(text.split('\n')[0]);
  if (!pid) return undefined;
  try {
    process.kill(pid, 0);
    return pid;
  } catch {
    return undefined;
  }
}

/** Whether a process runs; a zombie (dead, not yet reaped) does not. */
async function running(pid: number): Promise<boolean> {
  const stat = await fs.readFile(`/proc/${pid}/stat`, 'utf8').catch(() => '');
  const state = stat.slice(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3);
  return state !== '' && state !== 'Z' && state !== 'X';
}

/** PostgreSQL's backends and workers: while one lives, it holds the cluster's shared memory. */
async function childrenOf(pid: number): Promise<number[]> {
  const pids = (await fs.readdir('/proc')).filter((name) => /^\d+$/.test(name));
  const stats = await Promise.all(pids.map((p) => fs.readFile(`/proc/${p}/stat`, 'utf8').catch(() => '')));
  return stats
    .filter((stat) => Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]) === pid)
    .map((stat) => Number(stat.split(' ')[0]));
}

async function login(server: Server, email: string, password: string) {
  const response = await fetch(`${server.url}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password }),
  });
  return response.status;
}

const cli = (...args: string[]) =>
  run(process.execPath, ['packages/kontor-cli/kontor.js', ...args], { cwd: root, env: environment() });

beforeAll(async () => {
  dataDir = await fs.mkdtemp(path.join(os.tmpdir(), 'kontor-lifecycle-'));
  await fs.chmod(dataDir, 0o755);
});

afterAll(async () => {
  for (const child of children) if (child.exitCode === null) child.kill('SIGKILL');
  const pid = await postgresPid();
  if (pid) process.kill(pid, 'SIGINT');
  await eventually(async () => (await postgresPid()) === undefined, {
    timeoutMs: 30_000,
    message: 'PostgreSQL to shut down',
  });
  await fs.rm(dataDir, { recursive: true, force: true });
});

describe('the embedded database', { timeout: 180_000 }, () => {
  it('keeps one server per data directory, serves the CLI beside it, and survives kill -9 and a power cut', async () => {
    const first = await startServer();
    const setup = await fetch(`${first.url}/api/v1/setup`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        workspaceName: 'Lebenszyklus',
        name: 'Ada',
        email: 'ada@kontor.example',
        password: 'lifecycle-123',
      }),
    });
    expect(setup.status).toBe(201);

    // A second server on the same directory is refused with a clear message.
    const second = spawn(process.execPath, ['src/main.ts'], {
      cwd: root,
      env: { ...environment(), PORT: String(await freePort()) },
    });
    children.push(second);
    let secondOutput = '';
    second.stderr?.on('data', (chunk) => (secondOutput += chunk));
    expect(await exited(second)).toBe(1);
    expect(secondOutput).toMatch(/already running/);

    // The CLI works on the running server's database.
    await cli(
      'user',
      'add',
      '--email',
      'ben@kontor.example',
      '--name',
      'Ben',
      '--password',
      'lifecycle-456',
      '--role',
      'viewer',
    );
    expect(await login(first, 'ben@kontor.example', 'lifecycle-456')).toBe(200);

    // kill -9 of the app leaves PostgreSQL running; the next start reuses it.
    first.child.kill('SIGKILL');
    await exited(first.child);
    expect(await postgresPid()).toBeDefined();
    const afterKill = await startServer();
    expect(await login(afterKill, 'ben@kontor.example', 'lifecycle-456')).toBe(200);

    // A power cut: app and PostgreSQL die at once, without a word.
    const pgPid = await postgresPid();
    expect(pgPid).toBeDefined();
    const cluster = [pgPid as number, ...(await childrenOf(pgPid as number))];
    afterKill.child.kill('SIGKILL');
    process.kill(pgPid as number, 'SIGKILL');
    await exited(afterKill.child);
    await eventually(async () => !(await Promise.all(cluster.map(running))).includes(true), {
      timeoutMs: 30_000,
      message: 'the killed PostgreSQL and its workers to be gone',
    });
    const afterCut = await startServer();
    expect(await login(afterCut, 'ada@kontor.example', 'lifecycle-123')).toBe(200);

    // SIGTERM stops the app and its PostgreSQL cleanly.
    afterCut.child.kill('SIGTERM');
    expect(await exited(afterCut.child)).toBe(0);
    expect(await postgresPid()).toBeUndefined();

    // Without a server, a CLI command starts PostgreSQL for itself and stops it again.
    const { stdout } = await cli('migrate');
    expect(stdout).toMatch(/up to date/);
    expect(await postgresPid()).toBeUndefined();
  });
});
