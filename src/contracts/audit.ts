import { z } from 'zod';
import { ZId, ZPageQuery, ZTimestamp, zPage } from './common.ts';

export const ZAuditEntry = z.object({
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

export const ZAuditQuery = ZPageQuery.extend({
  entityType: z.string().max(50).optional(),
  entityId: ZId.optional(),
});
export type AuditQuery = z.infer<typeof ZAuditQuery>;

export const ZAuditPage = zPage(ZAuditEntry);
