import { useQueryClient } from '@tanstack/react-query';

/**
 * Every query that a relationship write can change: a logged contact moves freshness, the
 * overdue list and "my day"; a visit report adds an interaction and next steps.
 */
const dependent = new Set([
  'buying-centre',
  'interactions',
  'next-steps',
  'visits',
  'contact-cadence',
  'my-day',
]);

export function useRelationshipsWritten() {
  const queryClient = useQueryClient();
  return () =>
    queryClient.invalidateQueries({
      predicate: (query) => typeof query.queryKey[0] === 'string' && dependent.has(query.queryKey[0]),
    });
}
