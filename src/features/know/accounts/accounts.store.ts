import { and, eq, inArray, isNotNull, isNull, type SQL, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { AccountListQuery } from '#contracts/accounts.ts';
import { arrayParam } from '../../../db/array-param.ts';
import type { Queryable } from '../../../db/client.ts';
import { keysetPage, pageOf, type SortKey, textSort, timeSort } from '../../../db/keyset.ts';
import { accounts, accountTeamMembers, users } from '../../../db/schema/index.ts';
import { searchableOrder, searchFor, withSearchSettings } from '../../../db/search-condition.ts';
import { archivedAtChange, updateVersioned } from '../../../db/versioned-update.ts';
import { joinInWorkspace } from '../../../db/workspace-join.ts';

const parents = alias(accounts, 'parent');
const owners = alias(users, 'owner');

const columns = {
  id: accounts.id,
  name: accounts.name,
  legalName: accounts.legalName,
  customerNumber: accounts.customerNumber,
  industryKey: accounts.industryKey,
  customerType: accounts.customerType,
  countryCode: accounts.countryCode,
  region: accounts.region,
  language: accounts.language,
  website: accounts.website,
  street: accounts.street,
  postalCode: accounts.postalCode,
  city: accounts.city,
  // Left-joined: drizzle answers null when the account has no parent (or owner).
  parent: { id: parents.id, name: parents.name },
  lifecycleStatus: accounts.lifecycleStatus,
  isKeyAccount: accounts.isKeyAccount,
  keyAccountTier: accounts.keyAccountTier,
  contactCadenceDays: accounts.contactCadenceDays,
  owner: { id: owners.id, name: owners.name },
  archivedAt: accounts.archivedAt,
  version: accounts.version,
  createdAt: accounts.createdAt,
  updatedAt: accounts.updatedAt,
  nameSort: accounts.nameSort,
  businessModel: accounts.businessModel,
  processes: accounts.processes,
};

export type AccountRow = NonNullable<Awaited<ReturnType<typeof findAccount>>>;
type StoredRow = typeof accounts.$inferSelect;

type Sortable = Pick<
  StoredRow,
  'nameSort' | 'customerNumber' | 'city' | 'region' | 'createdAt' | 'updatedAt'
>;
const sortKeys: Record<Exclude<NonNullable<AccountListQuery['sort']>, 'relevance'>, SortKey<Sortable>> = {
  name: textSort(accounts.nameSort, (row) => row.nameSort),
  customerNumber: textSort(accounts.customerNumber, (row) => row.customerNumber),
  city: textSort(accounts.city, (row) => row.city),
  region: textSort(accounts.region, (row) => row.region),
  createdAt: timeSort(accounts.createdAt, (row) => row.createdAt),
  updatedAt: timeSort(accounts.updatedAt, (row) => row.updatedAt),
};

function selectAccounts(db: Queryable, relevance: SQL<number> = sql<number>`0::float8`) {
  return db
    .select({ ...columns, relevance })
    .from(accounts)
    .leftJoin(parents, joinInWorkspace(parents, accounts, [parents.id, accounts.parentId]))
    .leftJoin(owners, joinInWorkspace(owners, accounts, [owners.id, accounts.ownerId]));
}

export async function findAccount(db: Queryable, workspaceId: string, id: string) {
  const [row] = await selectAccounts(db).where(
    and(eq(accounts.workspaceId, workspaceId), eq(accounts.id, id)),
  );
  return row;
}

export async function listAccounts(db: Queryable, workspaceId: string, query: AccountListQuery) {
  const search = query.q ? searchFor(accounts.searchText, accounts.nameSort, query.q) : undefined;
  const conditions: (SQL | undefined)[] = [eq(accounts.workspaceId, workspaceId), search?.condition];
  if (query.industry) conditions.push(eq(accounts.industryKey, query.industry));
  if (query.customerType) conditions.push(eq(accounts.customerType, query.customerType));
  if (query.region) conditions.push(sql`lower(${accounts.region}) = lower(${query.region})`);
  if (query.ownerId) conditions.push(eq(accounts.ownerId, query.ownerId));
  if (query.keyAccount !== undefined) conditions.push(eq(accounts.isKeyAccount, query.keyAccount));
  if (query.status) conditions.push(eq(accounts.lifecycleStatus, query.status));
  if (query.archived === 'false') conditions.push(isNull(accounts.archivedAt));
  if (query.archived === 'true') conditions.push(isNotNull(accounts.archivedAt));
  const { key, order } = searchableOrder(search, sortKeys, query);
  const page = keysetPage(key, accounts.id, order, query.cursor);
  conditions.push(page.after);
  const fetchPage = (tx: Queryable) =>
    selectAccounts(tx, search?.relevance)
      .where(and(...conditions))
      .orderBy(...page.orderBy)
      .limit(query.limit + 1);
  // Only a search needs its planner settings, and so a transaction of its own.
  const rows = search ? await withSearchSettings(db, fetchPage) : await fetchPage(db);
  return pageOf(rows, query.limit, key);
}

export type AccountValues = Omit<
  typeof accounts.$inferInsert,
  'workspaceId' | 'version' | 'createdAt' | 'updatedAt'
>;

export async function insertAccount(
  db: Queryable,
  workspaceId: string,
  values: AccountValues & { id: string },
) {
  await db.insert(accounts).values({ ...values, workspaceId });
}

/** Accounts known by name and customer number only (the revenue import's), in one statement. */
export async function insertNamedAccounts(
  db: Queryable,
  workspaceId: string,
  rows: readonly (Pick<
    AccountValues,
    'name' | 'customerNumber' | 'lifecycleStatus' | 'searchText' | 'nameSort'
  > & { id: string })[],
) {
  if (rows.length === 0) return;
  await db.execute(sql`
    INSERT INTO accounts (id, workspace_id, name, customer_number, lifecycle_status, search_text, name_sort)
    SELECT t.id, ${workspaceId}, t.name, t.customer_number, t.lifecycle_status::lifecycle_status, t.search_text,
      t.name_sort
    FROM unnest(
      ${arrayParam(rows, (row) => row.id)}::uuid[], ${arrayParam(rows, (row) => row.name)}::text[],
      ${arrayParam(rows, (row) => row.customerNumber)}::text[], ${arrayParam(rows, (row) => row.lifecycleStatus)}::text[],
      ${arrayParam(rows, (row) => row.searchText)}::text[], ${arrayParam(rows, (row) => row.nameSort)}::text[]
    ) AS t (id, name, customer_number, lifecycle_status, search_text, name_sort)`);
}

/** Applies the changes only if the row still has the version the caller read; undefined otherwise. */
export async function updateAccount(
  db: Queryable,
  workspaceId: string,
  id: string,
  version: number,
  changes: Partial<Omit<AccountValues, 'archivedAt'>>,
) {
  return updateVersioned(db, accounts, { workspaceId, key: eq(accounts.id, id), version }, changes);
}

export async function setAccountArchived(
  db: Queryable,
  row: { workspaceId: string; id: string; version: number },
  archived: boolean,
  now: Date,
) {
  return updateVersioned(
    db,
    accounts,
    { workspaceId: row.workspaceId, key: eq(accounts.id, row.id), version: row.version },
    { archivedAt: archivedAtChange(accounts.archivedAt, archived, now) },
  );
}

export async function customerNumberOwner(db: Queryable, workspaceId: string, customerNumber: string) {
  const [row] = await db
    .select({ id: accounts.id })
    .from(accounts)
    .where(and(eq(accounts.workspaceId, workspaceId), eq(accounts.customerNumber, customerNumber)));
  return row?.id;
}

/** Of these customer numbers, the ones no account of the workspace has. */
export async function unknownCustomerNumbers(
  db: Queryable,
  workspaceId: string,
  numbers: string[],
): Promise<string[]> {
  const unknown: string[] = [];
  for (let start = 0; start < numbers.length; start += 5000) {
    const batch = numbers.slice(start, start + 5000);
    const known = await db
      .select({ customerNumber: accounts.customerNumber })
      .from(accounts)
      .where(and(eq(accounts.workspaceId, workspaceId), inArray(accounts.customerNumber, batch)));
    const found = new Set(known.map((row) => row.customerNumber));
    unknown.push(...batch.filter((number) => !found.has(number)));
  }
  return unknown;
}

export async function existingAccountIds(
  db: Queryable,
  workspaceId: string,
  ids: string[],
): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  const rows = await db
    .select({ id: accounts.id })
    .from(accounts)
    .where(and(eq(accounts.workspaceId, workspaceId), inArray(accounts.id, ids)));
  return new Set(rows.map((row) => row.id));
}

