import { type QueryKey, useMutation, useQueryClient } from '@tanstack/react-query';
import { isApiError } from '../api/problem.ts';

interface Archivable {
  id: string;
  version: number;
}

interface ArchiveEndpoints<R> {
  archive: (id: string, version: number) => Promise<R>;
  restore: (id: string, version: number) => Promise<R>;
}

/** Archive or restore a record; after a conflict the latest version is loaded so a retry succeeds. */
export function useArchiveRecord<R extends Archivable>(
  record: R,
  endpoints: ArchiveEndpoints<R>,
  detailKey: QueryKey,
  written: (record: R) => void,
) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (action: 'archive' | 'restore') => endpoints[action](record.id, record.version),
    onSuccess: written,
    onError: (error) => {
      if (isApiError(error, 'version_conflict')) void queryClient.invalidateQueries({ queryKey: detailKey });
    },
  });
}
