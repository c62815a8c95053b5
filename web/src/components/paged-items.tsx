import { Button, Group, type GroupProps, type MantineSize } from '@mantine/core';
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
      <ShowMore query={query} size="xs" mt="xs" />
    </>
  );
}

/** "Show more" under a paged list while the server has more pages; nothing otherwise. */
export function ShowMore({
  query,
  size,
  ...group
}: {
  query: Pick<PagedQuery<unknown>, 'hasNextPage' | 'isFetchingNextPage' | 'fetchNextPage'>;
  size?: MantineSize;
} & GroupProps) {
  const { t } = useTranslation();
  if (!query.hasNextPage) return null;
  return (
    <Group {...group}>
      <Button
        variant="subtle"
        size={size}
        onClick={() => void query.fetchNextPage()}
        loading={query.isFetchingNextPage}
      >
        {t('common.showMore')}
      </Button>
    </Group>
  );
}
