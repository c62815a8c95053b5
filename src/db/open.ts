import { connect, type Database } from './client.ts';
import { startEmbeddedPostgres, stopEmbeddedPostgres } from './embedded.ts';
import { runMigrations } from './migrate.ts';
import { serverRunningOn } from './server-lock.ts';

export interface OpenDatabase extends Database {
  /** Where the data lives, for the start-up message (password removed). */
  description: string;
}

/**
 * Opens Kontor's database: `DATABASE_URL` when set, otherwise the embedded PostgreSQL in the
 * data directory (started, or reused when a Kontor server or an earlier run left it running).
 * Migrations run before anything else touches the data.
 */
/** Where the data lives: an external server's URL, or the embedded server's data directory. */
export interface DatabaseSettings {
  databaseUrl?: string | undefined;
  dataDir: string;
  dbPoolSize: number;
}

export async function openDatabase(config: DatabaseSettings, owner: 'server' | 'cli'): Promise<OpenDatabase> {
  if (config.databaseUrl) {
    const database = connect(config.databaseUrl, config.dbPoolSize);
    await runMigrations(database.pool);
    const url = new URL(config.databaseUrl);
    return { ...database, description: `PostgreSQL at ${url.host}${url.pathname}` };
  }
  const embedded = await startEmbeddedPostgres(config.dataDir);
  const database = connect(embedded.url, config.dbPoolSize);
  try {
    await runMigrations(database.pool);
  } catch (error) {
    await database.close();
    if (embedded.startedHere) await embedded.stop();
    throw error;
  }
  return {
    ...database,
    description: `embedded PostgreSQL in ${config.dataDir} (port ${new URL(embedded.url).port})`,
    async close() {
      await database.close();
      // The server owns the cluster, even one it found left running; a CLI command stops only
      // what it started, and not while a server uses it meanwhile.
      if (owner === 'server') await stopEmbeddedPostgres(config.dataDir);
      else if (embedded.startedHere && (await serverRunningOn(config.dataDir)) === undefined)
        await embedded.stop();
    },
  };
}
