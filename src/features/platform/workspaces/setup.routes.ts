import { ZUserResponse } from '#contracts/auth.ts';
import { ZSetupRequest, ZSetupStatus } from '#contracts/setup.ts';
import type { Api } from '../../../http/api.ts';
import { clientOf, setSessionCookie } from '../../../http/session-cookie.ts';
import { startSession } from '../sessions/sessions.service.ts';
import { setUp, setupNeeded } from './workspaces.service.ts';

/** First start: the browser's onboarding creates the workspace and its first admin. */
export function setupRoutes(api: Api) {
  api.get(
    '/api/v1/setup',
    {
      config: { access: 'public' },
      schema: {
        summary: 'Does Kontor still need onboarding?',
        tags: ['setup'],
        response: { 200: ZSetupStatus },
      },
    },
    async () => ({ needed: await setupNeeded(api.db) }),
  );

  api.post(
    '/api/v1/setup',
    {
      config: { access: 'public' },
      schema: {
        summary: 'Create the first workspace and its admin, and sign in',
        tags: ['setup'],
        body: ZSetupRequest,
        response: { 201: ZUserResponse },
      },
    },
    async (request, reply) => {
      const { workspace, user } = await setUp(api.db, request.body);
      const secret = await startSession(
        api.db,
        { id: user.id, workspaceId: workspace.id },
        clientOf(request),
        api.config.sessionDays,
      );
      setSessionCookie(api, request, reply, secret);
      return reply.status(201).send({ user });
    },
  );
}
