import { sql } from 'drizzle-orm';
import { arrayParam } from '../../../db/array-param.ts';
import type { Queryable } from '../../../db/client.ts';
import type { Period } from './portfolio.store.ts';

/** What a stored classification answers for; with the revenue version, what makes it current. */
export interface SnapshotKey {
  period: Period;
  currency: string;
  thresholds: { a: number; b: number };
}

/** One classified account, in rank order. */
export interface SnapshotRow {
  accountId: string;
  rank: number;
  revenueCents: number;
  share: number;
  cumulativeShare: number;
  abcClass: 'A' | 'B' | 'C';
  previousRevenueCents: number;
  costedRevenueCents: number;
  costOfGoodsCents: number | null;
}

/** A snapshot row with what is read live from the account. */
export interface RowWithAccount extends SnapshotRow {
  customerNumber: string | null;
  name: string;
  isKeyAccount: boolean;
  keyAccountTier: number | null;
}

export async function revenueVersion(db: Queryable, workspaceId: string): Promise<number> {
  const result = await db.execute<{ version: string }>(
    sql`SELECT version FROM revenue_versions WHERE workspace_id = ${workspaceId}`,
  );
  return Number(result.rows[0]?.version ?? 0);
}

/** Called in the transaction that changes revenue lines: every stored classification is outdated. */
export async function raiseRevenueVersion(db: Queryable, workspaceId: string) {
  await db.execute(sql`
    INSERT INTO revenue_versions (workspace_id, version) VALUES (${workspaceId}, 1)
    ON CONFLICT (workspace_id) DO UPDATE SET version = revenue_versions.version + 1, changed_at = now()`);
}

/** Serialises the computation of one snapshot: a second request waits and then finds it. */
export async function lockSnapshotKey(db: Queryable, workspaceId: string, version: number, key: SnapshotKey) {
  const text = [
    workspaceId,
    version,
    key.period.from,
    key.period.to,
    key.currency,
    key.thresholds.a,
    key.thresholds.b,
  ];
  await db.execute(sql`SELECT pg_advisory_xact_lock(hashtextextended(${text.join('|')}, 0))`);
}

export async function findSnapshot(db: Queryable, workspaceId: string, version: number, key: SnapshotKey) {
  const result = await db.execute<{ id: string; summary: unknown }>(sql`
    SELECT id, summary FROM abc_snapshots
    WHERE workspace_id = ${workspaceId} AND revenue_version = ${version}
      AND period_from = ${key.period.from} AND period_to = ${key.period.to} AND currency = ${key.currency}
      AND threshold_a = ${key.thresholds.a} AND threshold_b = ${key.thresholds.b}`);
  return result.rows[0];
}

/** The snapshot and its rows in two statements (the rows as arrays: one round trip for 100,000 accounts). */
export async function insertSnapshot(
  db: Queryable,
  snapshot: { id: string; workspaceId: string; version: number; key: SnapshotKey; summary: unknown },
  rows: readonly SnapshotRow[],
) {
  const { id, workspaceId, version, key } = snapshot;
  await db.execute(sql`
    INSERT INTO abc_snapshots (id, workspace_id, revenue_version, period_from, period_to, currency, threshold_a,
      threshold_b, summary)
    VALUES (${id}, ${workspaceId}, ${version}, ${key.period.from}, ${key.period.to}, ${key.currency},
      ${key.thresholds.a}, ${key.thresholds.b}, ${JSON.stringify(snapshot.summary)})`);
  const column = <T>(pick: (row: SnapshotRow) => T) => arrayParam(rows, pick);
  await db.execute(sql`
    INSERT INTO abc_snapshot_rows (workspace_id, snapshot_id, position, account_id, rank, revenue_cents, share,
      cumulative_share, abc_class, previous_revenue_cents, costed_revenue_cents, cost_of_goods_cents)
    SELECT ${workspaceId}, ${id}, r.ordinality, r.account_id, r.rank, r.revenue, r.share, r.cumulative, r.class,
      r.previous, r.costed, r.cost
    FROM unnest(
      ${column((row) => row.accountId)}::uuid[], ${column((row) => row.rank)}::integer[],
      ${column((row) => row.revenueCents)}::bigint[], ${column((row) => row.share)}::float8[],
      ${column((row) => row.cumulativeShare)}::float8[], ${column((row) => row.abcClass)}::text[],
      ${column((row) => row.previousRevenueCents)}::bigint[], ${column((row) => row.costedRevenueCents)}::bigint[],
      ${column((row) => row.costOfGoodsCents)}::bigint[]
    ) WITH ORDINALITY AS r (account_id, rank, revenue, share, cumulative, class, previous, costed, cost, ordinality)`);
}

