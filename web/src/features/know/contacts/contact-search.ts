import { z } from 'zod';
import { contactSorts } from '#contracts/contacts.ts';
import type { ContactFilters } from '../../../api/contacts.ts';
import { optionalParam, parseListSearch } from '../../../components/url-search.ts';

const optional = optionalParam;

/** The contacts list's state in the URL; defaults stay out of it. */
const ZContactSearch = z.object({
  q: optional(z.string().max(200)),
  archived: optional(z.enum(['true', 'all'])),
  sort: optional(z.enum(contactSorts)),
  order: optional(z.enum(['asc', 'desc'])),
});

export type ContactSearch = z.output<typeof ZContactSearch>;
export type ContactSort = (typeof contactSorts)[number];

export function validateContactSearch(search: Record<string, unknown>): ContactSearch {
  return parseListSearch(ZContactSearch, search);
}

export function contactFilters(search: ContactSearch): ContactFilters {
  return {
    q: search.q?.trim() || undefined,
    archived: search.archived ?? 'false',
    sort: search.sort ?? 'name',
    order: search.order ?? 'asc',
  };
}
