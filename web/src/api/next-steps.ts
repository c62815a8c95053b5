import { api } from './client.ts';
import { pagedQuery } from './paged.ts';
import type { NextStep, NextStepCreate, NextStepUpdate } from './relationship-types.ts';

export interface NextStepFilters {
  ownerId?: string;
  accountId?: string;
  status?: 'open' | 'done' | 'cancelled';
  overdue?: 'true';
}

export const nextStepListQuery = (filters: NextStepFilters, limit = 50) =>
  pagedQuery<NextStep>(['next-steps', 'list', filters, limit], '/next-steps', { ...filters }, limit);

export const nextStepsApi = {
  create: (body: NextStepCreate) => api.post<NextStep>('/next-steps', body),
  update: (id: string, body: NextStepUpdate) =>
    api.patch<NextStep>(`/next-steps/${encodeURIComponent(id)}`, body),
};