/** The ids from `accountId` up to the top of its group, itself first. */
export async function ancestorIds(db: Queryable, workspaceId: string, accountId: string): Promise<string[]> {
  const result = await db.execute<{ id: string }>(sql`
    WITH RECURSIVE chain(id, parent_id, depth) AS (
      SELECT id, parent_id, 0 FROM accounts WHERE workspace_id = ${workspaceId} AND id = ${accountId}
      UNION ALL
      SELECT a.id, a.parent_id, c.depth + 1 FROM accounts a
        JOIN chain c ON a.id = c.parent_id AND a.workspace_id = ${workspaceId}
      WHERE c.depth < 1000
    ) CYCLE id SET is_cycle USING path
    SELECT id FROM chain WHERE NOT is_cycle ORDER BY depth`);
  return result.rows.map((row) => row.id);
}

export type HierarchyRow = {
  id: string;
  parent_id: string | null;
  name: string;
  customer_number: string | null;
  is_key_account: boolean;
  archived: boolean;
};

/** Every account below `rootId` (and the root), breadth-first, at most `limit` rows. */
export async function groupMembers(db: Queryable, workspaceId: string, rootId: string, limit: number) {
  const result = await db.execute<HierarchyRow>(sql`
    WITH RECURSIVE tree(id, depth) AS (
      SELECT id, 0 FROM accounts WHERE workspace_id = ${workspaceId} AND id = ${rootId}
      UNION ALL
      SELECT a.id, t.depth + 1 FROM accounts a
        JOIN tree t ON a.parent_id = t.id AND a.workspace_id = ${workspaceId}
      WHERE t.depth < 1000
    ) CYCLE id SET is_cycle USING path
    SELECT a.id, a.parent_id, a.name, a.customer_number, a.is_key_account, a.archived_at IS NOT NULL AS archived
    FROM tree t JOIN accounts a ON a.id = t.id
    WHERE NOT t.is_cycle
    ORDER BY t.depth, a.name_sort, a.id
    LIMIT ${limit}`);
  return result.rows;
}

