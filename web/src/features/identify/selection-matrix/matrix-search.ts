import { z } from 'zod';
import { optionalParam, parseListSearch, useUrlSearch } from '../../../components/url-search.ts';

/** The review shown; without it the latest. */
const ZMatrixSearch = z.object({ review: optionalParam(z.uuid()) });

export type MatrixSearch = z.output<typeof ZMatrixSearch>;

export function validateMatrixSearch(search: Record<string, unknown>): MatrixSearch {
  return parseListSearch(ZMatrixSearch, search);
}

/** The matrix page's URL state. */
export const useMatrixSearch = () => useUrlSearch<MatrixSearch>();
