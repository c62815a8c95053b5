import { and, eq, inArray, isNull, type SQL, sql } from 'drizzle-orm';
import type { Queryable } from '../../../db/client.ts';
import { accounts, contactAccounts, contacts, stakeholders, users } from '../../../db/schema/index.ts';
import { joinInWorkspace } from '../../../db/workspace-join.ts';

/**
 * What freshness is computed from. Only logged interactions that have happened count as
 * contact: planned visits live in their own table and never appear here.
 */

export interface AccountFilter {
  accountId?: string | undefined;
  ownerId?: string | undefined;
  keyAccountsOnly?: boolean;
}

export async function accountsForCadence(
  db: Queryable,
  workspaceId: string,
  filter: AccountFilter,
  now: Date,
) {
  const conditions: (SQL | undefined)[] = [eq(accounts.workspaceId, workspaceId)];
  if (filter.accountId) conditions.push(eq(accounts.id, filter.accountId));
  if (filter.ownerId) conditions.push(eq(accounts.ownerId, filter.ownerId));
  if (filter.keyAccountsOnly) conditions.push(eq(accounts.isKeyAccount, true), isNull(accounts.archivedAt));
  return db
    .select({
      id: accounts.id,
      name: accounts.name,
      keyAccountTier: accounts.keyAccountTier,
      contactCadenceDays: accounts.contactCadenceDays,
      createdAt: accounts.createdAt,
      kam: { id: users.id, name: users.name },
      // The day the head of sales last designated it a key account, if ever.
      designatedOn: sql<string | null>`(SELECT max(d.effective_on) FROM key_account_decisions d
        WHERE d.workspace_id = ${accounts.workspaceId} AND d.account_id = ${accounts.id} AND d.kind = 'designate')`,
      lastContactAt: sql<Date | null>`(SELECT max(i.occurred_at) FROM interactions i
        WHERE i.workspace_id = ${accounts.workspaceId} AND i.account_id = ${accounts.id}
          AND i.occurred_at <= ${now.toISOString()}::timestamptz)`.mapWith((value) =>
        value === null ? null : new Date(value),
      ),
    })
    .from(accounts)
    .leftJoin(users, joinInWorkspace(users, accounts, [users.id, accounts.ownerId]))
    .where(and(...conditions));
}

export type AccountCadenceRow = Awaited<ReturnType<typeof accountsForCadence>>[number];

/**
 * The people of these accounts' buying centres (every current contact of the account), with
 * their stakeholder data and the last interaction they took part in, at whichever account.
 */
export async function stakeholdersForCadence(
  db: Queryable,
  workspaceId: string,
  accountIds: string[],
  now: Date,
) {
  if (accountIds.length === 0) return [];
  return db
    .select({
      accountId: contactAccounts.accountId,
      contact: {
        id: contacts.id,
        name: sql<string>`concat_ws(' ', ${contacts.firstName}, ${contacts.lastName})`,
      },
      createdAt: contacts.createdAt,
      influence: stakeholders.influence,
      contactCadenceDays: stakeholders.contactCadenceDays,
      leftCompanyOn: stakeholders.leftCompanyOn,
      lastContactAt: sql<Date | null>`(SELECT max(i.occurred_at) FROM interaction_contacts ic
        JOIN interactions i ON i.workspace_id = ic.workspace_id AND i.id = ic.interaction_id
        WHERE ic.workspace_id = ${contacts.workspaceId} AND ic.contact_id = ${contacts.id}
          AND i.occurred_at <= ${now.toISOString()}::timestamptz)`.mapWith((value) =>
        value === null ? null : new Date(value),
      ),
    })
    .from(contactAccounts)
    .innerJoin(contacts, joinInWorkspace(contacts, contactAccounts, [contacts.id, contactAccounts.contactId]))
    .leftJoin(
      stakeholders,
      joinInWorkspace(
        stakeholders,
        contactAccounts,
        [stakeholders.accountId, contactAccounts.accountId],
        [stakeholders.contactId, contactAccounts.contactId],
      ),
    )
    .where(
      and(
        eq(contactAccounts.workspaceId, workspaceId),
        inArray(contactAccounts.accountId, accountIds),
        isNull(contacts.archivedAt),
      ),
    );
}

export type StakeholderCadenceRow = Awaited<ReturnType<typeof stakeholdersForCadence>>[number];
