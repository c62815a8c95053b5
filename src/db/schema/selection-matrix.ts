import {
  boolean,
  date,
  foreignKey,
  integer,
  jsonb,
  numeric,
  pgEnum,
  pgTable,
  primaryKey,
  text,
  timestamp,
  unique,
  uuid,
} from 'drizzle-orm/pg-core';
import { accounts } from './accounts.ts';
import { users } from './users.ts';
import { workspaces } from './workspaces.ts';

export const matrixAxis = pgEnum('matrix_axis', ['attractiveness', 'strength']);
export const criterionSource = pgEnum('criterion_source', [
  'manual',
  'revenue',
  'growth',
  'margin',
  'product_breadth',
]);

/** The workspace's criteria of the selection matrix: weights, and bands for computed ones. */
export const matrixCriteria = pgTable(
  'matrix_criteria',
  {
    workspaceId: uuid('workspace_id')
      .notNull()
      .references(() => workspaces.id),
    key: text('key').notNull(),
    axis: matrixAxis('axis').notNull(),
    labelDe: text('label_de').notNull(),
    labelEn: text('label_en').notNull(),
    weight: numeric('weight', { precision: 6, scale: 2, mode: 'number' }).notNull(),
    source: criterionSource('source').notNull(),
    /** Lower bounds of scores 2–5 for computed criteria (money in cents, rates as fractions). */
    bands: jsonb('bands').$type<[number, number, number, number]>(),
    position: integer('position').notNull(),
    archived: boolean('archived').notNull().default(false),
  },
  (t) => [primaryKey({ columns: [t.workspaceId, t.key] })],
);

/** A review period: the matrix is scored afresh per review, so movement shows. */
export const matrixReviews = pgTable(
  'matrix_reviews',
  {
    id: uuid('id').primaryKey(),
    workspaceId: uuid('workspace_id')
      .notNull()
      .references(() => workspaces.id),
    name: text('name').notNull(),
    periodFrom: date('period_from').notNull(),
    periodTo: date('period_to').notNull(),
    createdBy: uuid('created_by').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    unique('matrix_reviews_workspace_id_id_key').on(t.workspaceId, t.id),
    foreignKey({ columns: [t.workspaceId, t.createdBy], foreignColumns: [users.workspaceId, users.id] }),
  ],
);

/** A user's score of one manual criterion for one account in one review. */
export const matrixScores = pgTable(
  'matrix_scores',
  {
    workspaceId: uuid('workspace_id').notNull(),
    reviewId: uuid('review_id').notNull(),
    accountId: uuid('account_id').notNull(),
    criterionKey: text('criterion_key').notNull(),
    score: integer('score').notNull(),
    comment: text('comment'),
    scoredBy: uuid('scored_by').notNull(),
    scoredAt: timestamp('scored_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.workspaceId, t.reviewId, t.accountId, t.criterionKey] }),
    foreignKey({
      columns: [t.workspaceId, t.reviewId],
      foreignColumns: [matrixReviews.workspaceId, matrixReviews.id],
    }),
    foreignKey({
      columns: [t.workspaceId, t.accountId],
      foreignColumns: [accounts.workspaceId, accounts.id],
    }),
    foreignKey({ columns: [t.workspaceId, t.scoredBy], foreignColumns: [users.workspaceId, users.id] }),
  ],
);
