import { queryOptions } from '@tanstack/react-query';
import { api } from './client.ts';
import { pagedQuery } from './paged.ts';
import { recordWrites } from './records.ts';
import type {
  Account,
  AccountCreate,
  AccountListItem,
  AccountUpdate,
  Contact,
  Hierarchy,
  Page,
} from './types.ts';

export interface AccountFilters {
  q?: string;
  industry?: string;
  customerType?: string;
  region?: string;
  ownerId?: string;
  keyAccount?: 'true' | 'false';
  status?: string;
  archived?: 'false' | 'true' | 'all';
  sort?: string;
  order?: 'asc' | 'desc';
}

export const ACCOUNT_PAGE_SIZE = 100;

export const accountListQuery = (filters: AccountFilters) =>
  pagedQuery<AccountListItem>(['accounts', 'list', filters], '/accounts', { ...filters }, ACCOUNT_PAGE_SIZE);

/** A small search for pickers (parent account, contact's accounts). */
export const accountSearchQuery = (q: string) =>
  queryOptions({
    queryKey: ['accounts', 'search', q],
    queryFn: () => api.get<Page<AccountListItem>>('/accounts', { q, limit: 20 }),
    staleTime: 30_000,
  });

export const accountQuery = (id: string) =>
  queryOptions({
    queryKey: ['accounts', 'detail', id],
    queryFn: () => api.get<Account>(`/accounts/${encodeURIComponent(id)}`),
  });

/** The regions accounts use, for the region filter and as suggestions in the form. */
export const accountRegionsQuery = queryOptions({
  queryKey: ['accounts', 'regions'],
  queryFn: () => api.get<{ items: string[] }>('/accounts/regions'),
  staleTime: 5 * 60_000,
  select: (data) => data.items,
});

export const accountHierarchyQuery = (id: string) =>
  queryOptions({
    queryKey: ['accounts', 'hierarchy', id],
    queryFn: () => api.get<Hierarchy>(`/accounts/${encodeURIComponent(id)}/hierarchy`),
  });

export const accountContactsQuery = (id: string) =>
  pagedQuery<Contact>(['accounts', 'contacts', id], `/accounts/${encodeURIComponent(id)}/contacts`, {}, 50);

export const accountsApi = recordWrites<Account, AccountCreate, AccountUpdate>('/accounts');
