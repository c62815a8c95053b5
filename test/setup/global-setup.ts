import { randomBytes } from 'node:crypto';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import type { TestProject } from 'vitest/node';
import { connect } from '../../src/db/client.ts';
import { startEmbeddedPostgres } from '../../src/db/embedded.ts';
import { runMigrations } from '../../src/db/migrate.ts';

/**
 * One PostgreSQL server for the whole run: the one DATABASE_URL names (CI's second run), else
 * an embedded one in a fresh temp folder. On it, one database is migrated once; each test file
 * clones it (test-app.ts), which takes a fraction of the time the migrations take.
 */
export default async function setup(project: TestProject) {
  const external = process.env.DATABASE_URL;
  if (external) {
    const template = await migratedTemplate(external);
    project.provide('serverUrl', external);
    project.provide('templateDatabase', template);
    return async () => {
      const client = new pg.Client({ connectionString: external });
      await client.connect();
      const { rows } = await client.query<{ datname: string }>(
        "SELECT datname FROM pg_database WHERE datname LIKE 'kontor_test_%' OR datname = $1",
        [template],
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
  project.provide('templateDatabase', await migratedTemplate(embedded.url));
  return async () => {
    await embedded.stop();
    await fs.rm(dataDir, { recursive: true, force: true });
  };
}

/**
 * A database with every migration applied, named for this run so that two runs on one server
 * keep apart. It is left without connections: PostgreSQL clones no database anyone is in.
 */
async function migratedTemplate(serverUrl: string): Promise<string> {
  const name = `kontor_template_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  const template = connect(url.toString(), 1);
  try {
    await runMigrations(template.pool);
  } finally {
    await template.close();
  }
  return name;
}

declare module 'vitest' {
  export interface ProvidedContext {
    serverUrl: string;
    /** The migrated database each test file's database is a copy of. */
    templateDatabase: string;
  }
}
