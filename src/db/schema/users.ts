import { sql } from 'drizzle-orm';
import {
  boolean,
  index,
  integer,
  pgEnum,
  pgTable,
  text,
  timestamp,
  unique,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { workspaces } from './workspaces.ts';

export const userRole = pgEnum('user_role', [
  'admin',
  'head_of_sales',
  'key_account_manager',
  'account_manager',
  'internal',
  'viewer',
]);

export const users = pgTable(
  'users',
  {
    id: uuid('id').primaryKey(),
    workspaceId: uuid('workspace_id')
      .notNull()
      .references(() => workspaces.id),
    email: text('email').notNull(),
    name: text('name').notNull(),
    role: userRole('role').notNull(),
    /** The internal team an `internal` user belongs to (marketing, logistics, …). */
    team: text('team'),
    passwordHash: text('password_hash').notNull(),
    locale: text('locale').notNull().default('de'),
    active: boolean('active').notNull().default(true),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    // Login is by e-mail alone, so an address names one user across all workspaces.
    uniqueIndex('users_email_key').on(sql`lower(${t.email})`),
    unique('users_workspace_id_id_key').on(t.workspaceId, t.id),
    index('users_workspace_idx').on(t.workspaceId),
  ],
);
