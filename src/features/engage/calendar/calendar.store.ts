import { and, eq, sql } from 'drizzle-orm';
import type { Queryable } from '../../../db/client.ts';
import { calendarFeeds } from '../../../db/schema/index.ts';

export async function findFeedOf(db: Queryable, workspaceId: string, userId: string) {
  const [row] = await db
    .select({ token: calendarFeeds.token })
    .from(calendarFeeds)
    .where(and(eq(calendarFeeds.workspaceId, workspaceId), eq(calendarFeeds.userId, userId)));
  return row;
}

export async function findFeedByHash(db: Queryable, tokenHash: string) {
  const [row] = await db
    .select({
      workspaceId: calendarFeeds.workspaceId,
      userId: calendarFeeds.userId,
      token: calendarFeeds.token,
    })
    .from(calendarFeeds)
    .where(eq(calendarFeeds.tokenHash, tokenHash));
  return row;
}

/** The user's one feed: a new token replaces the old one, which then leads nowhere. */
export async function saveFeed(
  db: Queryable,
  feed: { workspaceId: string; userId: string; token: string; tokenHash: string },
  replace: boolean,
) {
  const insert = db.insert(calendarFeeds).values(feed);
  await (replace
    ? insert.onConflictDoUpdate({
        target: [calendarFeeds.workspaceId, calendarFeeds.userId],
        set: { token: feed.token, tokenHash: feed.tokenHash, createdAt: sql`now()` },
      })
    : insert.onConflictDoNothing());
}
