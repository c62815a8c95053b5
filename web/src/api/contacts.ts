import { queryOptions } from '@tanstack/react-query';
import { api } from './client.ts';
import { pagedQuery } from './paged.ts';
import { recordWrites } from './records.ts';
import type { Contact, ContactCreate, ContactUpdate } from './types.ts';

export interface ContactFilters {
  q?: string;
  accountId?: string;
  archived?: 'false' | 'true' | 'all';
  sort?: string;
  order?: 'asc' | 'desc';
}

export const contactListQuery = (filters: ContactFilters) =>
  pagedQuery<Contact>(['contacts', 'list', filters], '/contacts', { ...filters }, 100);

export const contactQuery = (id: string) =>
  queryOptions({
    queryKey: ['contacts', 'detail', id],
    queryFn: () => api.get<Contact>(`/contacts/${encodeURIComponent(id)}`),
  });

export const contactsApi = recordWrites<Contact, ContactCreate, ContactUpdate>('/contacts');
