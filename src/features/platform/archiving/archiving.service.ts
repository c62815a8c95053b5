import type { Auth } from '#contracts/identity.ts';
import { versionConflict } from '../../../core/app-error.ts';
import type { Clock } from '../../../core/clock.ts';
import type { Queryable } from '../../../db/client.ts';
import { recordChange } from '../audit/audit.service.ts';

/** A kind of record that is archived instead of deleted, as its feature loads and stores it. */
export interface Archivable<Record extends { version: number }> {
  /** The audit trail's name of the kind, e.g. `account`. */
  entityType: string;
  /** How a conflict names one, e.g. `this account`. */
  called: string;
  /** The record as the API shows it; throws not_found when the workspace has no such record. */
  load(db: Queryable, workspaceId: string, id: string): Promise<Record>;
  /** The store's versioned change of `archived_at` (see archivedAtChange); undefined on a stale version. */
  store(
    db: Queryable,
    row: { workspaceId: string; id: string; version: number },
    archived: boolean,
    now: Date,
  ): Promise<unknown>;
}

/**
 * Archives (archived = true) or restores a record at the version the caller read: nothing is
 * ever deleted, so history and links stay whole. One audit entry, in the same transaction.
 */
export async function archiveOrRestore<Record extends { version: number }>(
  db: Queryable,
  auth: Auth,
  clock: Clock,
  kind: Archivable<Record>,
  change: { id: string; version: number; archived: boolean },
): Promise<Record> {
  const { id, version, archived } = change;
  return db.transaction(async (tx) => {
    const current = await kind.load(tx, auth.workspaceId, id);
    if (current.version !== version) throw versionConflict(kind.called);
    const stored = await kind.store(
      tx,
      { workspaceId: auth.workspaceId, id, version },
      archived,
      clock.now(),
    );
    if (!stored) throw versionConflict(kind.called);
    const updated = await kind.load(tx, auth.workspaceId, id);
    await recordChange(tx, auth, {
      action: archived ? 'archive' : 'restore',
      entityType: kind.entityType,
      entityId: id,
      before: current,
      after: updated,
    });
    return updated;
  });
}
