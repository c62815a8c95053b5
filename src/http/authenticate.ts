import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Auth } from '#contracts/identity.ts';
import { AppError } from '../core/app-error.ts';
import { isAllowed } from '../core/permissions.ts';
import type { Db } from '../db/client.ts';
import { authenticateSession, authenticateToken } from '../features/platform/sessions/sessions.service.ts';
import { checkSameOrigin } from './same-origin.ts';

export const SESSION_COOKIE = 'kontor_session';
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

interface Credentials {
  auth: Auth | undefined;
  /** The browser sent it by itself (a cookie), so a foreign page could have made it send it. */
  ambient: boolean;
}

async function resolveAuth(db: Db, request: FastifyRequest, sessionDays: number): Promise<Credentials> {
  const header = request.headers.authorization;
  if (header) {
    const [scheme, token] = header.split(' ');
    if (scheme?.toLowerCase() !== 'bearer' || !token) return { auth: undefined, ambient: false };
    return { auth: await authenticateToken(db, token), ambient: false };
  }
  const secret = request.cookies[SESSION_COOKIE];
  return { auth: secret ? await authenticateSession(db, secret, sessionDays) : undefined, ambient: true };
}

/**
 * The one gate of every API route: who is asking (session cookie or bearer token), and may
 * their role do what the route's `access` names. Runs before the body is even read.
 */
export function registerAuthentication(
  app: FastifyInstance,
  db: Db,
  settings: { sessionDays: number; publicUrl: string | undefined },
) {
  app.decorateRequest('auth', undefined);

  app.addHook('onRoute', (route) => {
    if (route.url.startsWith('/api/v1') && !route.config?.access) {
      throw new Error(`Route ${route.method} ${route.url} declares no access; every API route must.`);
    }
  });

  app.addHook('onRequest', async (request) => {
    const access = request.routeOptions.config?.access;
    if (!access || access === 'public') return;
    const { auth, ambient } = await resolveAuth(db, request, settings.sessionDays);
    if (!auth) throw new AppError('unauthenticated', 'Sign in first');
    if (ambient && !SAFE_METHODS.has(request.method)) checkSameOrigin(request, settings.publicUrl);
    if (!isAllowed(auth.role, access)) throw new AppError('forbidden', 'Your role may not do this');
    if (auth.readOnly && !SAFE_METHODS.has(request.method)) {
      throw new AppError('forbidden', 'This API token may only read');
    }
    request.auth = auth;
  });
}
