import {
  bigint,
  char,
  date,
  doublePrecision,
  integer,
  jsonb,
  numeric,
  pgTable,
  primaryKey,
  text,
  timestamp,
  unique,
  uuid,
} from 'drizzle-orm/pg-core';
import { workspaces } from './workspaces.ts';

/**
 * An ABC classification computed once for a period, currency, thresholds and revenue version,
 * so that its pages, exports and the analyses built on it do not classify every account again
 * per request. Outdated by the next change of the revenue lines (a new version), and removed then.
 */
export const abcSnapshots = pgTable(
  'abc_snapshots',
  {
    id: uuid('id').primaryKey(),
    workspaceId: uuid('workspace_id')
      .notNull()
      .references(() => workspaces.id),
    revenueVersion: bigint('revenue_version', { mode: 'number' }).notNull(),
    periodFrom: date('period_from').notNull(),
    periodTo: date('period_to').notNull(),
    currency: char('currency', { length: 3 }).notNull(),
    thresholdA: numeric('threshold_a', { precision: 5, scale: 4, mode: 'number' }).notNull(),
    thresholdB: numeric('threshold_b', { precision: 5, scale: 4, mode: 'number' }).notNull(),
    /** Totals, class counts, concentration, Pareto curve, other currencies. */
    summary: jsonb('summary').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    unique('abc_snapshots_workspace_id_id_key').on(t.workspaceId, t.id),
    unique('abc_snapshots_key').on(
      t.workspaceId,
      t.revenueVersion,
      t.periodFrom,
      t.periodTo,
      t.currency,
      t.thresholdA,
      t.thresholdB,
    ),
  ],
);

/**
 * The classified accounts of a snapshot in rank order; names and key-account status are read live.
 * No foreign key to the snapshot: its per-row check would cost more than the rows themselves
 * (1.7 s of 100,000); the store removes a snapshot's rows with it.
 */
export const abcSnapshotRows = pgTable(
  'abc_snapshot_rows',
  {
    workspaceId: uuid('workspace_id').notNull(),
    snapshotId: uuid('snapshot_id').notNull(),
    position: integer('position').notNull(),
    accountId: uuid('account_id').notNull(),
    rank: integer('rank').notNull(),
    revenueCents: bigint('revenue_cents', { mode: 'number' }).notNull(),
    share: doublePrecision('share').notNull(),
    cumulativeShare: doublePrecision('cumulative_share').notNull(),
    abcClass: text('abc_class').$type<'A' | 'B' | 'C'>().notNull(),
    previousRevenueCents: bigint('previous_revenue_cents', { mode: 'number' }).notNull(),
    costedRevenueCents: bigint('costed_revenue_cents', { mode: 'number' }).notNull(),
    costOfGoodsCents: bigint('cost_of_goods_cents', { mode: 'number' }),
  },
  (t) => [primaryKey({ columns: [t.workspaceId, t.snapshotId, t.position] })],
);
