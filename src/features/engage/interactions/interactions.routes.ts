import { ZIdParams, ZPageQuery } from '#contracts/common.ts';
import {
  ZInteraction,
  ZInteractionCreate,
  ZInteractionListQuery,
  ZInteractionPage,
  ZInteractionUpdate,
  ZPresentationLog,
} from '#contracts/interactions.ts';
import type { Api } from '../../../http/api.ts';
import { requireAuth } from '../../../http/request-context.ts';
import * as interactions from './interactions.service.ts';

export function interactionRoutes(api: Api) {
  api.get(
    '/api/v1/interactions',
    {
      config: { access: 'relationships:read' },
      schema: {
        summary: 'The timeline: interactions newest first, by account, contact, kind or participant',
        tags: ['interactions'],
        querystring: ZInteractionListQuery,
        response: { 200: ZInteractionPage },
      },
    },
    async (request) =>
      interactions.listInteractions(api.db, requireAuth(request.auth), api.clock, request.query),
  );

  api.post(
    '/api/v1/interactions',
    {
      config: { access: 'relationships:write' },
      schema: {
        summary: 'Log a meeting, call, e-mail, visit or presentation, with the next steps agreed',
        tags: ['interactions'],
        body: ZInteractionCreate,
        response: { 201: ZInteraction },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(
          await interactions.createInteraction(api.db, requireAuth(request.auth), api.clock, request.body),
        ),
  );

  api.get(
    '/api/v1/interactions/:id',
    {
      config: { access: 'relationships:read' },
      schema: {
        summary: 'One interaction',
        tags: ['interactions'],
        params: ZIdParams,
        response: { 200: ZInteraction },
      },
    },
    async (request) =>
      interactions.getInteraction(api.db, requireAuth(request.auth), api.clock, request.params.id),
  );

  api.patch(
    '/api/v1/interactions/:id',
    {
      config: { access: 'relationships:write' },
      schema: {
        summary: 'Correct an interaction; send the version you read',
        tags: ['interactions'],
        params: ZIdParams,
        body: ZInteractionUpdate,
        response: { 200: ZInteraction },
      },
    },
    async (request) =>
      interactions.updateInteraction(
        api.db,
        requireAuth(request.auth),
        api.clock,
        request.params.id,
        request.body,
      ),
  );

  api.delete(
    '/api/v1/interactions/:id',
    {
      config: { access: 'relationships:write' },
      schema: {
        summary: 'Delete a wrongly logged interaction (not a visit report); its next steps stay',
        tags: ['interactions'],
        params: ZIdParams,
      },
    },
    async (request, reply) => {
      await interactions.deleteInteraction(api.db, requireAuth(request.auth), api.clock, request.params.id);
      return reply.status(204).send();
    },
  );

  api.get(
    '/api/v1/accounts/:id/presentations',
    {
      config: { access: 'relationships:read' },
      schema: {
        summary: 'The presentation log of an account: what was presented when to whom, and the feedback',
        tags: ['interactions'],
        params: ZIdParams,
        querystring: ZPageQuery,
        response: { 200: ZPresentationLog },
      },
    },
    async (request) =>
      interactions.listPresentations(api.db, requireAuth(request.auth), request.params.id, request.query),
  );
}
