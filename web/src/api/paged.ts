import { infiniteQueryOptions, type QueryKey } from '@tanstack/react-query';
import { api, type Query } from './client.ts';
import type { Page } from './types.ts';

/**
 * A cursor-paged list: each page asks for the next cursor the last one named. `P` is the page's
 * full answer where it carries more than the rows (e.g. the ABC analysis' summary).
 */
export function pagedQuery<T, P extends Page<T> = Page<T>>(
  queryKey: QueryKey,
  path: string,
  query: Query,
  limit: number,
) {
  return infiniteQueryOptions({
    queryKey,
    queryFn: ({ pageParam }) => api.get<P>(path, { ...query, limit, cursor: pageParam }),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
}
