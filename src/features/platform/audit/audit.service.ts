import type { AuditQuery } from '#contracts/audit.ts';
import type { Actor, Auth } from '#contracts/identity.ts';
import { decodeCursor, encodeCursor } from '../../../core/cursor.ts';
import type { Queryable } from '../../../db/client.ts';
import { type AuditChange, insertChanges, selectChanges } from './audit.store.ts';

export type { AuditChange };

/** Written inside the transaction of the change it describes: no change without its entry. */
export async function recordChange(db: Queryable, actor: Actor, change: AuditChange): Promise<void> {
  await insertChanges(db, actor, [change]);
}

export async function recordChanges(db: Queryable, actor: Actor, changes: readonly AuditChange[]) {
  await insertChanges(db, actor, changes);
}

/** The workspace's audit trail, newest first, a page at a time. */
export async function listChanges(db: Queryable, auth: Auth, query: AuditQuery) {
  const { limit, cursor, entityType, entityId } = query;
  const rows = await selectChanges(db, auth.workspaceId, {
    entityType,
    entityId,
    beforeId: cursor ? decodeCursor(cursor).id : undefined,
    limit: limit + 1,
  });
  const items = rows.slice(0, limit);
  const last = items.at(-1);
  const nextCursor = rows.length > limit && last ? encodeCursor({ value: null, id: last.id }) : null;
  return { items, nextCursor };
}
