import { foreignKey, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { users } from './users.ts';

/**
 * A user's private calendar feed. The token is kept readable (not hashed) because the user must
 * be able to see their feed URL again; issuing a new one replaces it, which revokes the old URL.
 * A feed is found by the SHA-256 of its token, so that the lookup's timing tells nothing about
 * the token itself; the token is then compared in constant time.
 */
export const calendarFeeds = pgTable(
  'calendar_feeds',
  {
    workspaceId: uuid('workspace_id').notNull(),
    userId: uuid('user_id').notNull(),
    token: text('token').notNull(),
    /** Hex SHA-256 of the token. */
    tokenHash: text('token_hash').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.workspaceId, t.userId] }),
    foreignKey({
      columns: [t.workspaceId, t.userId],
      foreignColumns: [users.workspaceId, users.id],
    }).onDelete('cascade'),
    uniqueIndex('calendar_feeds_token_hash_key').on(t.tokenHash),
  ],
);
