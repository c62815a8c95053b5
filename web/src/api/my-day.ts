import { queryOptions } from '@tanstack/react-query';
import { api } from './client.ts';
import type { MyDay } from './relationship-types.ts';

export type DayScope = 'me' | 'team';

export const myDayQuery = (scope: DayScope) =>
  queryOptions({
    queryKey: ['my-day', scope],
    queryFn: () => api.get<MyDay>('/me/day', { scope }),
  });