export async function teamOf(db: Queryable, workspaceId: string, accountId: string) {
  return db
    .select({ userId: accountTeamMembers.userId, name: users.name, teamRole: accountTeamMembers.teamRole })
    .from(accountTeamMembers)
    .innerJoin(users, joinInWorkspace(users, accountTeamMembers, [users.id, accountTeamMembers.userId]))
    .where(and(eq(accountTeamMembers.workspaceId, workspaceId), eq(accountTeamMembers.accountId, accountId)))
    .orderBy(users.name);
}

export async function replaceTeam(
  db: Queryable,
  workspaceId: string,
  accountId: string,
  team: { userId: string; teamRole?: string | null | undefined }[],
) {
  await db
    .delete(accountTeamMembers)
    .where(and(eq(accountTeamMembers.workspaceId, workspaceId), eq(accountTeamMembers.accountId, accountId)));
  if (team.length === 0) return;
  await db.insert(accountTeamMembers).values(
    team.map((member) => ({
      workspaceId,
      accountId,
      userId: member.userId,
      teamRole: member.teamRole ?? null,
    })),
  );
}

/** Serialises changes to group hierarchies of a workspace, so that two concurrent moves cannot form a cycle. */
export async function lockHierarchy(db: Queryable, workspaceId: string) {
  await db.execute(sql`SELECT pg_advisory_xact_lock(hashtextextended(${`hierarchy:${workspaceId}`}, 0))`);
}

/** The regions the workspace's accounts use, for filters and pickers. */
export async function distinctRegions(db: Queryable, workspaceId: string, limit: number) {
  const rows = await db
    .selectDistinct({ region: accounts.region })
    .from(accounts)
    .where(and(eq(accounts.workspaceId, workspaceId), isNotNull(accounts.region)))
    .orderBy(accounts.region)
    .limit(limit);
  return rows.map((row) => row.region as string);
}
