import { useNavigate, useSearch } from '@tanstack/react-router';
import { useCallback } from 'react';
import { mergeListSearch } from '../../../components/url-search.ts';
import type { UserSearch } from './user-search.ts';

/** Reads and changes the user list's URL state. */
export function useUserSearch() {
  const search = useSearch({ from: '/app/settings/users' });
  const navigate = useNavigate({ from: '/settings/users' });
  const update = useCallback(
    (patch: Partial<UserSearch>) =>
      navigate({ search: (previous) => mergeListSearch(previous, patch), replace: true }),
    [navigate],
  );
  return { search, update };
}
