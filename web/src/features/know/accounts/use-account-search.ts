import { useNavigate, useSearch } from '@tanstack/react-router';
import { useCallback } from 'react';
import { mergeListSearch } from '../../../components/url-search.ts';
import type { AccountSearch } from './account-search.ts';

/** Reads and changes the accounts list's URL state (replace, so typing does not flood the history). */
export function useAccountSearch() {
  const search = useSearch({ from: '/app/accounts' });
  const navigate = useNavigate({ from: '/accounts' });
  const update = useCallback(
    (patch: Partial<AccountSearch>) =>
      navigate({ search: (previous) => mergeListSearch(previous, patch), replace: true }),
    [navigate],
  );
  return { search, update };
}
