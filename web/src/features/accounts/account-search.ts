import { z } from 'zod';
import {
  accountSorts,
  customerTypes,
  lifecycleStatuses,
} from '../../../../src/features/accounts/accounts.schema.ts';
import type { AccountFilters } from '../../api/accounts.ts';

/** The accounts list's state in the URL: shareable, survives reload. Defaults stay out of the URL. */
const optional = <T extends z.ZodType>(schema: T) => schema.optional().catch(undefined);

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
  const parsed = ZAccountSearch.parse(search);
  return Object.fromEntries(
    Object.entries(parsed).filter(([, value]) => value !== undefined && value !== ''),
  ) as AccountSearch;
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
