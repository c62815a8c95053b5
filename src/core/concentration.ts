/**
 * How much of the revenue sits with few customers: the share of the top 1, 5 and 10 accounts
 * and the Herfindahl-Hirschman index (sum of squared percentage shares: 10,000 = one customer,
 * below 1,500 unconcentrated, above 2,500 highly concentrated, as competition authorities read it).
 * Only positive revenue counts, as in the ABC analysis.
 */
export interface Concentration {
  accountsWithRevenue: number;
  top1Share: number;
  top5Share: number;
  top10Share: number;
  herfindahlIndex: number;
}

export function concentrationOf(revenues: readonly number[]): Concentration {
  const positive = revenues.filter((revenue) => revenue > 0).sort((x, y) => y - x);
  const total = positive.reduce((sum, revenue) => sum + revenue, 0);
  const topShare = (n: number) => (total > 0 ? positive.slice(0, n).reduce((s, r) => s + r, 0) / total : 0);
  const herfindahlIndex =
    total > 0 ? positive.reduce((sum, revenue) => sum + ((revenue / total) * 100) ** 2, 0) : 0;
  return {
    accountsWithRevenue: positive.length,
    top1Share: topShare(1),
    top5Share: topShare(5),
    top10Share: topShare(10),
    herfindahlIndex,
  };
}
