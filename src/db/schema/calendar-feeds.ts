import { foreignKey, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { users } from './users.ts';

/**
 * A user's private calendar feed. The token is kept readable (not hashed) because the user must
 * be able to see their feed URL again; issuing a new one replaces it, which revokes the old URL.
 */
export const calendarFeeds = pgTable(
  'calendar_feeds',
  {
    workspaceId: uuid('workspace_id').notNull(),
    userId: uuid('user_id').notNull(),
    token: text('token').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.workspaceId, t.userId] }),
    foreignKey({
      columns: [t.workspaceId, t.userId],
      foreignColumns: [users.workspaceId, users.id],
    }).onDelete('cascade'),
    uniqueIndex('calendar_feeds_token_key').on(t.token),
  ],
);
