import { Center, Loader, Text } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { useWindowVirtualizer } from '@tanstack/react-virtual';
import {
  type CSSProperties,
  type Key,
  type ReactNode,
  useEffect,
  useLayoutEffect,
  useRef,
  useState,
} from 'react';
import { useTranslation } from 'react-i18next';
import classes from './data-table.module.css';

export const cx = (...names: (string | undefined | false)[]) => names.filter(Boolean).join(' ');

/** What a row must carry so the virtualiser can place and measure it. */
export interface RowProps {
  key: Key;
  'data-index': number;
  ref: (element: HTMLTableRowElement | null) => void;
  className: string;
  style: CSSProperties;
}

export interface VirtualTableProps<T> {
  label: string;
  /** A CSS module class that sets --cols for the grid. */
  columnsClass: string;
  /** The header row's <th> cells. */
  header: ReactNode;
  items: T[];
  getKey: (item: T) => string;
  /** Renders one <tr> carrying `row` (position, measuring, classes). */
  renderRow: (item: T, row: RowProps, index: number) => ReactNode;
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
  const { label, columnsClass, header, items, getKey, renderRow, isPending, empty } = props;
  const { hasNextPage, isFetchingNextPage, fetchNextPage } = props;
  const estimate = props.estimate ?? { desktop: 53, phone: 96 };
  const { t } = useTranslation();
  const isPhone = useMediaQuery('(max-width: 47.99em)');
  const listRef = useRef<HTMLTableElement>(null);
  const [scrollMargin, setScrollMargin] = useState(0);

  // Where the list starts on the page. It moves when content above changes size (filters folding
  // open, a wrapping header), which also changes the body's size; measuring on every scroll frame
  // would force a layout per frame.
  useLayoutEffect(() => {
    const measure = () => {
      const top = (listRef.current?.getBoundingClientRect().top ?? 0) + window.scrollY;
      setScrollMargin((current) => (Math.abs(top - current) > 1 ? top : current));
    };
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(document.body);
    return () => observer.disconnect();
  }, []);

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
    <table
      aria-label={label}
      aria-busy={isPending || isFetchingNextPage}
      className={cx(classes.table, columnsClass)}
      ref={listRef}
    >
      <thead className={classes.header}>
        <tr className={classes.row}>{header}</tr>
      </thead>
      <tbody className={classes.body} style={{ height: virtualizer.getTotalSize() }}>
        {virtualItems.map((virtualRow) => {
          const item = items[virtualRow.index];
          const row: RowProps = {
            key: virtualRow.key,
            'data-index': virtualRow.index,
            ref: virtualizer.measureElement,
            className: cx(classes.row, classes.bodyRow),
            style: { transform: `translateY(${virtualRow.start - virtualizer.options.scrollMargin}px)` },
          };
          if (item !== undefined) return renderRow(item, row, virtualRow.index);
          const { key, ...rest } = row;
          return (
            <tr key={key} {...rest}>
              <td className={classes.cell}>
                <Loader size="xs" mr="xs" aria-hidden />
                <Text span size="sm" c="dimmed">
                  {t('common.loadingMore')}
                </Text>
              </td>
            </tr>
          );
        })}
      </tbody>
      {isPending || items.length === 0 ? (
        <tfoot style={{ display: 'block' }}>
          <tr style={{ display: 'block' }}>
            <td style={{ display: 'block' }}>
              {isPending ? (
                <Center py="xl">
                  <Loader aria-label={t('common.loading')} />
                </Center>
              ) : (
                empty
              )}
            </td>
          </tr>
        </tfoot>
      ) : null}
    </table>
  );
}
