import { z } from 'zod';
import { dimensions } from '#contracts/portfolio.ts';
import type { AbcFilter, Period } from '../../../api/portfolio.ts';
import { optionalParam, parseListSearch, useUrlSearch } from '../../../components/url-search.ts';

/** A share in the URL: "0.8". */
const ZShare = z.string().regex(/^(0(\.\d{1,4})?|1(\.0+)?)$/);

/** The analysis' state in the URL: period, thresholds, the breakdown shown. Defaults stay out. */
const ZPortfolioSearch = z.object({
  from: optionalParam(z.iso.date()),
  to: optionalParam(z.iso.date()),
  a: optionalParam(ZShare),
  b: optionalParam(ZShare),
  by: optionalParam(z.enum(dimensions)),
});

export type PortfolioSearch = z.output<typeof ZPortfolioSearch>;

export function validatePortfolioSearch(search: Record<string, unknown>): PortfolioSearch {
  const parsed = parseListSearch(ZPortfolioSearch, search);
  // A period whose start lies after its end is no period: show the default instead.
  if (parsed.from && parsed.to && parsed.from > parsed.to) {
    const { from: _, to: __, ...rest } = parsed;
    return rest;
  }
  return parsed;
}

export function periodOf(search: PortfolioSearch): Period {
  return { from: search.from, to: search.to };
}

export function abcFilterOf(search: PortfolioSearch): AbcFilter {
  const a = search.a ? Number(search.a) : undefined;
  const b = search.b ? Number(search.b) : undefined;
  // Thresholds that contradict each other fall back to the settings.
  const valid = a === undefined || b === undefined || a < b;
  return { ...periodOf(search), a: valid ? a : undefined, b: valid ? b : undefined };
}

/** The portfolio pages' URL state. */
export const usePortfolioSearch = () => useUrlSearch<PortfolioSearch>();
