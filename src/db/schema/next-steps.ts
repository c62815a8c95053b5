import {
  date,
  foreignKey,
  index,
  integer,
  pgEnum,
  pgTable,
  text,
  timestamp,
  unique,
  uuid,
} from 'drizzle-orm/pg-core';
import { accounts } from './accounts.ts';
import { interactions } from './interactions.ts';
import { users } from './users.ts';
import { workspaces } from './workspaces.ts';

export const nextStepStatus = pgEnum('next_step_status', ['open', 'done', 'cancelled']);

/** A promised next step: owned by one person (a colleague from an internal team too), due on a day. */
export const nextSteps = pgTable(
  'next_steps',
  {
    id: uuid('id').primaryKey(),
    workspaceId: uuid('workspace_id')
      .notNull()
      .references(() => workspaces.id),
    accountId: uuid('account_id').notNull(),
    title: text('title').notNull(),
    notes: text('notes'),
    ownerId: uuid('owner_id').notNull(),
    dueOn: date('due_on').notNull(),
    status: nextStepStatus('status').notNull().default('open'),
    /** The interaction (or visit report) in which it was agreed. */
    interactionId: uuid('interaction_id'),
    createdBy: uuid('created_by').notNull(),
    completedAt: timestamp('completed_at', { withTimezone: true }),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    unique('next_steps_workspace_id_id_key').on(t.workspaceId, t.id),
    foreignKey({
      columns: [t.workspaceId, t.accountId],
      foreignColumns: [accounts.workspaceId, accounts.id],
    }),
    foreignKey({ columns: [t.workspaceId, t.ownerId], foreignColumns: [users.workspaceId, users.id] }),
    foreignKey({ columns: [t.workspaceId, t.createdBy], foreignColumns: [users.workspaceId, users.id] }),
    foreignKey({
      columns: [t.workspaceId, t.interactionId],
      foreignColumns: [interactions.workspaceId, interactions.id],
    }),
    index('next_steps_owner_idx').on(t.workspaceId, t.ownerId, t.status, t.dueOn),
    index('next_steps_account_idx').on(t.workspaceId, t.accountId, t.dueOn),
  ],
);
