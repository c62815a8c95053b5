import type { Auth } from '#contracts/identity.ts';
import { AppError } from '../../../core/app-error.ts';
import type { Clock } from '../../../core/clock.ts';
import { newId } from '../../../core/ids.ts';
import { axisScore, type Criterion, scoreFromBands, strategyFor } from '../../../core/selection-matrix.ts';
import type { Queryable } from '../../../db/client.ts';
import { getAccount } from '../../know/accounts/accounts.service.ts';
import { recordChange } from '../../platform/audit/audit.service.ts';
import { abcTable, productBreadth } from '../portfolio/portfolio.service.ts';
import { type CriterionDefinition, defaultCriteria } from './default-criteria.ts';
import * as store from './selection-matrix.store.ts';

/** The quadrants split at the middle of the 1–5 scale. */
const MIDPOINT = 3;
const CURRENCY = 'EUR';

/** The workspace's criteria; a workspace that never set any gets the defaults. */
export async function getCriteria(
  db: Queryable,
  auth: Pick<Auth, 'workspaceId'>,
): Promise<CriterionDefinition[]> {
  const stored = await store.listCriteria(db, auth.workspaceId);
  if (stored.length > 0) return stored.map((row) => ({ ...row, bands: row.bands ?? undefined }));
  return [...defaultCriteria];
}

export async function setCriteria(db: Queryable, auth: Auth, criteria: CriterionDefinition[]) {
  return db.transaction(async (tx) => {
    const before = await getCriteria(tx, auth);
    await store.replaceCriteria(tx, auth.workspaceId, criteria);
    const after = await getCriteria(tx, auth);
    await recordChange(tx, auth, {
      action: 'update',
      entityType: 'matrix_criteria',
      entityId: auth.workspaceId,
      before,
      after,
    });
    return { items: after };
  });
}

export async function listReviews(db: Queryable, auth: Auth) {
  return { items: await store.listReviews(db, auth.workspaceId) };
}

export async function createReview(
  db: Queryable,
  auth: Auth,
  input: { name: string; from: string; to: string },
) {
  return db.transaction(async (tx) => {
    const review = await store.insertReview(tx, {
      id: newId(),
      workspaceId: auth.workspaceId,
      name: input.name,
      periodFrom: input.from,
      periodTo: input.to,
      createdBy: auth.userId,
    });
    await recordChange(tx, auth, {
      action: 'create',
      entityType: 'matrix_review',
      entityId: review.id,
      before: null,
      after: review,
    });
    return review;
  });
}

async function review(db: Queryable, auth: Auth, id: string) {
  const found = await store.findReview(db, auth.workspaceId, id);
  if (!found) throw new AppError('not_found', 'Review not found');
  return found;
}

/**
 * Scores manual criteria of one account in one review (null clears a score). Computed criteria
 * cannot be scored by hand: the data scores them.
 */
export async function scoreAccount(
  db: Queryable,
  auth: Auth,
  reviewId: string,
  accountId: string,
  input: { scores: Record<string, number | null>; comment?: string | undefined },
) {
  return db.transaction(async (tx) => {
    await review(tx, auth, reviewId);
    await getAccount(tx, auth, accountId);
    const manual = new Set(
      (await getCriteria(tx, auth)).filter((c) => c.source === 'manual').map((c) => c.key),
    );
    const errors = Object.keys(input.scores)
      .filter((key) => !manual.has(key))
      .map((key) => ({
        path: `scores.${key}`,
        code: 'not_manual',
        message: 'Not a criterion scored by hand',
      }));
    if (errors.length > 0) throw new AppError('validation_failed', 'Unknown or computed criterion', errors);
    const before = await store.scoresOfAccount(tx, auth.workspaceId, reviewId, accountId);
    for (const [criterionKey, score] of Object.entries(input.scores)) {
      await store.setScore(
        tx,
        { workspaceId: auth.workspaceId, reviewId, accountId, criterionKey },
        score,
        auth.userId,
        input.comment ?? null,
      );
    }
    const after = await store.scoresOfAccount(tx, auth.workspaceId, reviewId, accountId);
    await recordChange(tx, auth, {
      action: 'update',
      entityType: 'matrix_scores',
      entityId: accountId,
      before: { reviewId, scores: before },
      after: { reviewId, scores: after },
    });
    return { items: after };
  });
}

