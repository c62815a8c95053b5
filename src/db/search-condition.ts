import { and, type SQL, sql } from 'drizzle-orm';
import type { PgColumn } from 'drizzle-orm/pg-core';
import { foldForSearch } from '../core/search-fold.ts';

/**
 * Every word of the query must occur in the folded search text, as a substring or, for a typo,
 * as a close trigram match (pg_trgm's `<%`, word similarity ≥ 0.6). Both use the GIN index.
 */
export function matchesSearch(searchText: PgColumn, query: string): SQL | undefined {
  const words = foldForSearch(query).split(' ').filter(Boolean).slice(0, 8);
  if (words.length === 0) return undefined;
  return and(...words.map((word) => sql`(${searchText} LIKE ${`%${word}%`} OR ${word} <% ${searchText})`));
}
