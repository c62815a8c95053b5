import { queryOptions } from '@tanstack/react-query';
import { api } from './client.ts';
import { pagedQuery } from './paged.ts';
import type { Interaction, InteractionCreate, Presentation } from './relationship-types.ts';

export interface InteractionFilters {
  accountId?: string;
  contactId?: string;
  kind?: string;
  participantId?: string;
}

export const interactionListQuery = (filters: InteractionFilters) =>
  pagedQuery<Interaction>(['interactions', 'list', filters], '/interactions', { ...filters }, 25);

export const interactionQuery = (id: string) =>
  queryOptions({
    queryKey: ['interactions', 'detail', id],
    queryFn: () => api.get<Interaction>(`/interactions/${encodeURIComponent(id)}`),
  });

export const presentationsQuery = (accountId: string) =>
  pagedQuery<Presentation>(
    ['interactions', 'presentations', accountId],
    `/accounts/${encodeURIComponent(accountId)}/presentations`,
    {},
    25,
  );

export const interactionsApi = {
  create: (body: InteractionCreate) => api.post<Interaction>('/interactions', body),
  /** A correction: the fields given (lists replace the current ones), with the version read. */
  update: (
    id: string,
    body: Partial<Omit<InteractionCreate, 'accountId' | 'nextSteps'>> & { version: number },
  ) => api.patch<Interaction>(`/interactions/${encodeURIComponent(id)}`, body),
  remove: (id: string) => api.delete(`/interactions/${encodeURIComponent(id)}`),
};
