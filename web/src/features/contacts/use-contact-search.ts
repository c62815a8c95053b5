import { useNavigate, useSearch } from '@tanstack/react-router';
import { useCallback } from 'react';
import type { ContactSearch } from './contact-search.ts';

export function useContactSearch() {
  const search = useSearch({ from: '/app/contacts' });
  const navigate = useNavigate({ from: '/contacts' });
  const update = useCallback(
    (patch: Partial<ContactSearch>) =>
      navigate({
        search: (previous) => {
          const next: Record<string, string> = {};
          for (const [key, value] of Object.entries({ ...previous, ...patch })) {
            if (typeof value === 'string' && value !== '') next[key] = value;
          }
          return next as ContactSearch;
        },
        replace: true,
      }),
    [navigate],
  );
  return { search, update };
}
