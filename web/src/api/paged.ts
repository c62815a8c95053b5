import { infiniteQueryOptions, type QueryKey } from '@tanstack/react-query';
import { api, type Query } from './client.ts';
import type { Page } from './types.ts';

/** A cursor-paged list: each page asks for the next cursor the last one named. */
export function pagedQuery<T>(queryKey: QueryKey, path: string, query: Query, limit: number) {
  return infiniteQueryOptions({
    queryKey,
    queryFn: ({ pageParam }) => api.get<Page<T>>(path, { ...query, limit, cursor: pageParam }),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
}
