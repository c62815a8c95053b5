import { drizzle } from 'drizzle-orm/node-postgres';
import type pg from 'pg';
import type { Db, Tx } from './client.ts';
import * as schema from './schema/index.ts';

/**
 * Work that needs one connection of the pool for itself, beyond what `db.transaction` offers:
 * a COPY stream (no other statement may share its connection while it runs), and transactions
 * that also send raw SQL (bulk statements written for PostgreSQL, not built with Drizzle).
 */

/**
 * Runs `work` on a pool connection of its own. A connection whose work failed is discarded, not
 * handed back: it may be stuck in a cancelled COPY or an aborted transaction.
 */
export async function withDedicatedConnection<T>(
  db: Db,
  work: (client: pg.PoolClient) => Promise<T>,
): Promise<T> {
  const client = await db.$client.connect();
  let failed = false;
  try {
    return await work(client);
  } catch (error) {
    failed = true;
    throw error;
  } finally {
    client.release(failed);
  }
}

/**
 * Runs `work` in one transaction on a connection of its own, reachable both through Drizzle
 * (`tx`) and as the raw client: committed when `work` returns, rolled back when it throws.
 */
export function withTransaction<T>(db: Db, work: (tx: Tx, client: pg.PoolClient) => Promise<T>): Promise<T> {
  return withDedicatedConnection(db, (client) =>
    drizzle(client, { schema }).transaction((tx) => work(tx, client)),
  );
}
