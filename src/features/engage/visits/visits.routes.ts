import { ZIdParams } from '#contracts/common.ts';
import {
  ZVisit,
  ZVisitCreate,
  ZVisitListQuery,
  ZVisitPage,
  ZVisitReport,
  ZVisitReportResult,
  ZVisitUpdate,
} from '#contracts/visits.ts';
import { attachmentDisposition } from '../../../core/file-name.ts';
import type { Api } from '../../../http/api.ts';
import { requireAuth } from '../../../http/request-context.ts';
import { reportVisit } from './visit-report.service.ts';
import * as visits from './visits.service.ts';

export function visitRoutes(api: Api) {
  api.get(
    '/api/v1/visits',
    {
      config: { access: 'relationships:read' },
      schema: {
        summary: 'Visits, in the order they start',
        tags: ['visits'],
        querystring: ZVisitListQuery,
        response: { 200: ZVisitPage },
      },
    },
    async (request) => visits.listVisits(api.db, requireAuth(request.auth), request.query),
  );

  api.post(
    '/api/v1/visits',
    {
      config: { access: 'relationships:write' },
      schema: {
        summary: "Plan a visit; the place defaults to the account's address",
        tags: ['visits'],
        body: ZVisitCreate,
        response: { 201: ZVisit },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await visits.createVisit(api.db, requireAuth(request.auth), request.body)),
  );

  api.get(
    '/api/v1/visits/:id',
    {
      config: { access: 'relationships:read' },
      schema: { summary: 'One visit', tags: ['visits'], params: ZIdParams, response: { 200: ZVisit } },
    },
    async (request) => visits.getVisit(api.db, requireAuth(request.auth), request.params.id),
  );

  api.patch(
    '/api/v1/visits/:id',
    {
      config: { access: 'relationships:write' },
      schema: {
        summary: 'Change or cancel a planned visit; send the version you read',
        tags: ['visits'],
        params: ZIdParams,
        body: ZVisitUpdate,
        response: { 200: ZVisit },
      },
    },
    async (request) => visits.updateVisit(api.db, requireAuth(request.auth), request.params.id, request.body),
  );

  api.post(
    '/api/v1/visits/:id/report',
    {
      config: { access: 'relationships:write' },
      schema: {
        summary: 'Report the visit: it becomes an interaction with feedback and next steps',
        tags: ['visits'],
        params: ZIdParams,
        body: ZVisitReport,
        response: { 201: ZVisitReportResult },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(
          await reportVisit(api.db, requireAuth(request.auth), api.clock, request.params.id, request.body),
        ),
  );

  api.get(
    '/api/v1/visits/:id/ics',
    {
      config: { access: 'relationships:read' },
      schema: {
        summary: 'The visit as an iCalendar file (.ics) for any calendar application',
        tags: ['visits'],
        params: ZIdParams,
      },
    },
    async (request, reply) => {
      const { title, ics } = await visits.visitIcs(
        api.db,
        requireAuth(request.auth),
        api.clock,
        request.params.id,
      );
      return reply
        .header('content-disposition', attachmentDisposition(`${title}.ics`))
        .type('text/calendar; charset=utf-8')
        .send(ics);
    },
  );
}
