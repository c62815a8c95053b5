import { ZDayQuery, ZMyDay } from '#contracts/my-day.ts';
import type { Api } from '../../../http/api.ts';
import { requireAuth } from '../../../http/request-context.ts';
import { myDay } from './my-day.service.ts';

export function myDayRoutes(api: Api) {
  api.get(
    '/api/v1/me/day',
    {
      config: { access: 'self' },
      schema: {
        summary: "The start page: this week's visits, overdue contacts, due next steps, coverage gaps",
        tags: ['my day'],
        querystring: ZDayQuery,
        response: { 200: ZMyDay },
      },
    },
    async (request) => myDay(api.db, requireAuth(request.auth), api.clock, request.query.scope),
  );
}
