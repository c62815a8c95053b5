import { eq, sql } from 'drizzle-orm';
import type { Queryable } from '../../../db/client.ts';
import { portfolioSettings } from '../../../db/schema/index.ts';
import { updateVersioned } from '../../../db/versioned-update.ts';

/** What the classification needs of an account; names and status are read live with each page. */
export interface AccountRevenue {
  accountId: string;
  /** Orders accounts of equal revenue. */
  nameSort: string;
  revenueCents: number;
  /** Revenue of the lines that carry a cost, and that cost: the base of the gross margin. */
  costedRevenueCents: number;
  costOfGoodsCents: number | null;
  previousRevenueCents: number;
}

export interface Period {
  from: string;
  to: string;
}

/**
 * Net revenue per account in the period (both days included) and in the same period a year
 * earlier, in one currency; accounts with lines in the period only. One scan of the lines for
 * both periods, grouped once: no join between two aggregates, whose sizes the planner may
 * misjudge (right after a large import, before statistics are gathered, a nested loop over two
 * "one-row" aggregates took minutes).
 */
export async function revenueByAccount(
  db: Queryable,
  workspaceId: string,
  period: Period,
  previous: Period,
  currency: string,
): Promise<AccountRevenue[]> {
  const inCurrent = sql`invoice_date BETWEEN ${period.from} AND ${period.to}`;
  const inPrevious = sql`invoice_date BETWEEN ${previous.from} AND ${previous.to}`;
  const result = await db.execute<{
    account_id: string;
    name_sort: string;
    revenue: string;
    costed_revenue: string | null;
    cost: string | null;
    previous: string | null;
  }>(sql`
    SELECT a.id AS account_id, a.name_sort, r.revenue, r.costed_revenue, r.cost, r.previous
    FROM (
      SELECT account_id,
        count(*) FILTER (WHERE ${inCurrent}) AS lines,
        sum(net_revenue_cents) FILTER (WHERE ${inCurrent}) AS revenue,
        sum(net_revenue_cents) FILTER (WHERE ${inCurrent} AND cost_of_goods_cents IS NOT NULL) AS costed_revenue,
        sum(cost_of_goods_cents) FILTER (WHERE ${inCurrent}) AS cost,
        sum(net_revenue_cents) FILTER (WHERE ${inPrevious}) AS previous
      FROM revenue_lines
      WHERE workspace_id = ${workspaceId} AND currency = ${currency} AND (${inCurrent} OR ${inPrevious})
      GROUP BY account_id
    ) r
    JOIN accounts a ON a.workspace_id = ${workspaceId} AND a.id = r.account_id
    WHERE r.lines > 0`);
  return result.rows.map((row) => ({
    accountId: row.account_id,
    nameSort: row.name_sort,
    revenueCents: Number(row.revenue),
    costedRevenueCents: Number(row.costed_revenue ?? 0),
    costOfGoodsCents: row.cost === null ? null : Number(row.cost),
    previousRevenueCents: Number(row.previous ?? 0),
  }));
}

/** How many product lines each account bought in the period. */
export async function productLinesPerAccount(
  db: Queryable,
  workspaceId: string,
  period: Period,
  currency: string,
) {
  const result = await db.execute<{ account_id: string; product_lines: string }>(sql`
    SELECT account_id, count(DISTINCT product_line) AS product_lines FROM revenue_lines
    WHERE workspace_id = ${workspaceId} AND currency = ${currency} AND invoice_date BETWEEN ${period.from} AND ${period.to}
    GROUP BY account_id`);
  return new Map(result.rows.map((row) => [row.account_id, Number(row.product_lines)]));
}

export type Dimension = 'industry' | 'customerType' | 'region' | 'productLine';

const dimensionColumn: Record<Dimension, ReturnType<typeof sql.raw>> = {
  industry: sql.raw('a.industry_key'),
  customerType: sql.raw('a.customer_type::text'),
  region: sql.raw('a.region'),
  productLine: sql.raw('l.product_line'),
};

/** Revenue of the period per value of a dimension (null: not set). */
export async function revenueByDimension(
  db: Queryable,
  workspaceId: string,
  period: Period,
  currency: string,
  dimension: Dimension,
) {
  const result = await db.execute<{ key: string | null; accounts: string; revenue: string }>(sql`
    SELECT ${dimensionColumn[dimension]} AS key, count(DISTINCT l.account_id) AS accounts,
      sum(l.net_revenue_cents) AS revenue
    FROM revenue_lines l
    JOIN accounts a ON a.workspace_id = l.workspace_id AND a.id = l.account_id
    WHERE l.workspace_id = ${workspaceId} AND l.currency = ${currency}
      AND l.invoice_date BETWEEN ${period.from} AND ${period.to}
    GROUP BY 1
    ORDER BY 3 DESC`);
  return result.rows.map((row) => ({
    key: row.key,
    accounts: Number(row.accounts),
    revenueCents: Number(row.revenue),
  }));
}

/** Lines of the period in currencies other than the one analysed. */
export async function otherCurrencyLines(
  db: Queryable,
  workspaceId: string,
  { from, to }: Period,
  currency: string,
) {
  const result = await db.execute<{ currency: string; lines: string }>(sql`
    SELECT currency, count(*) AS lines FROM revenue_lines
    WHERE workspace_id = ${workspaceId} AND invoice_date BETWEEN ${from} AND ${to} AND currency <> ${currency}
    GROUP BY currency ORDER BY currency`);
  return result.rows.map((row) => ({ currency: row.currency, lines: Number(row.lines) }));
}

const settingsColumns = {
  abcThresholdA: portfolioSettings.abcThresholdA,
  abcThresholdB: portfolioSettings.abcThresholdB,
  keyAccountsPerKam: portfolioSettings.keyAccountsPerKam,
  version: portfolioSettings.version,
};

export async function findSettings(db: Queryable, workspaceId: string) {
  const [row] = await db
    .select(settingsColumns)
    .from(portfolioSettings)
    .where(eq(portfolioSettings.workspaceId, workspaceId));
  return row;
}

/** Creates the row on first use, then applies the change only at the version read. */
export async function updateSettings(
  db: Queryable,
  workspaceId: string,
  version: number,
  changes: Partial<{ abcThresholdA: number; abcThresholdB: number; keyAccountsPerKam: number }>,
) {
  await db.insert(portfolioSettings).values({ workspaceId }).onConflictDoNothing();
  return updateVersioned(
    db,
    portfolioSettings,
    { workspaceId, key: undefined, version },
    changes,
    settingsColumns,
  );
}
