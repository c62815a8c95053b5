import type { FastifyRequest } from 'fastify';
import { ZCalendarFeed, ZFeedParams } from '#contracts/calendar.ts';
import type { Api } from '../../../http/api.ts';
import { requireAuth } from '../../../http/request-context.ts';
import * as calendar from './calendar.service.ts';

export function calendarRoutes(api: Api) {
  /**
   * The configured public address, else how the client reached us (behind a proxy: its
   * X-Forwarded-* when KONTOR_TRUST_PROXY is on).
   */
  const originOf = (request: FastifyRequest) =>
    api.config.publicUrl ?? `${request.protocol}://${request.host}`;

  api.get(
    '/api/v1/me/calendar-feed',
    {
      config: { access: 'self' },
      schema: {
        summary: 'The address of your private calendar feed (issued on first call)',
        tags: ['calendar'],
        response: { 200: ZCalendarFeed },
      },
    },
    async (request) => calendar.calendarFeed(api.db, requireAuth(request.auth), originOf(request)),
  );

  api.post(
    '/api/v1/me/calendar-feed',
    {
      config: { access: 'self' },
      schema: {
        summary: 'A new address for your calendar feed; the old one stops working',
        tags: ['calendar'],
        response: { 201: ZCalendarFeed },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(await calendar.renewCalendarFeed(api.db, requireAuth(request.auth), originOf(request))),
  );

  api.get(
    '/api/calendar/:token',
    {
      // The token in the address is the credential: calendar applications send no cookie.
      config: { access: 'public' },
      // Request logs carry the URL, and so the token: this route logs only what goes wrong.
      logLevel: 'warn',
      schema: {
        summary: 'A calendar feed (iCalendar, RFC 5545) for Outlook, Google Calendar or Apple Calendar',
        tags: ['calendar'],
        params: ZFeedParams,
        security: [],
      },
    },
    async (request, reply) => {
      const ics = await calendar.feedCalendar(api.db, api.clock, request.params.token);
      return reply
        .header('cache-control', 'private, no-cache')
        .header('x-content-type-options', 'nosniff')
        .type('text/calendar; charset=utf-8')
        .send(ics);
    },
  );
}
