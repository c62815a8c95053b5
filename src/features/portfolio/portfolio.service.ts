import { classifyAbc } from '../../core/abc-analysis.ts';
import { concentrationOf } from '../../core/concentration.ts';
import { decodeCursor, encodeCursor, invalidCursor } from '../../core/cursor.ts';
import type { Queryable } from '../../db/client.ts';
import type { Auth } from '../../http/request-context.ts';
import { resolvePeriod } from './period.ts';
import type { AbcQuery } from './portfolio.schema.ts';
import * as store from './portfolio.store.ts';

/**
 * The ABC table of the period: every account with revenue lines in it, ranked, with shares and
 * classes (src/core/abc-analysis.ts), and the concentration of the whole portfolio.
 * The classification needs all accounts at once; a page is a slice of the ranked list.
 */
export async function abcAnalysis(db: Queryable, auth: Auth, query: AbcQuery, today = new Date()) {
  const period = resolvePeriod(query, today);
  const [revenues, otherCurrencies] = await Promise.all([
    store.revenueByAccount(db, auth.workspaceId, period.from, period.to, query.currency),
    store.otherCurrencyLines(db, auth.workspaceId, period.from, period.to, query.currency),
  ]);
  // Equal revenue ranks by name, so that pages stay stable between requests.
  revenues.sort((x, y) => x.nameSort.localeCompare(y.nameSort) || x.accountId.localeCompare(y.accountId));
  const byId = new Map(revenues.map((account) => [account.accountId, account]));
  const thresholds = { a: query.a, b: query.b };
  const { rows, positiveTotal, netTotal } = classifyAbc(
    revenues.map(({ accountId, revenueCents }) => ({ accountId, revenue: revenueCents })),
    thresholds,
  );
  const start = query.cursor ? decodeCursor(query.cursor).value : 0;
  if (typeof start !== 'number' || !Number.isInteger(start) || start < 0) throw invalidCursor();
  const page = rows.slice(start, start + query.limit);
  const last = page.at(-1);
  const nextCursor =
    last && start + query.limit < rows.length
      ? encodeCursor({ value: start + query.limit, id: last.accountId })
      : null;
  const classes = { A: 0, B: 0, C: 0 };
  for (const row of rows) classes[row.abcClass]++;
  return {
    period,
    currency: query.currency,
    thresholds,
    summary: {
      accounts: rows.length,
      positiveTotalCents: positiveTotal,
      netTotalCents: netTotal,
      classes,
      concentration: concentrationOf(rows.map((row) => row.revenue)),
      otherCurrencies,
    },
    items: page.map((row) => {
      const account = byId.get(row.accountId) as store.AccountRevenue;
      return {
        accountId: row.accountId,
        customerNumber: account.customerNumber,
        name: account.name,
        rank: row.rank,
        revenueCents: row.revenue,
        share: row.share,
        cumulativeShare: row.cumulativeShare,
        abcClass: row.abcClass,
      };
    }),
    nextCursor,
  };
}
