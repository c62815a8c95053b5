import { sql } from 'drizzle-orm';
import {
  boolean,
  check,
  foreignKey,
  index,
  integer,
  pgEnum,
  pgTable,
  primaryKey,
  text,
  timestamp,
  unique,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { industries } from './industries.ts';
import { users } from './users.ts';
import { workspaces } from './workspaces.ts';

export const customerType = pgEnum('customer_type', ['corporation', 'sme', 'public_sector']);
export const lifecycleStatus = pgEnum('lifecycle_status', ['prospect', 'customer', 'former_customer']);

export const accounts = pgTable(
  'accounts',
  {
    id: uuid('id').primaryKey(),
    workspaceId: uuid('workspace_id')
      .notNull()
      .references(() => workspaces.id),
    name: text('name').notNull(),
    legalName: text('legal_name'),
    customerNumber: text('customer_number'),
    industryKey: text('industry_key'),
    customerType: customerType('customer_type'),
    countryCode: text('country_code'),
    region: text('region'),
    language: text('language'),
    website: text('website'),
    street: text('street'),
    postalCode: text('postal_code'),
    city: text('city'),
    parentId: uuid('parent_id'),
    businessModel: text('business_model'),
    processes: text('processes'),
    lifecycleStatus: lifecycleStatus('lifecycle_status').notNull().default('prospect'),
    isKeyAccount: boolean('is_key_account').notNull().default(false),
    keyAccountTier: integer('key_account_tier'),
    /** Days between contacts for this account; null: the tier's interval (relationship settings). */
    contactCadenceDays: integer('contact_cadence_days'),
    ownerId: uuid('owner_id'),
    /** Name, legal name, customer number and city folded by core/search-fold for search. */
    searchText: text('search_text').notNull(),
    /** The name folded the same way: a sort order that files "Ärzte" under A, whatever the server's locale. */
    nameSort: text('name_sort').notNull(),
    archivedAt: timestamp('archived_at', { withTimezone: true }),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    unique('accounts_workspace_id_id_key').on(t.workspaceId, t.id),
    uniqueIndex('accounts_customer_number_key').on(t.workspaceId, t.customerNumber),
    foreignKey({ columns: [t.workspaceId, t.parentId], foreignColumns: [t.workspaceId, t.id] }),
    foreignKey({ columns: [t.workspaceId, t.ownerId], foreignColumns: [users.workspaceId, users.id] }),
    foreignKey({
      columns: [t.workspaceId, t.industryKey],
      foreignColumns: [industries.workspaceId, industries.key],
    }),
    check('accounts_contact_cadence_check', sql`${t.contactCadenceDays} BETWEEN 1 AND 365`),
    check('accounts_tier_check', sql`${t.keyAccountTier} BETWEEN 1 AND 3`),
    check('accounts_tier_needs_key_account', sql`${t.keyAccountTier} IS NULL OR ${t.isKeyAccount}`),
    index('accounts_workspace_name_idx').on(t.workspaceId, t.nameSort, t.id),
    index('accounts_parent_idx').on(t.workspaceId, t.parentId),
    index('accounts_owner_idx').on(t.workspaceId, t.ownerId),
    index('accounts_search_idx').using('gin', t.searchText.op('gin_trgm_ops')),
  ],
);

/** Our people on an account besides its owner, each with their part (e.g. "Service", "Logistik"). */
export const accountTeamMembers = pgTable(
  'account_team_members',
  {
    workspaceId: uuid('workspace_id').notNull(),
    accountId: uuid('account_id').notNull(),
    userId: uuid('user_id').notNull(),
    teamRole: text('team_role'),
  },
  (t) => [
    primaryKey({ columns: [t.workspaceId, t.accountId, t.userId] }),
    foreignKey({
      columns: [t.workspaceId, t.accountId],
      foreignColumns: [accounts.workspaceId, accounts.id],
    }).onDelete('cascade'),
    foreignKey({ columns: [t.workspaceId, t.userId], foreignColumns: [users.workspaceId, users.id] }),
  ],
);
