import { and, asc, desc, eq, lt, or, sql } from 'drizzle-orm';
import type { Queryable } from '../../../db/client.ts';
import { accounts, matrixCriteria, matrixReviews, matrixScores } from '../../../db/schema/index.ts';
import type { CriterionDefinition } from './default-criteria.ts';

const criterionColumns = {
  key: matrixCriteria.key,
  axis: matrixCriteria.axis,
  labelDe: matrixCriteria.labelDe,
  labelEn: matrixCriteria.labelEn,
  weight: matrixCriteria.weight,
  source: matrixCriteria.source,
  bands: matrixCriteria.bands,
};

export async function listCriteria(db: Queryable, workspaceId: string) {
  return db
    .select(criterionColumns)
    .from(matrixCriteria)
    .where(and(eq(matrixCriteria.workspaceId, workspaceId), eq(matrixCriteria.archived, false)))
    .orderBy(asc(matrixCriteria.position));
}

/** The new set replaces the old; criteria no longer in it are archived (their scores stay). */
export async function replaceCriteria(
  db: Queryable,
  workspaceId: string,
  criteria: readonly CriterionDefinition[],
) {
  await db.update(matrixCriteria).set({ archived: true }).where(eq(matrixCriteria.workspaceId, workspaceId));
  for (const [position, criterion] of criteria.entries()) {
    const values = {
      ...criterion,
      bands: criterion.bands ? [...criterion.bands] : null,
      position,
      archived: false,
    };
    await db
      .insert(matrixCriteria)
      .values({ ...values, workspaceId } as typeof matrixCriteria.$inferInsert)
      .onConflictDoUpdate({ target: [matrixCriteria.workspaceId, matrixCriteria.key], set: values as never });
  }
}

const reviewColumns = {
  id: matrixReviews.id,
  name: matrixReviews.name,
  periodFrom: matrixReviews.periodFrom,
  periodTo: matrixReviews.periodTo,
  createdAt: matrixReviews.createdAt,
};

export async function insertReview(
  db: Queryable,
  values: {
    id: string;
    workspaceId: string;
    name: string;
    periodFrom: string;
    periodTo: string;
    createdBy: string;
  },
) {
  const [row] = await db.insert(matrixReviews).values(values).returning(reviewColumns);
  return row as NonNullable<typeof row>;
}

/**
 * Creation time as a read review carries it (a JS Date: milliseconds), so that reviews created
 * in the same millisecond, e.g. in one transaction, are told apart by their ids.
 */
const createdMs = sql`date_trunc('milliseconds', ${matrixReviews.createdAt})`;

export async function listReviews(db: Queryable, workspaceId: string) {
  return db
    .select(reviewColumns)
    .from(matrixReviews)
    .where(eq(matrixReviews.workspaceId, workspaceId))
    .orderBy(desc(createdMs), desc(matrixReviews.id))
    .limit(200);
}

export async function findReview(db: Queryable, workspaceId: string, id: string) {
  const [row] = await db
    .select(reviewColumns)
    .from(matrixReviews)
    .where(and(eq(matrixReviews.workspaceId, workspaceId), eq(matrixReviews.id, id)));
  return row;
}

/** The review before this one: reviews are ordered by creation (ids are UUID v7). */
export async function reviewBefore(
  db: Queryable,
  workspaceId: string,
  review: { id: string; createdAt: Date | string },
) {
  const createdAt = new Date(review.createdAt);
  const [row] = await db
    .select(reviewColumns)
    .from(matrixReviews)
    .where(
      and(
        eq(matrixReviews.workspaceId, workspaceId),
        or(lt(createdMs, createdAt), and(eq(createdMs, createdAt), lt(matrixReviews.id, review.id))),
      ),
    )
    .orderBy(desc(createdMs), desc(matrixReviews.id))
    .limit(1);
  return row;
}

export async function scoresOfReview(db: Queryable, workspaceId: string, reviewId: string) {
  return db
    .select({
      accountId: matrixScores.accountId,
      criterionKey: matrixScores.criterionKey,
      score: matrixScores.score,
    })
    .from(matrixScores)
    .where(and(eq(matrixScores.workspaceId, workspaceId), eq(matrixScores.reviewId, reviewId)));
}

export async function scoresOfAccount(
  db: Queryable,
  workspaceId: string,
  reviewId: string,
  accountId: string,
) {
  return db
    .select({
      criterionKey: matrixScores.criterionKey,
      score: matrixScores.score,
      comment: matrixScores.comment,
    })
    .from(matrixScores)
    .where(
      and(
        eq(matrixScores.workspaceId, workspaceId),
        eq(matrixScores.reviewId, reviewId),
        eq(matrixScores.accountId, accountId),
      ),
    );
}

export async function setScore(
  db: Queryable,
  key: { workspaceId: string; reviewId: string; accountId: string; criterionKey: string },
  score: number | null,
  by: string,
  comment: string | null,
) {
  const where = and(
    eq(matrixScores.workspaceId, key.workspaceId),
    eq(matrixScores.reviewId, key.reviewId),
    eq(matrixScores.accountId, key.accountId),
    eq(matrixScores.criterionKey, key.criterionKey),
  );
  if (score === null) {
    await db.delete(matrixScores).where(where);
    return;
  }
  await db
    .insert(matrixScores)
    .values({ ...key, score, comment, scoredBy: by })
    .onConflictDoUpdate({
      target: [
        matrixScores.workspaceId,
        matrixScores.reviewId,
        matrixScores.accountId,
        matrixScores.criterionKey,
      ],
      set: { score, comment, scoredBy: by, scoredAt: sql`now()` },
    });
}

export async function accountsByIds(db: Queryable, workspaceId: string, ids: string[]) {
  if (ids.length === 0) return [];
  return db
    .select({
      id: accounts.id,
      name: accounts.name,
      isKeyAccount: accounts.isKeyAccount,
      archivedAt: accounts.archivedAt,
    })
    .from(accounts)
    .where(and(eq(accounts.workspaceId, workspaceId), sql`${accounts.id} = ANY(${sql.param(ids)}::uuid[])`));
}
