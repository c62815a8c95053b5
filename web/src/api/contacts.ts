import { infiniteQueryOptions, queryOptions } from '@tanstack/react-query';
import { api } from './client.ts';
import type { Contact, ContactCreate, ContactUpdate, Page } from './types.ts';

export interface ContactFilters {
  q?: string;
  accountId?: string;
  archived?: 'false' | 'true' | 'all';
  sort?: string;
  order?: 'asc' | 'desc';
}

export const contactListQuery = (filters: ContactFilters) =>
  infiniteQueryOptions({
    queryKey: ['contacts', 'list', filters],
    queryFn: ({ pageParam }) =>
      api.get<Page<Contact>>('/contacts', { ...filters, limit: 100, cursor: pageParam }),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });

export const contactQuery = (id: string) =>
  queryOptions({
    queryKey: ['contacts', 'detail', id],
    queryFn: () => api.get<Contact>(`/contacts/${encodeURIComponent(id)}`),
  });

export const contactsApi = {
  create: (body: ContactCreate) => api.post<Contact>('/contacts', body),
  update: (id: string, body: ContactUpdate) =>
    api.patch<Contact>(`/contacts/${encodeURIComponent(id)}`, body),
  archive: (id: string, version: number) =>
    api.post<Contact>(`/contacts/${encodeURIComponent(id)}/archive`, { version }),
  restore: (id: string, version: number) =>
    api.post<Contact>(`/contacts/${encodeURIComponent(id)}/restore`, { version }),
};
