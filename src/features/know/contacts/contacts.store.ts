import { and, eq, inArray, isNotNull, isNull, notInArray, type SQL, sql } from 'drizzle-orm';
import type { ContactListQuery } from '#contracts/contacts.ts';
import type { Queryable } from '../../../db/client.ts';
import { keysetPage, pageOf, type SortKey, textSort, timeSort } from '../../../db/keyset.ts';
import { contactAccounts, contacts } from '../../../db/schema/index.ts';
import { searchableOrder, searchFor, withSearchSettings } from '../../../db/search-condition.ts';
import { archivedAtChange, updateVersioned } from '../../../db/versioned-update.ts';

const accountsOfContact = sql<{ id: string; name: string }[]>`coalesce((
  SELECT json_agg(json_build_object('id', a.id, 'name', a.name) ORDER BY a.name_sort)
  FROM contact_accounts ca JOIN accounts a ON a.workspace_id = ca.workspace_id AND a.id = ca.account_id
  WHERE ca.workspace_id = contacts.workspace_id AND ca.contact_id = contacts.id), '[]'::json)`;

const contactColumns = {
  id: contacts.id,
  firstName: contacts.firstName,
  lastName: contacts.lastName,
  jobTitle: contacts.jobTitle,
  department: contacts.department,
  email: contacts.email,
  phones: contacts.phones,
  language: contacts.language,
  notes: contacts.notes,
  accounts: accountsOfContact,
  archivedAt: contacts.archivedAt,
  version: contacts.version,
  createdAt: contacts.createdAt,
  updatedAt: contacts.updatedAt,
  nameSort: contacts.nameSort,
};

export type ContactRow = NonNullable<Awaited<ReturnType<typeof findContact>>>;
type Sortable = Pick<ContactRow, 'nameSort' | 'createdAt' | 'updatedAt'>;

const sortKeys: Record<Exclude<NonNullable<ContactListQuery['sort']>, 'relevance'>, SortKey<Sortable>> = {
  name: textSort(contacts.nameSort, (row) => row.nameSort),
  createdAt: timeSort(contacts.createdAt, (row) => row.createdAt),
  updatedAt: timeSort(contacts.updatedAt, (row) => row.updatedAt),
};

export async function findContact(db: Queryable, workspaceId: string, id: string) {
  const [row] = await db
    .select({ ...contactColumns, relevance: sql<number>`0::float8` })
    .from(contacts)
    .where(and(eq(contacts.workspaceId, workspaceId), eq(contacts.id, id)));
  return row;
}

export async function listContacts(db: Queryable, workspaceId: string, query: ContactListQuery) {
  const search = query.q ? searchFor(contacts.searchText, contacts.nameSort, query.q) : undefined;
  const conditions: (SQL | undefined)[] = [eq(contacts.workspaceId, workspaceId), search?.condition];
  if (query.accountId) {
    conditions.push(sql`EXISTS (SELECT 1 FROM contact_accounts ca WHERE ca.workspace_id = contacts.workspace_id
      AND ca.contact_id = contacts.id AND ca.account_id = ${query.accountId})`);
  }
  if (query.archived === 'false') conditions.push(isNull(contacts.archivedAt));
  if (query.archived === 'true') conditions.push(isNotNull(contacts.archivedAt));
  const { key, order } = searchableOrder(search, sortKeys, query);
  const page = keysetPage(key, contacts.id, order, query.cursor);
  conditions.push(page.after);
  const fetchPage = (tx: Queryable) =>
    tx
      .select({ ...contactColumns, relevance: search?.relevance ?? sql<number>`0::float8` })
      .from(contacts)
      .where(and(...conditions))
      .orderBy(...page.orderBy)
      .limit(query.limit + 1);
  // Only a search needs its planner settings, and so a transaction of its own.
  const rows = search ? await withSearchSettings(db, fetchPage) : await fetchPage(db);
  return pageOf(rows, query.limit, key);
}

export type ContactValues = Omit<
  typeof contacts.$inferInsert,
  'id' | 'workspaceId' | 'version' | 'createdAt' | 'updatedAt'
>;

export async function insertContact(db: Queryable, workspaceId: string, id: string, values: ContactValues) {
  await db.insert(contacts).values({ ...values, id, workspaceId });
}

/** Applies the changes only if the row still has the version the caller read; undefined otherwise. */
export async function updateContact(
  db: Queryable,
  workspaceId: string,
  id: string,
  version: number,
  changes: Partial<Omit<ContactValues, 'archivedAt'>>,
) {
  return updateVersioned(db, contacts, { workspaceId, key: eq(contacts.id, id), version }, changes);
}

export async function setContactArchived(
  db: Queryable,
  row: { workspaceId: string; id: string; version: number },
  archived: boolean,
  now: Date,
) {
  return updateVersioned(
    db,
    contacts,
    { workspaceId: row.workspaceId, key: eq(contacts.id, row.id), version: row.version },
    { archivedAt: archivedAtChange(contacts.archivedAt, archived, now) },
  );
}

/**
 * Links the contact to exactly these accounts. Links that stay are left alone: removing one
 * also removes the person's buying-centre data at that account.
 */
export async function replaceAccounts(
  db: Queryable,
  workspaceId: string,
  contactId: string,
  accountIds: string[],
) {
  await db
    .delete(contactAccounts)
    .where(
      and(
        eq(contactAccounts.workspaceId, workspaceId),
        eq(contactAccounts.contactId, contactId),
        accountIds.length > 0 ? notInArray(contactAccounts.accountId, accountIds) : undefined,
      ),
    );
  if (accountIds.length === 0) return;
  await db
    .insert(contactAccounts)
    .values(accountIds.map((accountId) => ({ workspaceId, contactId, accountId })))
    .onConflictDoNothing();
}

/** Which of `contactIds` work for the account. */
export async function contactsAtAccount(
  db: Queryable,
  workspaceId: string,
  accountId: string,
  contactIds: string[],
): Promise<Set<string>> {
  if (contactIds.length === 0) return new Set();
  const rows = await db
    .select({ id: contactAccounts.contactId })
    .from(contactAccounts)
    .where(
      and(
        eq(contactAccounts.workspaceId, workspaceId),
        eq(contactAccounts.accountId, accountId),
        inArray(contactAccounts.contactId, contactIds),
      ),
    );
  return new Set(rows.map((row) => row.id));
}
