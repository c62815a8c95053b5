import { Stack, Text } from '@mantine/core';
import type { InfiniteData, UseInfiniteQueryResult } from '@tanstack/react-query';
import type { Page } from '../api/types.ts';
import { ProblemAlert } from './problem-alert.tsx';
import { VirtualTable, type VirtualTableProps } from './virtual-table.tsx';

type PagedQuery<T> = UseInfiniteQueryResult<InfiniteData<Page<T>>>;

interface RecordTableProps<T>
  extends Omit<
    VirtualTableProps<T>,
    'items' | 'isPending' | 'hasNextPage' | 'isFetchingNextPage' | 'fetchNextPage'
  > {
  query: PagedQuery<T>;
  /** "120 Kunden geladen – beim Scrollen werden weitere geladen" or "120 Kunden". */
  loadedText: (count: number, more: boolean) => string;
  loadedTestId?: string;
}

/** A server-paged list in a virtual table, with the count of what is loaded below it. */
export function RecordTable<T>({ query, loadedText, loadedTestId, ...table }: RecordTableProps<T>) {
  const items = query.data?.pages.flatMap((page) => page.items) ?? [];
  if (query.isError) return <ProblemAlert error={query.error} />;
  return (
    <Stack gap="xs">
      <VirtualTable
        {...table}
        items={items}
        isPending={query.isPending}
        hasNextPage={query.hasNextPage}
        isFetchingNextPage={query.isFetchingNextPage}
        fetchNextPage={query.fetchNextPage}
      />
      {items.length > 0 ? (
        <Text size="xs" c="dimmed" data-testid={loadedTestId}>
          {loadedText(items.length, query.hasNextPage)}
        </Text>
      ) : null}
    </Stack>
  );
}
