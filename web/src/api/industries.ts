import { queryOptions } from '@tanstack/react-query';
import { api } from './client.ts';
import type { Industry, IndustryCreate, IndustryUpdate } from './types.ts';

export const industriesQuery = queryOptions({
  queryKey: ['industries'],
  queryFn: () => api.get<{ items: Industry[] }>('/industries'),
  staleTime: 10 * 60_000,
  select: (data) => [...data.items].sort((a, b) => a.position - b.position || a.key.localeCompare(b.key)),
});

export const industriesApi = {
  create: (body: IndustryCreate) => api.post<Industry>('/industries', body),
  update: (key: string, body: IndustryUpdate) =>
    api.patch<Industry>(`/industries/${encodeURIComponent(key)}`, body),
};
