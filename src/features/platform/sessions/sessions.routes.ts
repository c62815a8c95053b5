import { z } from 'zod';
import { ZCreatedToken, ZSession, ZToken, ZTokenCreate } from '#contracts/auth.ts';
import { ZIdParams } from '#contracts/common.ts';
import type { Api } from '../../../http/api.ts';
import { requireAuth } from '../../../http/request-context.ts';
import * as sessions from './sessions.service.ts';

/** My sessions and personal API tokens: list and revoke, create a token. */
export function sessionRoutes(api: Api) {
  api.get(
    '/api/v1/me/sessions',
    {
      config: { access: 'self' },
      schema: {
        summary: 'My active sessions',
        tags: ['auth'],
        response: { 200: z.object({ items: z.array(ZSession) }) },
      },
    },
    async (request) => ({ items: await sessions.listSessions(api.db, requireAuth(request.auth)) }),
  );

  api.delete(
    '/api/v1/me/sessions/:id',
    {
      config: { access: 'self' },
      schema: { summary: 'Revoke one of my sessions', tags: ['auth'], params: ZIdParams },
    },
    async (request, reply) => {
      await sessions.revokeSession(api.db, requireAuth(request.auth), request.params.id);
      return reply.status(204).send();
    },
  );

  api.get(
    '/api/v1/me/tokens',
    {
      config: { access: 'self' },
      schema: {
        summary: 'My personal API tokens',
        tags: ['auth'],
        response: { 200: z.object({ items: z.array(ZToken) }) },
      },
    },
    async (request) => ({ items: await sessions.listTokens(api.db, requireAuth(request.auth)) }),
  );

  api.post(
    '/api/v1/me/tokens',
    {
      config: { access: 'self' },
      schema: {
        summary: 'Create a personal API token (shown once)',
        tags: ['auth'],
        body: ZTokenCreate,
        response: { 201: ZCreatedToken },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(await sessions.createToken(api.db, requireAuth(request.auth), api.clock, request.body)),
  );

  api.delete(
    '/api/v1/me/tokens/:id',
    {
      config: { access: 'self' },
      schema: { summary: 'Revoke a personal API token', tags: ['auth'], params: ZIdParams },
    },
    async (request, reply) => {
      await sessions.revokeToken(api.db, requireAuth(request.auth), request.params.id);
      return reply.status(204).send();
    },
  );
}
