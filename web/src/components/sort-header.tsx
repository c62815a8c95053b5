import type { ReactNode } from 'react';
import classes from './data-table.module.css';

interface SortHeaderProps<S extends string> {
  column: S;
  sort: S;
  order: 'asc' | 'desc';
  onSort: (column: S, order: 'asc' | 'desc') => void;
  className?: string;
  children: ReactNode;
}

/** A column header that sorts by its column; a second click reverses the order. */
export function SortHeader<S extends string>({
  column,
  sort,
  order,
  onSort,
  className,
  children,
}: SortHeaderProps<S>) {
  const active = sort === column;
  const ariaSort = active ? (order === 'asc' ? 'ascending' : 'descending') : 'none';
  return (
    <th scope="col" aria-sort={ariaSort} className={className}>
      <button
        type="button"
        className={classes.sortButton}
        onClick={() => onSort(column, active && order === 'asc' ? 'desc' : 'asc')}
      >
        {children}
        <span aria-hidden="true" style={{ opacity: active ? 1 : 0.3 }}>
          {active && order === 'desc' ? '▼' : '▲'}
        </span>
      </button>
    </th>
  );
}

export function HeadCell({ className, children }: { className?: string; children: ReactNode }) {
  return (
    <th scope="col" className={`${className ?? ''} ${classes.headLabel}`}>
      {children}
    </th>
  );
}

type Order = 'asc' | 'desc';

/** The props of a list's sort headers; the default sort (ascending) stays out of the URL. */
export function sortControl<S extends string>(
  sort: S,
  order: Order,
  defaultSort: S,
  update: (patch: { sort?: S; order?: Order }) => void,
) {
  return {
    sort,
    order,
    onSort: (column: S, next: Order) =>
      update({
        sort: column === defaultSort && next === 'asc' ? undefined : column,
        order: next === 'asc' ? undefined : next,
      }),
  };
}
