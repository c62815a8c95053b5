import { sql } from 'drizzle-orm';

/**
 * One column of many rows as a single array parameter, for `INSERT … SELECT … FROM unnest(…)`:
 * a statement of fixed size for any number of rows, where a multi-row VALUES would take a
 * parameter per value (and drizzle seconds to build it for 20,000 rows). Cast it in SQL
 * (`::uuid[]`); a plain array in `sql` would be spread into a list of parameters.
 */
export function arrayParam<R, T>(rows: readonly R[], pick: (row: R) => T) {
  return sql.param(rows.map(pick));
}
