import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { chmod, mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { eventually } from '../../test/setup/eventually.ts';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

export interface RunningServer {
  baseUrl: string;
  output: () => string;
  stop: () => Promise<void>;
  /** Runs the `kontor` command on the server's database, as an operator beside it would. */
  cli: (args: string[]) => Promise<string>;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.unref();
    probe.on('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => resolve(port));
    });
  });
}

async function runCli(args: string[], env: NodeJS.ProcessEnv): Promise<string> {
  const child = spawn(process.execPath, ['src/cli/main.ts', ...args], { cwd: repoRoot, env });
  let output = '';
  const collect = (chunk: Buffer) => {
    output += chunk.toString();
  };
  child.stdout?.on('data', collect);
  child.stderr?.on('data', collect);
  const [code] = (await once(child, 'close')) as [number | null];
  if (code !== 0) throw new Error(`kontor ${args.join(' ')} failed (${code}):\n${output}`);
  return output;
}

function exited(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) resolve();
    else child.once('exit', () => resolve());
  });
}

/**
 * Starts the real Kontor server (`node src/main.ts`) on a free port: with the embedded PostgreSQL in
 * a fresh temporary data directory, or on DATABASE_URL when that is set.
 */
export async function startServer(): Promise<RunningServer> {
  const port = await freePort();
  const env: NodeJS.ProcessEnv = { ...process.env, PORT: String(port), HOST: '127.0.0.1', LOG_LEVEL: 'warn' };
  let dataDir: string | undefined;
  if (!process.env.DATABASE_URL) {
    dataDir = await mkdtemp(path.join(tmpdir(), 'kontor-e2e-'));
    // The embedded PostgreSQL runs as user postgres when we are root and must traverse the directory.
    await chmod(dataDir, 0o755);
    env.KONTOR_DATA_DIR = dataDir;
  }

  const child = spawn(process.execPath, ['src/main.ts'], {
    cwd: repoRoot,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let log = '';
  child.stdout?.on('data', (chunk: Buffer) => {
    log += chunk.toString();
  });
  child.stderr?.on('data', (chunk: Buffer) => {
    log += chunk.toString();
  });

  const baseUrl = `http://127.0.0.1:${port}`;
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 20_000);
      await exited(child);
      clearTimeout(timer);
    }
    if (dataDir) await rm(dataDir, { recursive: true, force: true });
  };

  try {
    await eventually(
      () => {
        if (child.exitCode !== null)
          throw new Error(`Kontor exited with code ${child.exitCode} before it was ready:\n${log}`);
        return fetch(`${baseUrl}/api/health`).then(
          (response) => response.status === 200,
          () => false, // not listening yet
        );
      },
      { timeoutMs: 180_000, intervalMs: 250, message: () => `Kontor to answer GET /api/health:\n${log}` },
    );
  } catch (error) {
    await stop();
    throw error;
  }
  return { baseUrl, output: () => log, stop, cli: (args) => runCli(args, env) };
}
