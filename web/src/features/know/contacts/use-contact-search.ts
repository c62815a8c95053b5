import { useNavigate, useSearch } from '@tanstack/react-router';
import { useCallback } from 'react';
import { mergeListSearch } from '../../../components/url-search.ts';
import type { ContactSearch } from './contact-search.ts';

/** Reads and changes the contacts list's URL state (replace, so typing does not flood the history). */
export function useContactSearch() {
  const search = useSearch({ from: '/app/contacts' });
  const navigate = useNavigate({ from: '/contacts' });
  const update = useCallback(
    (patch: Partial<ContactSearch>) =>
      navigate({ search: (previous) => mergeListSearch(previous, patch), replace: true }),
    [navigate],
  );
  return { search, update };
}
