/**
 * ABC / Pareto analysis of accounts by net revenue (domain.md, issue "find the key accounts").
 *
 * Rule: rank by revenue, highest first. An account is A while the accounts ranked above it
 * together hold less than the A threshold (default 80 %) of the total, so the largest account
 * is always A and the one that crosses 80 % is still A; B likewise below the B threshold
 * (default 95 %); C otherwise. Accounts with zero or negative revenue (credit notes exceeding
 * sales) are C. Accounts with equal revenue share the better class.
 *
 * The total is the sum of positive revenue: the Pareto question is who contributes, and a
 * negative account must not inflate everyone else's share. Revenue is in integer minor units.
 */
export type AbcClass = 'A' | 'B' | 'C';

export interface AbcThresholds {
  /** Cumulative share below which an account is still A (0 < a < b ≤ 1). */
  a: number;
  b: number;
}

export const defaultAbcThresholds: AbcThresholds = { a: 0.8, b: 0.95 };

export interface RevenueOfAccount {
  accountId: string;
  revenue: number;
}

export interface AbcRow extends RevenueOfAccount {
  /** 1 for the largest; equal revenue, equal rank (1, 2, 2, 4). */
  rank: number;
  /** Revenue / positive total; 0 when there is no positive revenue. */
  share: number;
  /** Share of this account and all ranked above it (ties: in the order given). */
  cumulativeShare: number;
  abcClass: AbcClass;
}

export interface AbcResult {
  rows: AbcRow[];
  /** Sum of positive revenue, the base of every share. */
  positiveTotal: number;
  /** Sum of all revenue, credit notes included. */
  netTotal: number;
}

export function validateThresholds({ a, b }: AbcThresholds): void {
  if (!(a > 0 && a < b && b <= 1)) throw new RangeError('ABC thresholds need 0 < A < B ≤ 1');
}

/** Rows come back highest revenue first; equal revenue keeps the input order. */
export function classifyAbc(
  accounts: readonly RevenueOfAccount[],
  thresholds = defaultAbcThresholds,
): AbcResult {
  validateThresholds(thresholds);
  const sorted = accounts
    .map((account, index) => ({ account, index }))
    .sort((x, y) => y.account.revenue - x.account.revenue || x.index - y.index)
    .map(({ account }) => account);
  const positiveTotal = sorted.reduce((sum, { revenue }) => sum + Math.max(revenue, 0), 0);
  const netTotal = sorted.reduce((sum, { revenue }) => sum + revenue, 0);

  const rows: AbcRow[] = [];
  let cumulative = 0;
  let groupStart = { revenue: Number.NaN, rank: 0, above: 0 };
  for (const [index, account] of sorted.entries()) {
    if (account.revenue !== groupStart.revenue)
      groupStart = { revenue: account.revenue, rank: index + 1, above: cumulative };
    cumulative += Math.max(account.revenue, 0);
    const shareAbove = positiveTotal > 0 ? groupStart.above / positiveTotal : 1;
    const abcClass: AbcClass =
      account.revenue <= 0 ? 'C' : shareAbove < thresholds.a ? 'A' : shareAbove < thresholds.b ? 'B' : 'C';
    rows.push({
      ...account,
      rank: groupStart.rank,
      share: positiveTotal > 0 ? account.revenue / positiveTotal : 0,
      cumulativeShare: positiveTotal > 0 ? cumulative / positiveTotal : 0,
      abcClass,
    });
  }
  return { rows, positiveTotal, netTotal };
}
