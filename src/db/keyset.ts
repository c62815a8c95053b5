import { type SQL, sql } from 'drizzle-orm';
import type { PgColumn } from 'drizzle-orm/pg-core';
import { type CursorPosition, decodeCursor, encodeCursor, invalidCursor } from '../core/cursor.ts';

export function numberSort<Row>(expression: SQL, read: (row: Row) => number): SortKey<Row> {
  return { expression, type: 'float8', valueOf: read };
}

/** One sort order of a list: the SQL it sorts by and how a row's value goes into a cursor. */
export interface SortKey<Row> {
  expression: SQL;
  /** The SQL type the cursor value is cast back to. */
  type: 'text' | 'timestamptz' | 'float8' | 'date';
  valueOf(row: Row): string | number;
}

export function textSort<Row>(column: PgColumn, read: (row: Row) => string | null): SortKey<Row> {
  // A NOT NULL column sorts as itself, so that its index serves the ORDER BY.
  const expression = column.notNull ? sql`${column}` : sql`coalesce(${column}, '')`;
  return { expression, type: 'text', valueOf: (row) => read(row) ?? '' };
}

export function timeSort<Row>(column: PgColumn, read: (row: Row) => Date): SortKey<Row> {
  // Truncated to the milliseconds a cursor carries, so that the last row of a page compares equal.
  return {
    expression: sql`date_trunc('milliseconds', ${column})`,
    type: 'timestamptz',
    valueOf: (row) => read(row).toISOString(),
  };
}

/** A business date (`YYYY-MM-DD`, as the driver reads PostgreSQL `date`). */
export function daySort<Row>(column: PgColumn, read: (row: Row) => string): SortKey<Row> {
  return { expression: sql`${column}`, type: 'date', valueOf: read };
}

function isDay(value: string): boolean {
  const time = Date.parse(value);
  return (
    /^\d{4}-\d{2}-\d{2}$/.test(value) && !Number.isNaN(time) && new Date(time).toISOString().startsWith(value)
  );
}

/** The WHERE part that starts a page after the cursor, and the ORDER BY that goes with it. */
export function keysetPage<Row>(
  key: SortKey<Row>,
  id: PgColumn,
  order: 'asc' | 'desc',
  cursor: string | undefined,
) {
  const direction = order === 'asc' ? sql`ASC` : sql`DESC`;
  const orderBy = [sql`${key.expression} ${direction}`, sql`${id} ${direction}`];
  if (!cursor) return { after: undefined, orderBy };
  const position: CursorPosition = decodeCursor(cursor);
  if (key.type === 'timestamptz' && Number.isNaN(Date.parse(String(position.value)))) throw invalidCursor();
  if (key.type === 'float8' && typeof position.value !== 'number') throw invalidCursor();
  if (key.type === 'date' && !isDay(String(position.value))) throw invalidCursor();
  const value = sql`CAST(${String(position.value ?? '')} AS ${sql.raw(key.type)})`;
  const after =
    order === 'asc'
      ? sql`(${key.expression}, ${id}) > (${value}, ${position.id}::uuid)`
      : sql`(${key.expression}, ${id}) < (${value}, ${position.id}::uuid)`;
  return { after, orderBy };
}

/** Fetch one row more than asked: if it comes, there is a next page, starting after the last row shown. */
export function pageOf<Row extends { id: string }>(rows: Row[], limit: number, key: SortKey<NoInfer<Row>>) {
  const items = rows.slice(0, limit);
  const last = items.at(-1);
  const nextCursor =
    rows.length > limit && last ? encodeCursor({ value: key.valueOf(last), id: last.id }) : null;
  return { items, nextCursor };
}

/** Every item of a keyset-paged list, page after page (for a download of the whole selection). */
export async function allPages<Item>(
  page: (cursor: string | undefined) => Promise<{ items: Item[]; nextCursor: string | null }>,
): Promise<Item[]> {
  const items: Item[] = [];
  let cursor: string | undefined;
  do {
    const next = await page(cursor);
    items.push(...next.items);
    cursor = next.nextCursor ?? undefined;
  } while (cursor);
  return items;
}
