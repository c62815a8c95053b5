import { useMutation, useQueryClient } from '@tanstack/react-query';
import { industriesApi, industriesQuery } from '../../../api/industries.ts';
import type { IndustryUpdate } from '../../../api/types.ts';

/** Renames, moves, archives or restores industries; every select in the app then reloads the list. */
export function useIndustryChange() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (changes: { key: string; update: IndustryUpdate }[]) => {
      for (const change of changes) await industriesApi.update(change.key, change.update);
    },
    onSettled: () => queryClient.invalidateQueries({ queryKey: industriesQuery.queryKey }),
  });
}
