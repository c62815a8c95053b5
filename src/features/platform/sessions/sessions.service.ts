import { createHash, randomBytes } from 'node:crypto';
import type { Auth } from '#contracts/identity.ts';
import { AppError } from '../../../core/app-error.ts';
import type { Clock } from '../../../core/clock.ts';
import type { TokenScope } from '../../../core/permissions.ts';
import type { Queryable } from '../../../db/client.ts';
import * as store from './sessions.store.ts';

const TOKEN_PREFIX = 'kontor_';

const sha256 = (secret: string) => createHash('sha256').update(secret).digest('hex');
const newSecret = () => randomBytes(32).toString('base64url');

/** Starts a session: after a login, or for a user just created in onboarding. */
export async function startSession(
  db: Queryable,
  user: { id: string; workspaceId: string },
  client: { ip: string; userAgent?: string | undefined },
  sessionDays: number,
): Promise<string> {
  const secret = newSecret();
  await store.insertSession(db, {
    workspaceId: user.workspaceId,
    userId: user.id,
    secretHash: sha256(secret),
    userAgent: client.userAgent,
    ip: client.ip,
    days: sessionDays,
  });
  return secret;
}

export async function authenticateSession(
  db: Queryable,
  secret: string,
  sessionDays: number,
): Promise<Auth | undefined> {
  const row = await store.findActiveSession(db, sha256(secret));
  if (!row) return undefined;
  await store.extendSession(db, row.sessionId, sessionDays);
  const { lastSeenAt: _, ...auth } = row;
  return { ...auth, readOnly: false };
}

export async function authenticateToken(db: Queryable, token: string): Promise<Auth | undefined> {
  if (!token.startsWith(TOKEN_PREFIX)) return undefined;
  const row = await store.findActiveToken(db, sha256(token));
  if (!row) return undefined;
  await store.touchToken(db, row.tokenId);
  const { scopes, ...auth } = row;
  return { ...auth, readOnly: !scopes.includes('write') };
}

/** Ends every session and API token of a user: deactivation, or a password reset by an admin. */
export async function signOutEverywhere(db: Queryable, workspaceId: string, userId: string) {
  await store.revokeSessionsExcept(db, workspaceId, userId, undefined);
  await store.revokeAllTokens(db, workspaceId, userId);
}

/** Ends the caller's other sessions (and, if asked, API tokens), e.g. after they changed their password. */
export async function signOutOtherSessions(db: Queryable, auth: Auth, options: { revokeTokens: boolean }) {
  await store.revokeSessionsExcept(db, auth.workspaceId, auth.userId, auth.sessionId);
  if (options.revokeTokens) await store.revokeAllTokens(db, auth.workspaceId, auth.userId);
}

/** Signing out ends what the caller signed in with: their session, or the API token they used. */
export async function endSession(db: Queryable, auth: Auth) {
  if (auth.sessionId) await store.revokeSession(db, auth.workspaceId, auth.userId, auth.sessionId);
  else if (auth.tokenId) await store.revokeToken(db, auth.workspaceId, auth.userId, auth.tokenId);
}

export async function listSessions(db: Queryable, auth: Auth) {
  const rows = await store.listSessions(db, auth.workspaceId, auth.userId);
  return rows.map((row) => ({ ...row, current: row.id === auth.sessionId }));
}

export async function revokeSession(db: Queryable, auth: Auth, sessionId: string) {
  if (!(await store.revokeSession(db, auth.workspaceId, auth.userId, sessionId))) {
    throw new AppError('not_found', 'Session not found');
  }
}

export async function createToken(
  db: Queryable,
  auth: Auth,
  clock: Clock,
  input: { name: string; scopes: TokenScope[]; expiresInDays?: number | undefined },
) {
  const token = `${TOKEN_PREFIX}${newSecret()}`;
  const expiresAt = input.expiresInDays
    ? new Date(clock.now().getTime() + input.expiresInDays * 86_400_000)
    : null;
  const row = await store.insertToken(db, {
    workspaceId: auth.workspaceId,
    userId: auth.userId,
    name: input.name,
    scopes: [...new Set(input.scopes)],
    secretHash: sha256(token),
    expiresAt,
  });
  return { ...row, token };
}

export async function listTokens(db: Queryable, auth: Auth) {
  return store.listTokens(db, auth.workspaceId, auth.userId);
}

export async function revokeToken(db: Queryable, auth: Auth, tokenId: string) {
  if (!(await store.revokeToken(db, auth.workspaceId, auth.userId, tokenId))) {
    throw new AppError('not_found', 'Token not found');
  }
}
