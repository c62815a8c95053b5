import type { Auth } from '#contracts/identity.ts';
import type { AbcQuery, AbcTableRow, BreakdownQuery } from '#contracts/portfolio.ts';
import { type AbcRow, classifyAbc } from '../../../core/abc-analysis.ts';
import { AppError } from '../../../core/app-error.ts';
import type { Clock } from '../../../core/clock.ts';
import { concentrationOf } from '../../../core/concentration.ts';
import { decodeCursor, encodeCursor, invalidCursor } from '../../../core/cursor.ts';
import { grossMargin, growthRate, previousYear } from '../../../core/growth.ts';
import { newId } from '../../../core/ids.ts';
import type { Queryable } from '../../../db/client.ts';
import { workspaceToday } from '../../engage/contact-cadence/relationship-settings.service.ts';
import * as snapshots from './abc-snapshots.store.ts';
import { resolvePeriod } from './period.ts';
import * as store from './portfolio.store.ts';
import { getSettings } from './portfolio-settings.service.ts';

/** The ABC export's columns, for other exports that show an account's revenue figures. */
export {
  abcClassColumn,
  customerNumberColumn,
  growthColumn,
  revenueColumn,
  shareColumn,
} from './portfolio-exports.ts';

/** Points of the Pareto curve handed to a chart: enough for a smooth line, few enough to send. */
const CURVE_POINTS = 200;

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

/** To be called in the transaction that adds, changes or removes revenue lines. */
export async function revenueChanged(db: Queryable, workspaceId: string) {
  await snapshots.raiseRevenueVersion(db, workspaceId);
}

/** Thresholds are kept to 0.01 % (four decimals), as the settings store them. */
const toBasisPoints = (share: number) => Math.round(share * 10_000) / 10_000;

/** What a request asks for: the period (default: the last twelve months), currency and thresholds. */
async function snapshotKey(
  db: Queryable,
  auth: Auth,
  clock: Clock,
  query: Omit<AbcQuery, 'limit' | 'cursor'>,
): Promise<snapshots.SnapshotKey> {
  const settings = await getSettings(db, auth);
  const thresholds = {
    a: toBasisPoints(query.a ?? settings.abcThresholdA),
    b: toBasisPoints(query.b ?? settings.abcThresholdB),
  };
  if (!(thresholds.a < thresholds.b)) {
    throw new AppError('validation_failed', 'a must be below b', [
      { path: 'a', code: 'threshold_order', message: 'Must be below b' },
    ]);
  }
  return { period: await periodOf(db, auth, clock, query), currency: query.currency, thresholds };
}

/** "Today", where a period ends by default, is the workspace's day, as everywhere else. */
async function periodOf(db: Queryable, auth: Auth, clock: Clock, query: Parameters<typeof resolvePeriod>[0]) {
  const { today } = await workspaceToday(db, auth, clock);
  return resolvePeriod(query, today);
}

const previousOf = (period: store.Period) => ({
  from: previousYear(period.from),
  to: previousYear(period.to),
});

/**
 * Every account with revenue lines in the period, ranked and classified (src/core/abc-analysis.ts),
 * with what growth and margin need, and the portfolio's summary. The classification needs all
 * accounts at once, which is why its result is stored as a snapshot.
 */
async function classifyPortfolio(db: Queryable, workspaceId: string, key: snapshots.SnapshotKey) {
  // One after the other: this runs in the snapshot's transaction, whose connection runs one
  // statement at a time.
  const revenues = await store.revenueByAccount(
    db,
    workspaceId,
    key.period,
    previousOf(key.period),
    key.currency,
  );
  const otherCurrencies = await store.otherCurrencyLines(db, workspaceId, key.period, key.currency);
  // Equal revenue ranks by name, so that pages stay stable between requests.
  revenues.sort((x, y) => x.nameSort.localeCompare(y.nameSort) || x.accountId.localeCompare(y.accountId));
  const byId = new Map(revenues.map((account) => [account.accountId, account]));
  const { rows, positiveTotal, netTotal } = classifyAbc(
    revenues.map(({ accountId, revenueCents }) => ({ accountId, revenue: revenueCents })),
    key.thresholds,
  );
  const classes = { A: 0, B: 0, C: 0 };
  for (const row of rows) classes[row.abcClass]++;
  return {
    summary: {
      accounts: rows.length,
      positiveTotalCents: positiveTotal,
      netTotalCents: netTotal,
      classes,
      concentration: concentrationOf(rows.map((row) => row.revenue)),
      paretoCurve: paretoCurve(rows),
      otherCurrencies,
    },
    rows: rows.map((row): snapshots.SnapshotRow => {
      const account = byId.get(row.accountId) as store.AccountRevenue;
      return {
        accountId: row.accountId,
        rank: row.rank,
        revenueCents: row.revenue,
        share: row.share,
        cumulativeShare: row.cumulativeShare,
        abcClass: row.abcClass,
        previousRevenueCents: account.previousRevenueCents,
        costedRevenueCents: account.costedRevenueCents,
        costOfGoodsCents: account.costOfGoodsCents,
      };
    }),
  };
}

