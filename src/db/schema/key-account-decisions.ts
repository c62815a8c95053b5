import {
  date,
  foreignKey,
  index,
  integer,
  pgEnum,
  pgTable,
  text,
  timestamp,
  uuid,
} from 'drizzle-orm/pg-core';
import { accounts } from './accounts.ts';
import { users } from './users.ts';
import { workspaces } from './workspaces.ts';

export const keyAccountDecisionKind = pgEnum('key_account_decision_kind', [
  /** Becomes a key account (with tier and KAM). */
  'designate',
  /** Tier or KAM of a key account changes. */
  'change',
  /** Stops being a key account and goes to an account manager. */
  'hand_to_account_manager',
]);

/** The head of sales' decisions about key accounts, in the account's history for good. */
export const keyAccountDecisions = pgTable(
  'key_account_decisions',
  {
    id: uuid('id').primaryKey(),
    workspaceId: uuid('workspace_id')
      .notNull()
      .references(() => workspaces.id),
    accountId: uuid('account_id').notNull(),
    kind: keyAccountDecisionKind('kind').notNull(),
    tier: integer('tier'),
    ownerId: uuid('owner_id'),
    reason: text('reason').notNull(),
    effectiveOn: date('effective_on').notNull(),
    decidedBy: uuid('decided_by').notNull(),
    decidedAt: timestamp('decided_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    foreignKey({
      columns: [t.workspaceId, t.accountId],
      foreignColumns: [accounts.workspaceId, accounts.id],
    }),
    foreignKey({ columns: [t.workspaceId, t.ownerId], foreignColumns: [users.workspaceId, users.id] }),
    foreignKey({ columns: [t.workspaceId, t.decidedBy], foreignColumns: [users.workspaceId, users.id] }),
    index('key_account_decisions_account_idx').on(t.workspaceId, t.accountId, t.decidedAt),
  ],
);
