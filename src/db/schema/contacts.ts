import {
  foreignKey,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  unique,
  uuid,
} from 'drizzle-orm/pg-core';
import { accounts } from './accounts.ts';
import { workspaces } from './workspaces.ts';

export interface Phone {
  label: string;
  number: string;
}

export const contacts = pgTable(
  'contacts',
  {
    id: uuid('id').primaryKey(),
    workspaceId: uuid('workspace_id')
      .notNull()
      .references(() => workspaces.id),
    firstName: text('first_name'),
    lastName: text('last_name').notNull(),
    jobTitle: text('job_title'),
    department: text('department'),
    email: text('email'),
    phones: jsonb('phones').$type<Phone[]>().notNull().default([]),
    language: text('language'),
    notes: text('notes'),
    searchText: text('search_text').notNull(),
    nameSort: text('name_sort').notNull(),
    archivedAt: timestamp('archived_at', { withTimezone: true }),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    unique('contacts_workspace_id_id_key').on(t.workspaceId, t.id),
    index('contacts_workspace_name_idx').on(t.workspaceId, t.nameSort, t.id),
    index('contacts_search_idx').using('gin', t.searchText.op('gin_trgm_ops')),
  ],
);

/** A contact may work for several accounts of a group (e.g. a purchasing head of two subsidiaries). */
export const contactAccounts = pgTable(
  'contact_accounts',
  {
    workspaceId: uuid('workspace_id').notNull(),
    contactId: uuid('contact_id').notNull(),
    accountId: uuid('account_id').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.workspaceId, t.contactId, t.accountId] }),
    foreignKey({
      columns: [t.workspaceId, t.contactId],
      foreignColumns: [contacts.workspaceId, contacts.id],
    }).onDelete('cascade'),
    foreignKey({
      columns: [t.workspaceId, t.accountId],
      foreignColumns: [accounts.workspaceId, accounts.id],
    }),
    index('contact_accounts_account_idx').on(t.workspaceId, t.accountId),
  ],
);
