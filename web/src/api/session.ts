import { queryOptions } from '@tanstack/react-query';
import { api } from './client.ts';
import type { Me, User } from './types.ts';

export const meQuery = queryOptions({
  queryKey: ['me'],
  queryFn: () => api.get<Me>('/me'),
  staleTime: 5 * 60_000,
  retry: false,
});

export const setupQuery = queryOptions({
  queryKey: ['setup'],
  queryFn: () => api.get<{ needed: boolean }>('/setup'),
  staleTime: 60_000,
  retry: false,
});

export interface SetupRequest {
  workspaceName: string;
  name: string;
  email: string;
  password: string;
  locale?: 'de' | 'en';
}

export const sessionApi = {
  setup: (body: SetupRequest) => api.post<{ user: User }>('/setup', body),
  login: (body: { email: string; password: string }) => api.post<{ user: User }>('/auth/login', body),
  logout: () => api.post<void>('/auth/logout'),
};
