import { sql } from 'drizzle-orm';
import {
  check,
  date,
  foreignKey,
  integer,
  pgEnum,
  pgTable,
  primaryKey,
  timestamp,
  uuid,
} from 'drizzle-orm/pg-core';
import { buyingCentreRoles, stakeholderAttitudes } from '../../core/buying-centre.ts';
import { contactAccounts } from './contacts.ts';
import { users } from './users.ts';

export const buyingCentreRole = pgEnum('buying_centre_role', buyingCentreRoles);

export const stakeholderAttitude = pgEnum('stakeholder_attitude', stakeholderAttitudes);

/**
 * A contact's place in an account's buying centre. Per account, because a contact may work for
 * several accounts of a group and play another part in each. Goes when the contact leaves the
 * account (cascade from contact_accounts).
 */
export const stakeholders = pgTable(
  'stakeholders',
  {
    workspaceId: uuid('workspace_id').notNull(),
    accountId: uuid('account_id').notNull(),
    contactId: uuid('contact_id').notNull(),
    roles: buyingCentreRole('roles').array().notNull().default(sql`'{}'`),
    /** 1 (little) to 5 (decisive). */
    influence: integer('influence'),
    attitude: stakeholderAttitude('attitude'),
    /**
     * Whom they report to: another contact of the same account. No foreign key, so that a
     * manager leaving the account does not block it; a reference to a contact no longer at the
     * account reads as none.
     */
    reportsToContactId: uuid('reports_to_contact_id'),
    /** Who on our side holds the relationship. */
    relationshipOwnerId: uuid('relationship_owner_id'),
    /** Days between contacts with this person; null: the account's interval. */
    contactCadenceDays: integer('contact_cadence_days'),
    /** The day they left the customer's company (a champion who left is a risk). */
    leftCompanyOn: date('left_company_on'),
    version: integer('version').notNull().default(1),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.workspaceId, t.accountId, t.contactId] }),
    foreignKey({
      columns: [t.workspaceId, t.contactId, t.accountId],
      foreignColumns: [contactAccounts.workspaceId, contactAccounts.contactId, contactAccounts.accountId],
    }).onDelete('cascade'),
    foreignKey({
      columns: [t.workspaceId, t.relationshipOwnerId],
      foreignColumns: [users.workspaceId, users.id],
    }),
    check('stakeholders_influence_check', sql`${t.influence} BETWEEN 1 AND 5`),
    check('stakeholders_cadence_check', sql`${t.contactCadenceDays} BETWEEN 1 AND 365`),
  ],
);
