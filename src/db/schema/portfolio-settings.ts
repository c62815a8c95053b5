import { integer, numeric, pgTable, timestamp, uuid } from 'drizzle-orm/pg-core';
import { workspaces } from './workspaces.ts';

/** The head of sales' settings of the portfolio analysis; a workspace without a row uses the defaults. */
export const portfolioSettings = pgTable('portfolio_settings', {
  workspaceId: uuid('workspace_id')
    .primaryKey()
    .references(() => workspaces.id),
  abcThresholdA: numeric('abc_threshold_a', { precision: 5, scale: 4, mode: 'number' })
    .notNull()
    .default(0.8),
  abcThresholdB: numeric('abc_threshold_b', { precision: 5, scale: 4, mode: 'number' })
    .notNull()
    .default(0.95),
  /** How many key accounts one KAM can care for before the workload shows a warning. */
  keyAccountsPerKam: integer('key_accounts_per_kam').notNull().default(8),
  version: integer('version').notNull().default(1),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});
