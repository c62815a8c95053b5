import { and, eq, type SQL } from 'drizzle-orm';
import type { PgColumn } from 'drizzle-orm/pg-core';

interface InWorkspace {
  workspaceId: PgColumn;
}

/**
 * The ON clause of a join along a reference: the joined row is the one the columns name, in the
 * same workspace as the row it is joined to. References are composite foreign keys
 * (workspace_id, id), so the join follows the key the database checks and never leaves the
 * workspace, whatever the id columns hold.
 */
export function joinInWorkspace(
  joined: InWorkspace,
  from: InWorkspace,
  ...on: [joinedColumn: PgColumn, fromColumn: PgColumn][]
): SQL {
  return and(
    eq(joined.workspaceId, from.workspaceId),
    ...on.map(([joinedColumn, fromColumn]) => eq(joinedColumn, fromColumn)),
  ) as SQL;
}
