import type { Permission, Role } from '../core/permissions.ts';
import type { Actor } from '../features/platform/audit/audit.store.ts';

/** Who is asking: resolved once per request from the session cookie or the bearer token. */
export interface Auth extends Actor {
  role: Role;
  name: string;
  email: string;
  locale: string;
  sessionId?: string | undefined;
  /** A token with scope `read` may only use safe methods (GET). */
  readOnly: boolean;
}

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
