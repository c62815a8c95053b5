import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Auth } from '#contracts/identity.ts';
import { AppError } from '../core/app-error.ts';
import { isAllowed } from '../core/permissions.ts';
import type { Db } from '../db/client.ts';
import { authenticateSession, authenticateToken } from '../features/platform/auth/auth.service.ts';

export const SESSION_COOKIE = 'kontor_session';
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

async function resolveAuth(db: Db, request: FastifyRequest, sessionDays: number): Promise<Auth | undefined> {
  const header = request.headers.authorization;
  if (header) {
    const [scheme, token] = header.split(' ');
    if (scheme?.toLowerCase() !== 'bearer' || !token) return undefined;
    return authenticateToken(db, token);
  }
  const secret = request.cookies[SESSION_COOKIE];
  return secret ? authenticateSession(db, secret, sessionDays) : undefined;
}

/**
 * The one gate of every API route: who is asking (session cookie or bearer token), and may
 * their role do what the route's `access` names. Runs before the body is even read.
 */
export function registerAuthentication(app: FastifyInstance, db: Db, sessionDays: number) {
  app.decorateRequest('auth', undefined);

  app.addHook('onRoute', (route) => {
    if (route.url.startsWith('/api/v1') && !route.config?.access) {
      throw new Error(`Route ${route.method} ${route.url} declares no access; every API route must.`);
    }
  });

  app.addHook('onRequest', async (request) => {
    const access = request.routeOptions.config?.access;
    if (!access || access === 'public') return;
    const auth = await resolveAuth(db, request, sessionDays);
    if (!auth) throw new AppError('unauthenticated', 'Sign in first');
    if (!isAllowed(auth.role, access)) throw new AppError('forbidden', 'Your role may not do this');
    if (auth.readOnly && !SAFE_METHODS.has(request.method)) {
      throw new AppError('forbidden', 'This API token may only read');
    }
    request.auth = auth;
  });
}
