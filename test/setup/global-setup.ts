import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import type { TestProject } from 'vitest/node';
import { startEmbeddedPostgres } from '../../src/db/embedded.ts';

/**
 * One PostgreSQL server for the whole run: the one DATABASE_URL names (CI's second run), else
 * an embedded one in a fresh temp folder. Each test file then makes its own database on it.
 */
export default async function setup(project: TestProject) {
  const external = process.env.DATABASE_URL;
  if (external) {
    project.provide('serverUrl', external);
    return async () => {
      const client = new pg.Client({ connectionString: external });
      await client.connect();
      const { rows } = await client.query<{ datname: string }>(
        "SELECT datname FROM pg_database WHERE datname LIKE 'kontor_test_%'",
      );
      for (const { datname } of rows) await client.query(`DROP DATABASE IF EXISTS "${datname}" WITH (FORCE)`);
      await client.end();
    };
  }
  // As root, PostgreSQL runs as `postgres`, which must be able to enter every parent folder.
  const dataDir = await fs.mkdtemp(path.join(os.tmpdir(), 'kontor-test-'));
  await fs.chmod(dataDir, 0o755);
  const embedded = await startEmbeddedPostgres(dataDir);
  project.provide('serverUrl', embedded.url);
  return async () => {
    await embedded.stop();
    await fs.rm(dataDir, { recursive: true, force: true });
  };
}

declare module 'vitest' {
  export interface ProvidedContext {
    serverUrl: string;
  }
}
