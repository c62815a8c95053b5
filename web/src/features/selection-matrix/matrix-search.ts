import { useNavigate, useSearch } from '@tanstack/react-router';
import { useCallback } from 'react';
import { z } from 'zod';
import { mergeListSearch, optionalParam, parseListSearch } from '../../components/url-search.ts';

/** The review shown; without it the latest. */
const ZMatrixSearch = z.object({ review: optionalParam(z.uuid()) });

export type MatrixSearch = z.output<typeof ZMatrixSearch>;

export function validateMatrixSearch(search: Record<string, unknown>): MatrixSearch {
  return parseListSearch(ZMatrixSearch, search);
}

/** Reads and changes the matrix page's URL state (replace: no history entry per change). */
export function useMatrixSearch() {
  const search = useSearch({ strict: false }) as MatrixSearch;
  const navigate = useNavigate();
  const update = useCallback(
    (patch: Partial<MatrixSearch>) =>
      navigate({
        to: '.',
        search: (previous: MatrixSearch) => mergeListSearch(previous, patch),
        replace: true,
      }),
    [navigate],
  );
  return { search, update };
}
