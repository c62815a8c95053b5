import { and, type SQL, sql } from 'drizzle-orm';
import type { PgColumn } from 'drizzle-orm/pg-core';
import { foldForSearch } from '../core/search-fold.ts';
import type { Queryable } from './client.ts';
import { numberSort, type SortKey } from './keyset.ts';

/** pg_trgm word similarity from which a word counts as a typo of another ("hofman" ~ "hoffmann": 0.56). */
const TYPO_THRESHOLD = 0.5;

export interface Search {
  /** Every word occurs in the folded search text, as a substring or as a close trigram match. */
  condition: SQL;
  /** Higher is better: exact substrings beat typo matches, a name that starts with the query wins. */
  relevance: SQL<number>;
}

export function searchFor(searchText: PgColumn, nameSort: PgColumn, query: string): Search | undefined {
  const words = foldForSearch(query).split(' ').filter(Boolean).slice(0, 8);
  if (words.length === 0) return undefined;
  const condition = and(
    ...words.map((word) => sql`(${searchText} LIKE ${`%${word}%`} OR ${searchText} %> ${word})`),
  ) as SQL;
  const scores = words.map(
    (word) =>
      sql`CASE WHEN ${searchText} LIKE ${`%${word}%`} THEN 1 ELSE word_similarity(${word}, ${searchText}) END`,
  );
  const prefix = sql`CASE WHEN ${nameSort} LIKE ${`${words.join(' ')}%`} THEN 0.5 ELSE 0 END`;
  const relevance = sql<number>`(${sql.join([...scores, prefix], sql` + `)})::float8`;
  return { condition, relevance };
}

/**
 * Runs a search query with the typo threshold set for this transaction only (SET LOCAL), which
 * also holds behind PgBouncer in transaction mode, where a session setting would leak or vanish.
 * The planner's default random_page_cost (4, for spinning disks) makes it scan the whole table,
 * computing a trigram similarity per row (~0.8 s for 100,000 accounts), instead of using the
 * trigram index (~15 ms): on SSDs 1.1 is the true figure, see bench/RESULTS.md.
 */
export async function withSearchSettings<T>(db: Queryable, run: (tx: Queryable) => Promise<T>): Promise<T> {
  return db.transaction(async (tx) => {
    await tx.execute(sql.raw(`SET LOCAL pg_trgm.word_similarity_threshold = ${TYPO_THRESHOLD}`));
    await tx.execute(sql.raw('SET LOCAL random_page_cost = 1.1'));
    return run(tx);
  });
}

/**
 * The order of a list that can be searched: a search lists the best matches first unless the
 * user chose a sort; without a search, "relevance" falls back to the name.
 */
export function searchableOrder<Row>(
  search: Search | undefined,
  sortKeys: Record<'name', SortKey<Row>> & Record<string, SortKey<Row>>,
  query: { sort?: string | undefined; order?: 'asc' | 'desc' | undefined },
): { key: SortKey<Row & { relevance: number }>; order: 'asc' | 'desc' } {
  const sort = query.sort ?? (search ? 'relevance' : 'name');
  const key =
    sort === 'relevance' && search
      ? numberSort<Row & { relevance: number }>(search.relevance, (row) => row.relevance)
      : (sortKeys[sort] ?? sortKeys.name);
  return { key, order: query.order ?? (sort === 'relevance' ? 'desc' : 'asc') };
}
