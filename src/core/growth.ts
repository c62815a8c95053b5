/**
 * Year-over-year growth: (this period − the same period a year earlier) / the earlier one.
 * Undefined (null) when the earlier period had no positive revenue: a new customer has no
 * growth rate, it is new.
 */
export function growthRate(current: number, previous: number): number | null {
  if (previous <= 0) return null;
  return (current - previous) / previous;
}

/** Gross margin: (revenue − cost of goods) / revenue; null without revenue or without cost. */
export function grossMargin(revenue: number, costOfGoods: number | null): number | null {
  if (costOfGoods === null || revenue <= 0) return null;
  return (revenue - costOfGoods) / revenue;
}

/** The same period one year earlier ('2026-02-29' falls back to '2025-02-28'). */
export function previousYear(isoDate: string): string {
  const [year, month, day] = isoDate.split('-').map(Number) as [number, number, number];
  const lastDay = new Date(Date.UTC(year - 1, month, 0)).getUTCDate();
  const shifted = Math.min(day, lastDay);
  return `${year - 1}-${String(month).padStart(2, '0')}-${String(shifted).padStart(2, '0')}`;
}
