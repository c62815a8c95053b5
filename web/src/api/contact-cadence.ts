import { queryOptions } from '@tanstack/react-query';
import { api } from './client.ts';
import { pagedQuery } from './paged.ts';
import type { OverdueItem, RelationshipSettings, RelationshipSettingsUpdate } from './relationship-types.ts';

export const relationshipSettingsQuery = queryOptions({
  queryKey: ['contact-cadence', 'settings'],
  queryFn: () => api.get<RelationshipSettings>('/relationship-settings'),
});

export const overdueQuery = (ownerId: string | undefined) =>
  pagedQuery<OverdueItem>(
    ['contact-cadence', 'overdue', ownerId ?? 'all'],
    '/contact-cadence/overdue',
    { ownerId },
    100,
  );

export const cadenceApi = {
  updateSettings: (body: RelationshipSettingsUpdate) =>
    api.patch<RelationshipSettings>('/relationship-settings', body),
};
