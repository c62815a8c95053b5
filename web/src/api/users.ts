import { queryOptions } from '@tanstack/react-query';
import { api } from './client.ts';
import { pagedQuery } from './paged.ts';
import type { Role, User, UserCreate, UserUpdate } from './types.ts';

export interface UserFilters {
  q?: string;
  role?: Role;
  active?: 'true' | 'false';
}

export const userListQuery = (filters: UserFilters) =>
  pagedQuery<User>(['users', 'list', filters], '/users', { ...filters }, 100);

export const userQuery = (id: string) =>
  queryOptions({
    queryKey: ['users', 'detail', id],
    queryFn: () => api.get<User>(`/users/${encodeURIComponent(id)}`),
  });

export const usersApi = {
  create: (body: UserCreate) => api.post<User>('/users', body),
  update: (id: string, body: UserUpdate) => api.patch<User>(`/users/${encodeURIComponent(id)}`, body),
};
