import { and, eq, inArray, lt, ne, or, type SQL, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Queryable } from '../../../db/client.ts';
import { daySort, keysetPage, pageOf } from '../../../db/keyset.ts';
import { accounts, interactions, nextSteps, users } from '../../../db/schema/index.ts';
import { updateVersioned } from '../../../db/versioned-update.ts';
import { joinInWorkspace } from '../../../db/workspace-join.ts';

const owners = alias(users, 'owner');
const creators = alias(users, 'creator');

const columns = {
  id: nextSteps.id,
  account: { id: accounts.id, name: accounts.name },
  title: nextSteps.title,
  notes: nextSteps.notes,
  owner: { id: owners.id, name: owners.name },
  dueOn: nextSteps.dueOn,
  status: nextSteps.status,
  interactionId: nextSteps.interactionId,
  createdBy: { id: creators.id, name: creators.name },
  completedAt: nextSteps.completedAt,
  version: nextSteps.version,
  createdAt: nextSteps.createdAt,
  updatedAt: nextSteps.updatedAt,
};

function selectSteps(db: Queryable) {
  return db
    .select(columns)
    .from(nextSteps)
    .innerJoin(accounts, joinInWorkspace(accounts, nextSteps, [accounts.id, nextSteps.accountId]))
    .innerJoin(owners, joinInWorkspace(owners, nextSteps, [owners.id, nextSteps.ownerId]))
    .innerJoin(creators, joinInWorkspace(creators, nextSteps, [creators.id, nextSteps.createdBy]));
}

export type NextStepRow = Awaited<ReturnType<typeof findNextStep>> & {};

export async function findNextStep(db: Queryable, workspaceId: string, id: string) {
  const [row] = await selectSteps(db).where(
    and(eq(nextSteps.workspaceId, workspaceId), eq(nextSteps.id, id)),
  );
  return row;
}

export interface StepFilter {
  ownerId?: string | undefined;
  accountId?: string | undefined;
  status?: 'open' | 'done' | 'cancelled' | undefined;
  /** true: open and due before `today`; false: the others. */
  overdue?: boolean | undefined;
  dueBefore?: string | undefined;
  today: string;
  limit: number;
  cursor?: string | undefined;
}

const dueOrder = daySort(nextSteps.dueOn, (row: { dueOn: string }) => row.dueOn);

export async function listNextSteps(db: Queryable, workspaceId: string, filter: StepFilter) {
  const overdue = and(eq(nextSteps.status, 'open'), lt(nextSteps.dueOn, filter.today));
  const conditions: (SQL | undefined)[] = [eq(nextSteps.workspaceId, workspaceId)];
  if (filter.ownerId) conditions.push(eq(nextSteps.ownerId, filter.ownerId));
  if (filter.accountId) conditions.push(eq(nextSteps.accountId, filter.accountId));
  if (filter.status) conditions.push(eq(nextSteps.status, filter.status));
  if (filter.dueBefore) conditions.push(lt(nextSteps.dueOn, filter.dueBefore));
  if (filter.overdue === true) conditions.push(overdue);
  if (filter.overdue === false) {
    conditions.push(or(ne(nextSteps.status, 'open'), sql`${nextSteps.dueOn} >= ${filter.today}`));
  }
  const page = keysetPage(dueOrder, nextSteps.id, 'asc', filter.cursor);
  conditions.push(page.after);
  const rows = await selectSteps(db)
    .where(and(...conditions))
    .orderBy(...page.orderBy)
    .limit(filter.limit + 1);
  return pageOf(rows, filter.limit, dueOrder);
}

export async function stepsOfInteractions(db: Queryable, workspaceId: string, interactionIds: string[]) {
  if (interactionIds.length === 0) return [];
  return selectSteps(db)
    .where(and(eq(nextSteps.workspaceId, workspaceId), inArray(nextSteps.interactionId, interactionIds)))
    .orderBy(nextSteps.dueOn, nextSteps.id);
}

export type NextStepValues = Omit<
  typeof nextSteps.$inferInsert,
  'workspaceId' | 'version' | 'createdAt' | 'updatedAt'
>;

export async function insertNextSteps(db: Queryable, workspaceId: string, rows: NextStepValues[]) {
  if (rows.length > 0) await db.insert(nextSteps).values(rows.map((row) => ({ ...row, workspaceId })));
}

/** Applies the changes only if the row still has the version the caller read; undefined otherwise. */
export async function updateNextStep(
  db: Queryable,
  workspaceId: string,
  id: string,
  version: number,
  changes: Partial<Omit<NextStepValues, 'id' | 'accountId' | 'createdBy'>>,
) {
  return updateVersioned(db, nextSteps, { workspaceId, key: eq(nextSteps.id, id), version }, changes);
}

/** When an interaction goes, the steps agreed in it stay, no longer linked to it. */
export async function unlinkFromInteraction(db: Queryable, workspaceId: string, interactionId: string) {
  return db
    .update(nextSteps)
    .set({ interactionId: null, version: sql`${nextSteps.version} + 1`, updatedAt: sql`now()` })
    .where(and(eq(nextSteps.workspaceId, workspaceId), eq(nextSteps.interactionId, interactionId)))
    .returning({ id: nextSteps.id });
}

/** The account an interaction belongs to, to check a step agreed in it is of the same account. */
export async function accountOfInteraction(db: Queryable, workspaceId: string, interactionId: string) {
  const [row] = await db
    .select({ accountId: interactions.accountId })
    .from(interactions)
    .where(and(eq(interactions.workspaceId, workspaceId), eq(interactions.id, interactionId)));
  return row?.accountId;
}
