import { ZAuditPage, ZAuditQuery } from '#contracts/audit.ts';
import type { Api } from '../../../http/api.ts';
import { requireAuth } from '../../../http/request-context.ts';
import { listChanges } from './audit.service.ts';

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
        response: { 200: ZAuditPage },
      },
    },
    async (request) => listChanges(api.db, requireAuth(request.auth), request.query),
  );
}
