import { and, desc, eq, gt, isNull, lt, ne, or, sql } from 'drizzle-orm';
import { newId } from '../../../core/ids.ts';
import type { Queryable } from '../../../db/client.ts';
import { apiTokens, sessions, users } from '../../../db/schema/index.ts';
import { joinInWorkspace } from '../../../db/workspace-join.ts';

const principal = {
  userId: users.id,
  workspaceId: users.workspaceId,
  role: users.role,
  name: users.name,
  email: users.email,
  locale: users.locale,
};

export async function findActiveSession(db: Queryable, secretHash: string) {
  const [row] = await db
    .select({ ...principal, sessionId: sessions.id, lastSeenAt: sessions.lastSeenAt })
    .from(sessions)
    .innerJoin(users, joinInWorkspace(users, sessions, [users.id, sessions.userId]))
    .where(
      and(
        eq(sessions.secretHash, secretHash),
        isNull(sessions.revokedAt),
        gt(sessions.expiresAt, sql`now()`),
        eq(users.active, true),
      ),
    );
  return row;
}

export async function insertSession(
  db: Queryable,
  values: {
    workspaceId: string;
    userId: string;
    secretHash: string;
    userAgent?: string;
    ip: string;
    days: number;
  },
) {
  const id = newId();
  await db.insert(sessions).values({
    id,
    workspaceId: values.workspaceId,
    userId: values.userId,
    secretHash: values.secretHash,
    userAgent: values.userAgent?.slice(0, 500) ?? null,
    ip: values.ip,
    expiresAt: sql`now() + make_interval(days => ${values.days})`,
  });
  return id;
}

/** Sliding expiry, written at most every five minutes per session to spare the database. */
export async function extendSession(db: Queryable, sessionId: string, days: number) {
  await db
    .update(sessions)
    .set({ lastSeenAt: sql`now()`, expiresAt: sql`now() + make_interval(days => ${days})` })
    .where(and(eq(sessions.id, sessionId), lt(sessions.lastSeenAt, sql`now() - interval '5 minutes'`)));
}

export async function listSessions(db: Queryable, workspaceId: string, userId: string) {
  return db
    .select({
      id: sessions.id,
      userAgent: sessions.userAgent,
      ip: sessions.ip,
      createdAt: sessions.createdAt,
      lastSeenAt: sessions.lastSeenAt,
      expiresAt: sessions.expiresAt,
    })
    .from(sessions)
    .where(
      and(
        eq(sessions.workspaceId, workspaceId),
        eq(sessions.userId, userId),
        isNull(sessions.revokedAt),
        gt(sessions.expiresAt, sql`now()`),
      ),
    )
    .orderBy(desc(sessions.lastSeenAt))
    .limit(100);
}

export async function revokeSession(db: Queryable, workspaceId: string, userId: string, sessionId: string) {
  const rows = await db
    .update(sessions)
    .set({ revokedAt: sql`now()` })
    .where(
      and(
        eq(sessions.id, sessionId),
        eq(sessions.workspaceId, workspaceId),
        eq(sessions.userId, userId),
        isNull(sessions.revokedAt),
      ),
    )
    .returning({ id: sessions.id });
  return rows.length > 0;
}

export async function revokeSessionsExcept(
  db: Queryable,
  workspaceId: string,
  userId: string,
  keepSessionId: string | undefined,
) {
  await db
    .update(sessions)
    .set({ revokedAt: sql`now()` })
    .where(
      and(
        eq(sessions.workspaceId, workspaceId),
        eq(sessions.userId, userId),
        isNull(sessions.revokedAt),
        keepSessionId ? ne(sessions.id, keepSessionId) : undefined,
      ),
    );
}

export async function revokeAllTokens(db: Queryable, workspaceId: string, userId: string) {
  await db
    .update(apiTokens)
    .set({ revokedAt: sql`now()` })
    .where(
      and(eq(apiTokens.workspaceId, workspaceId), eq(apiTokens.userId, userId), isNull(apiTokens.revokedAt)),
    );
}

export async function findActiveToken(db: Queryable, secretHash: string) {
  const [row] = await db
    .select({ ...principal, tokenId: apiTokens.id, scopes: apiTokens.scopes })
    .from(apiTokens)
    .innerJoin(users, joinInWorkspace(users, apiTokens, [users.id, apiTokens.userId]))
    .where(
      and(
        eq(apiTokens.secretHash, secretHash),
        isNull(apiTokens.revokedAt),
        or(isNull(apiTokens.expiresAt), gt(apiTokens.expiresAt, sql`now()`)),
        eq(users.active, true),
      ),
    );
  return row;
}

export async function touchToken(db: Queryable, tokenId: string) {
  await db
    .update(apiTokens)
    .set({ lastUsedAt: sql`now()` })
    .where(
      and(
        eq(apiTokens.id, tokenId),
        or(isNull(apiTokens.lastUsedAt), lt(apiTokens.lastUsedAt, sql`now() - interval '5 minutes'`)),
      ),
    );
}

const tokenColumns = {
  id: apiTokens.id,
  name: apiTokens.name,
  scopes: apiTokens.scopes,
  createdAt: apiTokens.createdAt,
  lastUsedAt: apiTokens.lastUsedAt,
  expiresAt: apiTokens.expiresAt,
};

export async function insertToken(
  db: Queryable,
  values: {
    workspaceId: string;
    userId: string;
    name: string;
    scopes: string[];
    secretHash: string;
    expiresAt: Date | null;
  },
) {
  const [row] = await db
    .insert(apiTokens)
    .values({ id: newId(), ...values })
    .returning(tokenColumns);
  return row as NonNullable<typeof row>;
}

export async function listTokens(db: Queryable, workspaceId: string, userId: string) {
  return db
    .select(tokenColumns)
    .from(apiTokens)
    .where(
      and(eq(apiTokens.workspaceId, workspaceId), eq(apiTokens.userId, userId), isNull(apiTokens.revokedAt)),
    )
    .orderBy(desc(apiTokens.createdAt))
    .limit(100);
}

export async function revokeToken(db: Queryable, workspaceId: string, userId: string, tokenId: string) {
  const rows = await db
    .update(apiTokens)
    .set({ revokedAt: sql`now()` })
    .where(
      and(
        eq(apiTokens.id, tokenId),
        eq(apiTokens.workspaceId, workspaceId),
        eq(apiTokens.userId, userId),
        isNull(apiTokens.revokedAt),
      ),
    )
    .returning({ id: apiTokens.id });
  return rows.length > 0;
}
