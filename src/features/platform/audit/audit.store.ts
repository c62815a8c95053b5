import { and, desc, eq, lt, type SQL, sql } from 'drizzle-orm';
import type { Actor } from '#contracts/identity.ts';
import { newId } from '../../../core/ids.ts';
import { arrayParam } from '../../../db/array-param.ts';
import type { Queryable } from '../../../db/client.ts';
import { auditLog } from '../../../db/schema/index.ts';

export interface AuditChange {
  action: 'create' | 'update' | 'archive' | 'restore' | 'delete';
  entityType: string;
  entityId: string;
  before: unknown;
  after: unknown;
}

export async function insertChanges(
  db: Queryable,
  actor: Actor,
  changes: readonly AuditChange[],
): Promise<void> {
  if (changes.length === 0) return;
  const rows = changes.map((change) => ({ id: newId(), ...change }));
  const json = (value: unknown) => (value === undefined || value === null ? null : JSON.stringify(value));
  await db.execute(sql`
    INSERT INTO audit_log (id, workspace_id, actor_user_id, actor_token_id, action, entity_type, entity_id, before, after)
    SELECT t.id, ${actor.workspaceId}, ${actor.userId}, ${actor.tokenId ?? null}, t.action, t.entity_type, t.entity_id,
      t.before, t.after
    FROM unnest(
      ${arrayParam(rows, (row) => row.id)}::uuid[], ${arrayParam(rows, (row) => row.action)}::text[],
      ${arrayParam(rows, (row) => row.entityType)}::text[], ${arrayParam(rows, (row) => row.entityId)}::uuid[],
      ${arrayParam(rows, (row) => json(row.before))}::jsonb[], ${arrayParam(rows, (row) => json(row.after))}::jsonb[]
    ) AS t (id, action, entity_type, entity_id, before, after)`);
}

export interface AuditQuery {
  entityType?: string | undefined;
  entityId?: string | undefined;
  /** Ids are UUID v7, in time order: the page continues below this id. */
  beforeId?: string | undefined;
  limit: number;
}

export async function selectChanges(db: Queryable, workspaceId: string, query: AuditQuery) {
  const conditions: SQL[] = [eq(auditLog.workspaceId, workspaceId)];
  if (query.entityType) conditions.push(eq(auditLog.entityType, query.entityType));
  if (query.entityId) conditions.push(eq(auditLog.entityId, query.entityId));
  if (query.beforeId) conditions.push(lt(auditLog.id, query.beforeId));
  return db
    .select()
    .from(auditLog)
    .where(and(...conditions))
    .orderBy(desc(auditLog.id))
    .limit(query.limit);
}
