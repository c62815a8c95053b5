import { type AbcRow, classifyAbc } from '../../core/abc-analysis.ts';
import { AppError } from '../../core/app-error.ts';
import { concentrationOf } from '../../core/concentration.ts';
import { decodeCursor, encodeCursor, invalidCursor } from '../../core/cursor.ts';
import { grossMargin, growthRate, previousYear } from '../../core/growth.ts';
import type { Queryable } from '../../db/client.ts';
import type { Auth } from '../../http/request-context.ts';
import { resolvePeriod } from './period.ts';
import type { AbcQuery, BreakdownQuery } from './portfolio.schema.ts';
import * as store from './portfolio.store.ts';
import { getSettings } from './portfolio-settings.service.ts';

/** Points of the Pareto curve handed to a chart: enough for a smooth line, few enough to send. */
const CURVE_POINTS = 200;

export interface AbcTableRow {
  accountId: string;
  customerNumber: string | null;
  name: string;
  isKeyAccount: boolean;
  keyAccountTier: number | null;
  rank: number;
  revenueCents: number;
  share: number;
  cumulativeShare: number;
  abcClass: AbcRow['abcClass'];
  previousRevenueCents: number;
  growth: number | null;
  grossMargin: number | null;
}

/** (share of accounts, cumulative share of revenue) from the largest account on. */
function paretoCurve(rows: readonly AbcRow[]) {
  const step = Math.max(1, Math.ceil(rows.length / CURVE_POINTS));
  const points = [{ accountShare: 0, revenueShare: 0 }];
  for (let index = step - 1; index < rows.length; index += step) {
    points.push({
      accountShare: (index + 1) / rows.length,
      revenueShare: (rows[index] as AbcRow).cumulativeShare,
    });
  }
  const last = rows.at(-1);
  if (last && points.at(-1)?.accountShare !== 1)
    points.push({ accountShare: 1, revenueShare: last.cumulativeShare });
  return points;
}

/**
 * The whole ABC table of the period: every account with revenue lines in it, ranked, with
 * shares, classes (src/core/abc-analysis.ts), year-over-year growth and gross margin, and the
 * portfolio's concentration. The classification needs all accounts at once.
 */
export async function abcTable(
  db: Queryable,
  auth: Auth,
  query: Omit<AbcQuery, 'limit' | 'cursor'>,
  today = new Date(),
) {
  const period = resolvePeriod(query, today);
  const previous = { from: previousYear(period.from), to: previousYear(period.to) };
  const [revenues, otherCurrencies] = await Promise.all([
    store.revenueByAccount(db, auth.workspaceId, period, previous, query.currency),
    store.otherCurrencyLines(db, auth.workspaceId, period, query.currency),
  ]);
  // Equal revenue ranks by name, so that pages stay stable between requests.
  revenues.sort((x, y) => x.nameSort.localeCompare(y.nameSort) || x.accountId.localeCompare(y.accountId));
  const byId = new Map(revenues.map((account) => [account.accountId, account]));
  const settings = await getSettings(db, auth);
  const thresholds = { a: query.a ?? settings.abcThresholdA, b: query.b ?? settings.abcThresholdB };
  if (!(thresholds.a < thresholds.b)) {
    throw new AppError('validation_failed', 'a must be below b', [
      { path: 'a', code: 'threshold_order', message: 'Must be below b' },
    ]);
  }
  const { rows, positiveTotal, netTotal } = classifyAbc(
    revenues.map(({ accountId, revenueCents }) => ({ accountId, revenue: revenueCents })),
    thresholds,
  );
  const classes = { A: 0, B: 0, C: 0 };
  for (const row of rows) classes[row.abcClass]++;
  const table: AbcTableRow[] = rows.map((row) => {
    const account = byId.get(row.accountId) as store.AccountRevenue;
    return {
      accountId: row.accountId,
      customerNumber: account.customerNumber,
      name: account.name,
      isKeyAccount: account.isKeyAccount,
      keyAccountTier: account.keyAccountTier,
      rank: row.rank,
      revenueCents: row.revenue,
      share: row.share,
      cumulativeShare: row.cumulativeShare,
      abcClass: row.abcClass,
      previousRevenueCents: account.previousRevenueCents,
      growth: growthRate(row.revenue, account.previousRevenueCents),
      grossMargin: grossMargin(account.costedRevenueCents, account.costOfGoodsCents),
    };
  });
  return {
    period,
    previousPeriod: previous,
    currency: query.currency,
    thresholds,
    summary: {
      accounts: rows.length,
      positiveTotalCents: positiveTotal,
      netTotalCents: netTotal,
      classes,
      concentration: concentrationOf(rows.map((row) => row.revenue)),
      paretoCurve: paretoCurve(rows),
      otherCurrencies,
    },
    rows: table,
  };
}

/** One page of the ABC table; the cursor is the position in the ranked list. */
export async function abcAnalysis(db: Queryable, auth: Auth, query: AbcQuery, today = new Date()) {
  const start = query.cursor ? decodeCursor(query.cursor).value : 0;
  if (typeof start !== 'number' || !Number.isInteger(start) || start < 0) throw invalidCursor();
  const { rows, ...analysis } = await abcTable(db, auth, query, today);
  const items = rows.slice(start, start + query.limit);
  const last = items.at(-1);
  const end = start + query.limit;
  const nextCursor = last && end < rows.length ? encodeCursor({ value: end, id: last.accountId }) : null;
  return { ...analysis, items, nextCursor };
}

/** Revenue of the period by industry, customer type, region or product line. */
export async function breakdown(db: Queryable, auth: Auth, query: BreakdownQuery, today = new Date()) {
  const period = resolvePeriod(query, today);
  const groups = await store.revenueByDimension(
    db,
    auth.workspaceId,
    period,
    query.currency,
    query.dimension,
  );
  const positiveTotal = groups.reduce((sum, group) => sum + Math.max(group.revenueCents, 0), 0);
  return {
    period,
    currency: query.currency,
    dimension: query.dimension,
    items: groups.map((group) => ({
      ...group,
      share: positiveTotal > 0 ? Math.max(group.revenueCents, 0) / positiveTotal : 0,
    })),
  };
}

/** Product lines bought per account in the period: the breadth of the relationship. */
export async function productBreadth(db: Queryable, auth: Auth, period: store.Period, currency: string) {
  return store.productLinesPerAccount(db, auth.workspaceId, period, currency);
}
