import { z } from 'zod';
import { decodeCursor, encodeCursor } from '../../../core/cursor.ts';
import type { Api } from '../../../http/api.ts';
import { ZId, ZPageQuery, ZTimestamp, zPage } from '../../../http/common.schema.ts';
import { requireAuth } from '../../../http/request-context.ts';
import { listChanges } from './audit.store.ts';

const ZAuditEntry = z.object({
  id: ZId,
  actorUserId: ZId.nullable(),
  actorTokenId: ZId.nullable(),
  action: z.string(),
  entityType: z.string(),
  entityId: ZId,
  before: z.unknown(),
  after: z.unknown(),
  at: ZTimestamp,
});

const ZAuditQuery = ZPageQuery.extend({
  entityType: z.string().max(50).optional(),
  entityId: ZId.optional(),
});

/** The audit trail, newest first; for admins. */
export function auditRoutes(api: Api) {
  api.get(
    '/api/v1/audit',
    {
      config: { access: 'audit:read' },
      schema: {
        summary: 'Who changed what, when',
        tags: ['audit'],
        querystring: ZAuditQuery,
        response: { 200: zPage(ZAuditEntry) },
      },
    },
    async (request) => {
      const { workspaceId } = requireAuth(request.auth);
      const { limit, cursor, entityType, entityId } = request.query;
      const rows = await listChanges(api.db, workspaceId, {
        entityType,
        entityId,
        beforeId: cursor ? decodeCursor(cursor).id : undefined,
        limit: limit + 1,
      });
      const items = rows.slice(0, limit);
      const last = items.at(-1);
      const nextCursor = rows.length > limit && last ? encodeCursor({ value: null, id: last.id }) : null;
      return { items, nextCursor };
    },
  );
}
