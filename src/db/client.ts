import type { ExtractTablesWithRelations } from 'drizzle-orm';
import { drizzle, type NodePgDatabase, type NodePgTransaction } from 'drizzle-orm/node-postgres';
import pg from 'pg';
import * as schema from './schema/index.ts';

/** Drizzle over the pool; `$client` is the pool itself, for what Drizzle cannot do (COPY). */
export type Db = NodePgDatabase<typeof schema> & { $client: pg.Pool };
export type Tx = NodePgTransaction<typeof schema, ExtractTablesWithRelations<typeof schema>>;
/** What a store function runs on: the pool, or the transaction of the use case that calls it. */
export type Queryable = NodePgDatabase<typeof schema> | Tx;

// PostgreSQL `date` stays the business date string it is ('2026-11-26'), never a shifted JS Date.
pg.types.setTypeParser(pg.types.builtins.DATE, (value) => value);
// bigint (money in cents, counts) as a JS string would leak into the API; parse where used instead.

export interface Database {
  db: Db;
  pool: pg.Pool;
  close(): Promise<void>;
}

export function connect(url: string, poolSize = 10): Database {
  const pool = new pg.Pool({ connectionString: url, max: poolSize, application_name: 'kontor' });
  // A dropped idle connection (database restart) must not crash the process.
  pool.on('error', () => undefined);
  const db = drizzle(pool, { schema });
  return { db, pool, close: () => pool.end() };
}
