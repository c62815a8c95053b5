import { ZBuyingCentre, ZMember, ZMemberParams, ZStakeholderUpdate } from '#contracts/buying-centre.ts';
import { ZIdParams } from '#contracts/common.ts';
import type { Api } from '../../../http/api.ts';
import { requireAuth } from '../../../http/request-context.ts';
import * as buyingCentre from './buying-centre.service.ts';

export function buyingCentreRoutes(api: Api) {
  api.get(
    '/api/v1/accounts/:id/buying-centre',
    {
      config: { access: 'relationships:read' },
      schema: {
        summary:
          "The account's buying centre: every current contact with roles, influence, attitude and reports-to, and the coverage warnings",
        tags: ['buying centre'],
        params: ZIdParams,
        response: { 200: ZBuyingCentre },
      },
    },
    async (request) =>
      buyingCentre.getBuyingCentre(api.db, requireAuth(request.auth), api.clock, request.params.id),
  );

  api.put(
    '/api/v1/accounts/:id/buying-centre/:contactId',
    {
      config: { access: 'relationships:write' },
      schema: {
        summary: "Record a contact's place in the account's buying centre (version 0 for the first time)",
        tags: ['buying centre'],
        params: ZMemberParams,
        body: ZStakeholderUpdate,
        response: { 200: ZMember },
      },
    },
    async (request) =>
      buyingCentre.putMember(
        api.db,
        requireAuth(request.auth),
        api.clock,
        request.params.id,
        request.params.contactId,
        request.body,
      ),
  );
}
