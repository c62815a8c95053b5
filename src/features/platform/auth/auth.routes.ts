import { ZLoginRequest, ZMe, ZUserResponse } from '#contracts/auth.ts';
import type { Api } from '../../../http/api.ts';
import { requireAuth } from '../../../http/request-context.ts';
import { clearSessionCookie, clientOf, setSessionCookie } from '../../../http/session-cookie.ts';
import { getUser } from '../users/users.service.ts';
import { getWorkspace } from '../workspaces/workspaces.service.ts';
import * as auth from './auth.service.ts';

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
      clearSessionCookie(reply);
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
      const { importMaxBytes, materialMaxBytes } = api.config;
      return {
        user,
        workspace,
        permissions: auth.permissionsOf(me),
        limits: { importMaxBytes, materialMaxBytes },
      };
    },
  );
}