/** How many classifications a workspace keeps at most (each holds a row per account). */
const KEPT_SNAPSHOTS = 20;

/**
 * Snapshots of older revenue, any older than a day (their "today" has passed) and all but the
 * newest few, except `keep`.
 */
export async function deleteOutdatedSnapshots(
  db: Queryable,
  workspaceId: string,
  version: number,
  keep: string,
) {
  await db.execute(sql`
    WITH outdated AS (
      DELETE FROM abc_snapshots
      WHERE workspace_id = ${workspaceId} AND id <> ${keep}
        AND (revenue_version < ${version} OR created_at < now() - interval '1 day'
          OR id NOT IN (SELECT id FROM abc_snapshots WHERE workspace_id = ${workspaceId}
                        ORDER BY created_at DESC LIMIT ${KEPT_SNAPSHOTS}))
      RETURNING id
    )
    DELETE FROM abc_snapshot_rows
    WHERE workspace_id = ${workspaceId} AND snapshot_id IN (SELECT id FROM outdated)`);
}

/** Rows after `position` (0: from the first), at most `limit`; all when `limit` is null. */
export async function snapshotRows(
  db: Queryable,
  workspaceId: string,
  snapshotId: string,
  after: number,
  limit: number | null,
): Promise<RowWithAccount[]> {
  const result = await db.execute<{
    account_id: string;
    rank: number;
    revenue_cents: string;
    share: number;
    cumulative_share: number;
    abc_class: 'A' | 'B' | 'C';
    previous_revenue_cents: string;
    costed_revenue_cents: string;
    cost_of_goods_cents: string | null;
    customer_number: string | null;
    name: string;
    is_key_account: boolean;
    key_account_tier: number | null;
  }>(sql`
    SELECT r.account_id, r.rank, r.revenue_cents, r.share, r.cumulative_share, r.abc_class,
      r.previous_revenue_cents, r.costed_revenue_cents, r.cost_of_goods_cents,
      a.customer_number, a.name, a.is_key_account, a.key_account_tier
    FROM abc_snapshot_rows r
    JOIN accounts a ON a.workspace_id = r.workspace_id AND a.id = r.account_id
    WHERE r.workspace_id = ${workspaceId} AND r.snapshot_id = ${snapshotId} AND r.position > ${after}
    ORDER BY r.position
    ${limit === null ? sql`` : sql`LIMIT ${limit}`}`);
  return result.rows.map((row) => ({
    accountId: row.account_id,
    rank: row.rank,
    revenueCents: Number(row.revenue_cents),
    share: row.share,
    cumulativeShare: row.cumulative_share,
    abcClass: row.abc_class,
    previousRevenueCents: Number(row.previous_revenue_cents),
    costedRevenueCents: Number(row.costed_revenue_cents),
    costOfGoodsCents: row.cost_of_goods_cents === null ? null : Number(row.cost_of_goods_cents),
    customerNumber: row.customer_number,
    name: row.name,
    isKeyAccount: row.is_key_account,
    keyAccountTier: row.key_account_tier,
  }));
}
