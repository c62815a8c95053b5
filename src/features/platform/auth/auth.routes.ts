import type { FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import {
  ZCreatedToken,
  ZLoginRequest,
  ZMe,
  ZSession,
  ZToken,
  ZTokenCreate,
  ZUserResponse,
} from '#contracts/auth.ts';
import { ZIdParams } from '#contracts/common.ts';
import type { Api } from '../../../http/api.ts';
import { SESSION_COOKIE } from '../../../http/authenticate.ts';
import { requireAuth } from '../../../http/request-context.ts';
import { getUser } from '../users/users.service.ts';
import { getWorkspace } from '../workspaces/workspaces.service.ts';
import * as auth from './auth.service.ts';

export function clientOf(request: FastifyRequest) {
  return { ip: request.ip, userAgent: request.headers['user-agent'] };
}

/** httpOnly (no script reads it), SameSite=Lax (no cross-site POST carries it), Secure behind HTTPS. */
export function setSessionCookie(api: Api, request: FastifyRequest, reply: FastifyReply, secret: string) {
  const mode = api.config.secureCookies;
  const secure = mode === 'true' || (mode === 'auto' && request.protocol === 'https');
  reply.setCookie(SESSION_COOKIE, secret, {
    path: '/',
    httpOnly: true,
    sameSite: 'lax',
    secure,
    maxAge: api.config.sessionDays * 86_400,
  });
}

export function authRoutes(api: Api) {
  api.post(
    '/api/v1/auth/login',
    {
      config: { access: 'public' },
      schema: {
        summary: 'Sign in; sets the session cookie',
        tags: ['auth'],
        body: ZLoginRequest,
        response: { 200: ZUserResponse },
      },
    },
    async (request, reply) => {
      const { secret, user } = await auth.login(
        api.db,
        request.body,
        clientOf(request),
        api.config.sessionDays,
      );
      setSessionCookie(api, request, reply, secret);
      return { user };
    },
  );

  api.post(
    '/api/v1/auth/logout',
    { config: { access: 'self' }, schema: { summary: 'Sign out this session', tags: ['auth'] } },
    async (request, reply) => {
      await auth.logout(api.db, requireAuth(request.auth));
      reply.clearCookie(SESSION_COOKIE, { path: '/' });
      return reply.status(204).send();
    },
  );

  api.get(
    '/api/v1/me',
    {
      config: { access: 'self' },
      schema: {
        summary: 'Who am I, in which workspace, allowed to do what',
        tags: ['auth'],
        response: { 200: ZMe },
      },
    },
    async (request) => {
      const me = requireAuth(request.auth);
      const user = await getUser(api.db, me, me.userId);
      const workspace = await getWorkspace(api.db, me.workspaceId);
      return { user, workspace, permissions: auth.permissionsOf(me) };
    },
  );

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
    async (request) => ({ items: await auth.listSessions(api.db, requireAuth(request.auth)) }),
  );

  api.delete(
    '/api/v1/me/sessions/:id',
    {
      config: { access: 'self' },
      schema: { summary: 'Revoke one of my sessions', tags: ['auth'], params: ZIdParams },
    },
    async (request, reply) => {
      await auth.revokeSession(api.db, requireAuth(request.auth), request.params.id);
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
    async (request) => ({ items: await auth.listTokens(api.db, requireAuth(request.auth)) }),
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
      reply.status(201).send(await auth.createToken(api.db, requireAuth(request.auth), request.body)),
  );

  api.delete(
    '/api/v1/me/tokens/:id',
    {
      config: { access: 'self' },
      schema: { summary: 'Revoke a personal API token', tags: ['auth'], params: ZIdParams },
    },
    async (request, reply) => {
      await auth.revokeToken(api.db, requireAuth(request.auth), request.params.id);
      return reply.status(204).send();
    },
  );
}
