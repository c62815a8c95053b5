import fs from 'node:fs/promises';
import path from 'node:path';
import { commandLine, isAlive } from './process-probe.ts';

/**
 * One Kontor server per data directory: a second one would start a second PostgreSQL on the
 * same files. The lock is a pid file; a lock whose process is gone (kill -9, power cut) is stale
 * and taken over.
 */
export class DataDirInUseError extends Error {}

async function holder(lockFile: string): Promise<number | undefined> {
  const pid = Number((await fs.readFile(lockFile, 'utf8').catch(() => '')).trim());
  if (!pid || pid === process.pid || !isAlive(pid)) return undefined;
  return (await commandLine(pid, 'node')).includes('node') ? pid : undefined;
}

export async function serverRunningOn(dataDir: string): Promise<number | undefined> {
  return holder(path.join(dataDir, 'kontor.pid'));
}

export async function acquireServerLock(dataDir: string): Promise<() => Promise<void>> {
  const lockFile = path.join(dataDir, 'kontor.pid');
  await fs.mkdir(dataDir, { recursive: true });
  const other = await holder(lockFile);
  if (other) {
    throw new DataDirInUseError(
      `Another Kontor server (pid ${other}) is already running on ${dataDir}. Stop it first, or start this one with another KONTOR_DATA_DIR.`,
    );
  }
  const temp = `${lockFile}.${process.pid}`;
  await fs.writeFile(temp, String(process.pid));
  await fs.rename(temp, lockFile);
  return async () => {
    const pid = Number((await fs.readFile(lockFile, 'utf8').catch(() => '')).trim());
    if (pid === process.pid) await fs.rm(lockFile, { force: true });
  };
}
