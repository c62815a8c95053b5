import { and, asc, eq, inArray, isNull, sql } from 'drizzle-orm';
import type { BuyingCentreRole } from '../../../core/buying-centre.ts';
import type { Queryable } from '../../../db/client.ts';
import { contactAccounts, contacts, stakeholders, users } from '../../../db/schema/index.ts';
import { updateVersioned } from '../../../db/versioned-update.ts';
import { joinInWorkspace } from '../../../db/workspace-join.ts';

/** Whom a stakeholder reports to, as long as that person is still a current contact of the account. */
const currentReportsTo = sql<string | null>`CASE WHEN EXISTS (
  SELECT 1 FROM contact_accounts manager_link
  JOIN contacts manager ON manager.workspace_id = manager_link.workspace_id AND manager.id = manager_link.contact_id
  WHERE manager_link.workspace_id = ${stakeholders.workspaceId} AND manager_link.account_id = ${stakeholders.accountId}
    AND manager_link.contact_id = ${stakeholders.reportsToContactId} AND manager.archived_at IS NULL)
  THEN ${stakeholders.reportsToContactId} END`;

const memberColumns = {
  accountId: contactAccounts.accountId,
  contact: {
    id: contacts.id,
    name: sql<string>`concat_ws(' ', ${contacts.firstName}, ${contacts.lastName})`,
    jobTitle: contacts.jobTitle,
    department: contacts.department,
    email: contacts.email,
  },
  // As text[]: node-postgres knows no parser for an array of our enum.
  roles: sql<BuyingCentreRole[]>`coalesce(${stakeholders.roles}, '{}')::text[]`,
  influence: stakeholders.influence,
  attitude: stakeholders.attitude,
  reportsToContactId: currentReportsTo,
  /** Kept as stored, so that an edit of other fields leaves a line to an absent manager alone. */
  storedReportsToContactId: stakeholders.reportsToContactId,
  // Left-joined: drizzle answers null when nobody of ours holds the relationship.
  relationshipOwner: { id: users.id, name: users.name },
  contactCadenceDays: stakeholders.contactCadenceDays,
  leftCompanyOn: stakeholders.leftCompanyOn,
  version: sql<number>`coalesce(${stakeholders.version}, 0)`,
};

export type MemberRow = Awaited<ReturnType<typeof membersOf>>[number];

/**
 * The accounts' current contacts (linked, not archived), each with its buying-centre data if it
 * has any; by name. `contactId` narrows it to that one person.
 */
export async function membersOf(
  db: Queryable,
  workspaceId: string,
  accountIds: string[],
  options: { limit?: number; contactId?: string } = {},
) {
  if (accountIds.length === 0) return [];
  const query = db
    .select(memberColumns)
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
    .leftJoin(users, joinInWorkspace(users, stakeholders, [users.id, stakeholders.relationshipOwnerId]))
    .where(
      and(
        eq(contactAccounts.workspaceId, workspaceId),
        inArray(contactAccounts.accountId, accountIds),
        isNull(contacts.archivedAt),
        options.contactId ? eq(contactAccounts.contactId, options.contactId) : undefined,
      ),
    )
    .orderBy(asc(contacts.nameSort), asc(contacts.id));
  return options.limit === undefined ? query : query.limit(options.limit);
}

/**
 * Who reports to whom among all the account's stakeholders, archived contacts included: a
 * restored contact brings its line back, so a loop through it must be refused now.
 */
export async function reportingLines(
  db: Queryable,
  workspaceId: string,
  accountId: string,
): Promise<Map<string, string | null>> {
  const rows = await db
    .select({ contactId: stakeholders.contactId, reportsTo: stakeholders.reportsToContactId })
    .from(stakeholders)
    .where(and(eq(stakeholders.workspaceId, workspaceId), eq(stakeholders.accountId, accountId)));
  return new Map(rows.map((row) => [row.contactId, row.reportsTo]));
}

export type StakeholderValues = Pick<
  typeof stakeholders.$inferInsert,
  | 'roles'
  | 'influence'
  | 'attitude'
  | 'reportsToContactId'
  | 'relationshipOwnerId'
  | 'contactCadenceDays'
  | 'leftCompanyOn'
>;

export async function insertStakeholder(
  db: Queryable,
  key: { workspaceId: string; accountId: string; contactId: string },
  values: StakeholderValues,
) {
  await db.insert(stakeholders).values({ ...key, ...values });
}

/** Applies the values only if the row still has the version the caller read; undefined otherwise. */
export async function updateStakeholder(
  db: Queryable,
  key: { workspaceId: string; accountId: string; contactId: string },
  version: number,
  values: StakeholderValues,
) {
  const member = and(eq(stakeholders.accountId, key.accountId), eq(stakeholders.contactId, key.contactId));
  return updateVersioned(db, stakeholders, { workspaceId: key.workspaceId, key: member, version }, values);
}

/** Serialises changes to one account's buying centre, so that two concurrent edits cannot form a loop. */
export async function lockBuyingCentre(db: Queryable, workspaceId: string, accountId: string) {
  await db.execute(
    sql`SELECT pg_advisory_xact_lock(hashtextextended(${`buying-centre:${workspaceId}:${accountId}`}, 0))`,
  );
}
