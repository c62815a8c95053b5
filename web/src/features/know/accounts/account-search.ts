import { z } from 'zod';
import { accountSorts, customerTypes, lifecycleStatuses } from '#contracts/accounts.ts';
import type { AccountFilters } from '../../../api/accounts.ts';
import { optionalParam, parseListSearch } from '../../../components/url-search.ts';

/** The accounts list's state in the URL: shareable, survives reload. Defaults stay out of the URL. */
const optional = optionalParam;

const ZAccountSearch = z.object({
  q: optional(z.string().max(200)),
  industry: optional(z.string().max(64)),
  customerType: optional(z.enum(customerTypes)),
  region: optional(z.string().max(100)),
  ownerId: optional(z.uuid()),
  keyAccount: optional(z.enum(['true', 'false'])),
  status: optional(z.enum(lifecycleStatuses)),
  archived: optional(z.enum(['true', 'all'])),
  sort: optional(z.enum(accountSorts)),
  order: optional(z.enum(['asc', 'desc'])),
});

export type AccountSearch = z.output<typeof ZAccountSearch>;
export type AccountSort = (typeof accountSorts)[number];

export function validateAccountSearch(search: Record<string, unknown>): AccountSearch {
  return parseListSearch(ZAccountSearch, search);
}

export function accountFilters(search: AccountSearch): AccountFilters {
  return {
    q: search.q?.trim() || undefined,
    industry: search.industry,
    customerType: search.customerType,
    region: search.region?.trim() || undefined,
    ownerId: search.ownerId,
    keyAccount: search.keyAccount,
    status: search.status,
    archived: search.archived ?? 'false',
    sort: search.sort ?? 'name',
    order: search.order ?? 'asc',
  };
}

/** Clears every filter; search text and sort stay. */
export const noFilters: Partial<AccountSearch> = {
  industry: undefined,
  customerType: undefined,
  region: undefined,
  ownerId: undefined,
  keyAccount: undefined,
  status: undefined,
  archived: undefined,
};

export function activeFilterCount(search: AccountSearch): number {
  return [
    search.industry,
    search.customerType,
    search.region,
    search.ownerId,
    search.keyAccount,
    search.status,
    search.archived,
  ].filter(Boolean).length;
}
