import { queryOptions } from '@tanstack/react-query';
import { api } from './client.ts';
import type { ApiToken, CreatedApiToken, ProfileUpdate, Session, TokenCreate, User } from './types.ts';

/** The signed-in user's own profile, sessions and API tokens. */
export const mySessionsQuery = queryOptions({
  queryKey: ['me', 'sessions'],
  queryFn: () => api.get<{ items: Session[] }>('/me/sessions'),
  select: (data) => data.items,
});

export const myTokensQuery = queryOptions({
  queryKey: ['me', 'tokens'],
  queryFn: () => api.get<{ items: ApiToken[] }>('/me/tokens'),
  select: (data) => data.items,
});

/** The private calendar feed URL (issued on the first call). */
export const calendarFeedQuery = queryOptions({
  queryKey: ['me', 'calendar-feed'],
  queryFn: () => api.get<{ url: string }>('/me/calendar-feed'),
  select: (data) => data.url,
});

export const meApi = {
  updateProfile: (body: ProfileUpdate) => api.patch<User>('/me', body),
  revokeSession: (id: string) => api.delete(`/me/sessions/${encodeURIComponent(id)}`),
  createToken: (body: TokenCreate) => api.post<CreatedApiToken>('/me/tokens', body),
  revokeToken: (id: string) => api.delete(`/me/tokens/${encodeURIComponent(id)}`),
  /** A new feed URL; the old one stops working. */
  renewCalendarFeed: () => api.post<{ url: string }>('/me/calendar-feed'),
};
