import type { Auth } from '#contracts/identity.ts';
import type { Permission } from '../core/permissions.ts';

/**
 * What a route needs: `public` (no session: login, setup, health), or a permission of the
 * matrix in core/permissions.ts. Every /api route must say which.
 */
export type RouteAccess = 'public' | Permission;

declare module 'fastify' {
  interface FastifyContextConfig {
    access?: RouteAccess;
  }
  interface FastifyRequest {
    auth: Auth | undefined;
  }
}

export function requireAuth(auth: Auth | undefined): Auth {
  if (!auth) throw new Error('route reached without authentication; its access config is wrong');
  return auth;
}
