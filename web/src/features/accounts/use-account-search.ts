import { useNavigate, useSearch } from '@tanstack/react-router';
import { useCallback } from 'react';
import type { AccountSearch } from './account-search.ts';

/** Reads and changes the accounts list's URL state (replace, so typing does not flood the history). */
export function useAccountSearch() {
  const search = useSearch({ from: '/app/accounts' });
  const navigate = useNavigate({ from: '/accounts' });
  const update = useCallback(
    (patch: Partial<AccountSearch>) =>
      navigate({
        search: (previous) => {
          const next: Record<string, string> = {};
          for (const [key, value] of Object.entries({ ...previous, ...patch })) {
            if (typeof value === 'string' && value !== '') next[key] = value;
          }
          return next as AccountSearch;
        },
        replace: true,
      }),
    [navigate],
  );
  return { search, update };
}