type Review = NonNullable<Awaited<ReturnType<typeof store.findReview>>>;

interface Position {
  attractiveness: number | null;
  strength: number | null;
  strategy: ReturnType<typeof strategyFor> | null;
  scores: Record<string, { score: number; source: 'computed' | 'manual'; value: number | null }>;
  abcClass: 'A' | 'B' | 'C' | null;
}

/** Every account's place in one review: computed criteria from its period's data, manual ones as scored. */
async function positions(
  db: Queryable,
  auth: Auth,
  clock: Clock,
  forReview: Review,
  criteria: readonly Criterion[],
) {
  const period = { from: forReview.periodFrom, to: forReview.periodTo };
  const [table, breadth, manualScores] = await Promise.all([
    abcTable(db, auth, clock, { ...period, currency: CURRENCY }),
    productBreadth(db, auth, period, CURRENCY),
    store.scoresOfReview(db, auth.workspaceId, forReview.id),
  ]);
  const facts = new Map(table.rows.map((row) => [row.accountId, row]));
  const manual = new Map<string, Record<string, number>>();
  for (const score of manualScores) {
    manual.set(score.accountId, { ...manual.get(score.accountId), [score.criterionKey]: score.score });
  }
  const result = new Map<string, Position>();
  for (const accountId of new Set([...facts.keys(), ...manual.keys()])) {
    const row = facts.get(accountId);
    const values: Record<string, number | null> = {
      revenue: row?.revenueCents ?? 0,
      growth: row?.growth ?? null,
      margin: row?.grossMargin ?? null,
      product_breadth: breadth.get(accountId) ?? 0,
    };
    const scores: Position['scores'] = {};
    for (const criterion of criteria) {
      if (criterion.source === 'manual') {
        const score = manual.get(accountId)?.[criterion.key];
        if (score !== undefined) scores[criterion.key] = { score, source: 'manual', value: null };
      } else {
        const value = values[criterion.source] ?? null;
        if (value !== null && criterion.bands) {
          scores[criterion.key] = {
            score: scoreFromBands(value, criterion.bands),
            source: 'computed',
            value,
          };
        }
      }
    }
    const plain = Object.fromEntries(Object.entries(scores).map(([key, entry]) => [key, entry.score]));
    const attractiveness = axisScore(criteria, plain, 'attractiveness');
    const strength = axisScore(criteria, plain, 'strength');
    const strategy =
      attractiveness !== null && strength !== null ? strategyFor(attractiveness, strength, MIDPOINT) : null;
    result.set(accountId, { attractiveness, strength, strategy, scores, abcClass: row?.abcClass ?? null });
  }
  return result;
}

/** The selection matrix of a review (default: the latest), with each account's move since the one before. */
export async function matrix(db: Queryable, auth: Auth, clock: Clock, reviewId: string | undefined) {
  const current = reviewId
    ? await review(db, auth, reviewId)
    : (await store.listReviews(db, auth.workspaceId))[0];
  if (!current) throw new AppError('not_found', 'No review yet: start one');
  const previousReview = (await store.reviewBefore(db, auth.workspaceId, current)) ?? null;
  const criteria = await getCriteria(db, auth);
  const [now, before] = await Promise.all([
    positions(db, auth, clock, current, criteria),
    previousReview
      ? positions(db, auth, clock, previousReview, criteria)
      : Promise.resolve(new Map<string, Position>()),
  ]);
  const accounts = await store.accountsByIds(db, auth.workspaceId, [...now.keys()]);
  return {
    review: current,
    previousReview,
    midpoint: MIDPOINT,
    criteria,
    items: accounts
      .filter((account) => !account.archivedAt)
      .map((account) => {
        const position = now.get(account.id) as Position;
        const earlier = before.get(account.id);
        return {
          accountId: account.id,
          name: account.name,
          isKeyAccount: account.isKeyAccount,
          ...position,
          previous: earlier
            ? {
                attractiveness: earlier.attractiveness,
                strength: earlier.strength,
                strategy: earlier.strategy,
              }
            : null,
        };
      }),
  };
}
