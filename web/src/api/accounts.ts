import { infiniteQueryOptions, queryOptions } from '@tanstack/react-query';
import { api } from './client.ts';
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
  infiniteQueryOptions({
    queryKey: ['accounts', 'list', filters],
    queryFn: ({ pageParam }) =>
      api.get<Page<AccountListItem>>('/accounts', {
        ...filters,
        limit: ACCOUNT_PAGE_SIZE,
        cursor: pageParam,
      }),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });

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

export const accountHierarchyQuery = (id: string) =>
  queryOptions({
    queryKey: ['accounts', 'hierarchy', id],
    queryFn: () => api.get<Hierarchy>(`/accounts/${encodeURIComponent(id)}/hierarchy`),
  });

export const accountContactsQuery = (id: string) =>
  infiniteQueryOptions({
    queryKey: ['accounts', 'contacts', id],
    queryFn: ({ pageParam }) =>
      api.get<Page<Contact>>(`/accounts/${encodeURIComponent(id)}/contacts`, {
        limit: 50,
        cursor: pageParam,
      }),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });

export const accountsApi = {
  create: (body: AccountCreate) => api.post<Account>('/accounts', body),
  update: (id: string, body: AccountUpdate) =>
    api.patch<Account>(`/accounts/${encodeURIComponent(id)}`, body),
  archive: (id: string, version: number) =>
    api.post<Account>(`/accounts/${encodeURIComponent(id)}/archive`, { version }),
  restore: (id: string, version: number) =>
    api.post<Account>(`/accounts/${encodeURIComponent(id)}/restore`, { version }),
};