type AbcSummary = Awaited<ReturnType<typeof classifyPortfolio>>['summary'];

/**
 * The classification for the request's period, currency and thresholds at the current revenue
 * version: stored, or computed now and stored (one computation at a time per key; a request
 * that waited finds the result). The next import makes it outdated.
 */
export async function abcSnapshot(
  db: Queryable,
  auth: Auth,
  clock: Clock,
  query: Omit<AbcQuery, 'limit' | 'cursor'>,
) {
  const key = await snapshotKey(db, auth, clock, query);
  const { workspaceId } = auth;
  const version = await snapshots.revenueVersion(db, workspaceId);
  const describe = (id: string, summary: unknown) => ({
    id,
    period: key.period,
    previousPeriod: previousOf(key.period),
    currency: key.currency,
    thresholds: key.thresholds,
    summary: summary as AbcSummary,
  });
  const stored = await snapshots.findSnapshot(db, workspaceId, version, key);
  if (stored) return describe(stored.id, stored.summary);
  return db.transaction(async (tx) => {
    await snapshots.lockSnapshotKey(tx, workspaceId, version, key);
    const meanwhile = await snapshots.findSnapshot(tx, workspaceId, version, key);
    if (meanwhile) return describe(meanwhile.id, meanwhile.summary);
    const { summary, rows } = await classifyPortfolio(tx, workspaceId, key);
    const id = newId();
    await snapshots.insertSnapshot(tx, { id, workspaceId, version, key, summary }, rows);
    await snapshots.deleteOutdatedSnapshots(tx, workspaceId, version, id);
    return describe(id, summary);
  });
}

function tableRow(row: snapshots.RowWithAccount): AbcTableRow {
  return {
    accountId: row.accountId,
    customerNumber: row.customerNumber,
    name: row.name,
    isKeyAccount: row.isKeyAccount,
    keyAccountTier: row.keyAccountTier,
    rank: row.rank,
    revenueCents: row.revenueCents,
    share: row.share,
    cumulativeShare: row.cumulativeShare,
    abcClass: row.abcClass,
    previousRevenueCents: row.previousRevenueCents,
    growth: growthRate(row.revenueCents, row.previousRevenueCents),
    grossMargin: grossMargin(row.costedRevenueCents, row.costOfGoodsCents),
  };
}

/** The whole ABC table of the period, for exports and the analyses built on it. */
export async function abcTable(
  db: Queryable,
  auth: Auth,
  clock: Clock,
  query: Omit<AbcQuery, 'limit' | 'cursor'>,
) {
  const { id, ...analysis } = await abcSnapshot(db, auth, clock, query);
  const rows = await snapshots.snapshotRows(db, auth.workspaceId, id, 0, null);
  return { ...analysis, rows: rows.map(tableRow) };
}

/** One page of the ABC table; the cursor is the position in the ranked list. */
export async function abcAnalysis(db: Queryable, auth: Auth, clock: Clock, query: AbcQuery) {
  const start = query.cursor ? decodeCursor(query.cursor).value : 0;
  if (typeof start !== 'number' || !Number.isInteger(start) || start < 0) throw invalidCursor();
  const { id, ...analysis } = await abcSnapshot(db, auth, clock, query);
  const rows = await snapshots.snapshotRows(db, auth.workspaceId, id, start, query.limit + 1);
  const items = rows.slice(0, query.limit).map(tableRow);
  const last = items.at(-1);
  const nextCursor =
    last && rows.length > query.limit
      ? encodeCursor({ value: start + query.limit, id: last.accountId })
      : null;
  return { ...analysis, items, nextCursor };
}

/** Revenue of the period by industry, customer type, region or product line. */
export async function breakdown(db: Queryable, auth: Auth, clock: Clock, query: BreakdownQuery) {
  const period = await periodOf(db, auth, clock, query);
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
