import { and, eq, getTableColumns, type SQL, sql } from 'drizzle-orm';
import type { PgColumn, PgTable, PgUpdateSetSource, SelectedFieldsFlat } from 'drizzle-orm/pg-core';
import type { SelectResultFields } from 'drizzle-orm/query-builders/select.types';
import type { Queryable } from './client.ts';

type VersionedTable = PgTable & { workspaceId: PgColumn; version: PgColumn };

/** Which row of the workspace, and the version of it the caller read. */
export interface VersionedRow {
  workspaceId: string;
  /** The row's key within the workspace; none for a workspace's one row (its settings). */
  key: SQL | undefined;
  version: number;
}

/**
 * Changes the row only if it still has the version the caller read, and raises the version (and
 * `updated_at`, where the table keeps one): of two users saving what they read, the second gets
 * nothing back instead of silently overwriting the first. Answers the `returning` columns of the
 * changed row (its new version by default), or undefined when the version was stale.
 */
export async function updateVersioned<
  Table extends VersionedTable,
  Returning extends SelectedFieldsFlat = { version: Table['version'] },
>(
  db: Queryable,
  table: Table,
  row: VersionedRow,
  changes: PgUpdateSetSource<Table>,
  returning?: Returning,
): Promise<SelectResultFields<Returning> | undefined> {
  const stamp = 'updatedAt' in getTableColumns(table) ? { updatedAt: sql`now()` } : {};
  const changed = await db
    .update(table)
    .set({ ...changes, ...stamp, version: sql`${table.version} + 1` } as PgUpdateSetSource<Table>)
    .where(and(eq(table.workspaceId, row.workspaceId), row.key, eq(table.version, row.version)))
    .returning(returning ?? ({ version: table.version } as unknown as Returning));
  return (changed as SelectResultFields<Returning>[])[0];
}

/**
 * The one meaning of `archived_at`: the moment a record was first archived. Archiving it again
 * keeps that moment (the record has been out of use since then), restoring clears it.
 */
export function archivedAtChange(column: PgColumn, archived: boolean, now: Date): SQL | null {
  return archived ? sql`coalesce(${column}, ${now.toISOString()}::timestamptz)` : null;
}
