import { Button, Group } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ListState } from './list-state.tsx';

/** What a cursor-paged list query (useInfiniteQuery of pagedQuery) offers. */
interface PagedQuery<T> {
  data?: { pages: { items: T[] }[] };
  isPending: boolean;
  error: unknown;
  hasNextPage: boolean;
  isFetchingNextPage: boolean;
  fetchNextPage: () => Promise<unknown>;
}

interface PagedItemsProps<T> {
  query: PagedQuery<T>;
  emptyText: string;
  /** The placeholder's height while loading. */
  height?: number;
  /** The rows loaded so far (never empty). */
  children: (items: T[]) => ReactNode;
}

/** A short paged list in a card: loading, failure or "nothing yet", the rows, and "show more". */
export function PagedItems<T>({ query, emptyText, height, children }: PagedItemsProps<T>) {
  const { t } = useTranslation();
  const items = query.data?.pages.flatMap((page) => page.items) ?? [];
  return (
    <>
      <ListState
        pending={query.isPending}
        error={query.error}
        empty={items.length === 0}
        emptyText={emptyText}
        height={height}
      />
      {items.length > 0 ? children(items) : null}
      {query.hasNextPage ? (
        <Group mt="xs">
          <Button
            variant="subtle"
            size="xs"
            onClick={() => void query.fetchNextPage()}
            loading={query.isFetchingNextPage}
          >
            {t('common.showMore')}
          </Button>
        </Group>
      ) : null}
    </>
  );
}
