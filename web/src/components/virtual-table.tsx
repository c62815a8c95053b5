import { Center, Loader, Text } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { useWindowVirtualizer } from '@tanstack/react-virtual';
import { type ReactNode, useEffect, useLayoutEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import classes from './data-table.module.css';

export const cx = (...names: (string | undefined | false)[]) => names.filter(Boolean).join(' ');

interface VirtualTableProps<T> {
  label: string;
  /** A CSS module class that sets --cols for the grid. */
  columnsClass: string;
  /** The header row's column headers. */
  header: ReactNode;
  items: T[];
  getKey: (item: T) => string;
  renderRow: (item: T, index: number) => ReactNode;
  isPending: boolean;
  hasNextPage: boolean;
  isFetchingNextPage: boolean;
  fetchNextPage: () => unknown;
  empty: ReactNode;
  /** Estimated row heights before measuring (desktop row, phone card). */
  estimate?: { desktop: number; phone: number };
}

/**
 * A long list where only the rows on screen are in the DOM (window scrolling, so the page scrolls
 * naturally on phones). The next page is requested shortly before the user reaches the end.
 */
export function VirtualTable<T>(props: VirtualTableProps<T>) {
  const { label, columnsClass, header, items, getKey, renderRow, isPending, hasNextPage, isFetchingNextPage, fetchNextPage, empty } =
    props;
  const estimate = props.estimate ?? { desktop: 53, phone: 96 };
  const { t } = useTranslation();
  const isPhone = useMediaQuery('(max-width: 47.99em)');
  const listRef = useRef<HTMLDivElement>(null);
  const [scrollMargin, setScrollMargin] = useState(0);

  // Where the list starts on the page; it moves when filters above open or close.
  useLayoutEffect(() => {
    const top = (listRef.current?.getBoundingClientRect().top ?? 0) + window.scrollY;
    if (Math.abs(top - scrollMargin) > 1) setScrollMargin(top);
  });

  const virtualizer = useWindowVirtualizer({
    count: items.length + (hasNextPage ? 1 : 0),
    estimateSize: () => (isPhone ? estimate.phone : estimate.desktop),
    overscan: 8,
    scrollMargin,
    getItemKey: (index) => {
      const item = items[index];
      return item === undefined ? '__loader' : getKey(item);
    },
  });
  const virtualItems = virtualizer.getVirtualItems();
  const lastIndex = virtualItems.at(-1)?.index ?? 0;

  useEffect(() => {
    if (lastIndex >= items.length - 25 && hasNextPage && !isFetchingNextPage) void fetchNextPage();
  }, [lastIndex, items.length, hasNextPage, isFetchingNextPage, fetchNextPage]);

  return (
    <div role="table" aria-label={label} aria-busy={isPending || isFetchingNextPage} className={cx(classes.table, columnsClass)} ref={listRef}>
      <div role="rowgroup" className={classes.header}>
        <div role="row" className={classes.row}>
          {header}
        </div>
      </div>
      <div role="rowgroup" className={classes.body} style={{ height: virtualizer.getTotalSize() }}>
        {virtualItems.map((virtualRow) => {
          const item = items[virtualRow.index];
          return (
            <div
              key={virtualRow.key}
              data-index={virtualRow.index}
              ref={virtualizer.measureElement}
              className={classes.bodyRow}
              style={{ transform: `translateY(${virtualRow.start - virtualizer.options.scrollMargin}px)` }}
            >
              {item === undefined ? (
                <div role="row" className={classes.row}>
                  <div role="cell" className={classes.cell}>
                    <Loader size="xs" mr="xs" aria-hidden />
                    <Text span size="sm" c="dimmed">
                      {t('common.loadingMore')}
                    </Text>
                  </div>
                </div>
              ) : (
                renderRow(item, virtualRow.index)
              )}
            </div>
          );
        })}
      </div>
      {isPending ? (
        <Center py="xl">
          <Loader aria-label={t('common.loading')} />
        </Center>
      ) : null}
      {!isPending && items.length === 0 ? empty : null}
    </div>
  );
}
