import {
  ZOverduePage,
  ZOverdueQuery,
  ZRelationshipSettings,
  ZRelationshipSettingsUpdate,
} from '#contracts/contact-cadence.ts';
import type { Api } from '../../../http/api.ts';
import { requireAuth } from '../../../http/request-context.ts';
import { listOverdue } from './contact-cadence.service.ts';
import { getRelationshipSettings, updateRelationshipSettings } from './relationship-settings.service.ts';

export function contactCadenceRoutes(api: Api) {
  api.get(
    '/api/v1/relationship-settings',
    {
      config: { access: 'relationships:read' },
      schema: {
        summary: 'The contact cadence per key-account tier and the time zone days are counted in',
        tags: ['contact cadence'],
        response: { 200: ZRelationshipSettings },
      },
    },
    async (request) => getRelationshipSettings(api.db, requireAuth(request.auth)),
  );

  api.patch(
    '/api/v1/relationship-settings',
    {
      config: { access: 'relationships:configure' },
      schema: {
        summary: 'Change the cadence per tier or the time zone; applies at once to every account',
        tags: ['contact cadence'],
        body: ZRelationshipSettingsUpdate,
        response: { 200: ZRelationshipSettings },
      },
    },
    async (request) => updateRelationshipSettings(api.db, requireAuth(request.auth), request.body),
  );

  api.get(
    '/api/v1/contact-cadence/overdue',
    {
      config: { access: 'relationships:read' },
      schema: {
        summary: 'Key accounts and their people not contacted in time, most important first',
        tags: ['contact cadence'],
        querystring: ZOverdueQuery,
        response: { 200: ZOverduePage },
      },
    },
    async (request) => listOverdue(api.db, requireAuth(request.auth), api.clock, request.query),
  );
}
