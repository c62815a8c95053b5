import { useNavigate, useSearch } from '@tanstack/react-router';
import { useCallback } from 'react';
import type { z } from 'zod';

/** A list's URL parameter: a wrong or missing value simply means "not set". */
export const optionalParam = <T extends z.ZodType>(schema: T) => schema.optional().catch(undefined);

/** Parses a list's URL state and leaves defaults (empty values) out of it. */
export function parseListSearch<S extends object>(schema: z.ZodType<S>, search: Record<string, unknown>): S {
  return Object.fromEntries(
    Object.entries(schema.parse(search)).filter(([, value]) => value !== undefined && value !== ''),
  ) as S;
}

/** The next URL state after a change: `undefined` or '' removes a parameter. */
export function mergeListSearch<S extends object>(previous: S, patch: Partial<S>): S {
  const next: Record<string, string> = {};
  for (const [key, value] of Object.entries({ ...previous, ...patch })) {
    if (typeof value === 'string' && value !== '') next[key] = value;
  }
  return next as S;
}

/** Reads and changes a page's URL state (replace: no history entry per change). */
export function useUrlSearch<S extends object>() {
  const search: unknown = useSearch({ strict: false });
  const navigate = useNavigate();
  const update = useCallback(
    (patch: Partial<S>) =>
      navigate({
        to: '.',
        search: (previous: Record<string, unknown>) => mergeListSearch(previous as S, patch),
        replace: true,
      }),
    [navigate],
  );
  return { search: search as S, update };
}
