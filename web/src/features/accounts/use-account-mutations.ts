import { useMutation, useQueryClient } from '@tanstack/react-query';
import { accountQuery, accountsApi } from '../../api/accounts.ts';
import { isApiError } from '../../api/problem.ts';
import type { Account } from '../../api/types.ts';

/** After any write: the detail gets the server's answer; lists, trees and pickers reload. */
export function useAccountWritten() {
  const queryClient = useQueryClient();
  return (account: Account) => {
    queryClient.setQueryData(accountQuery(account.id).queryKey, account);
    void queryClient.invalidateQueries({
      predicate: (query) =>
        (query.queryKey[0] === 'accounts' && query.queryKey[1] !== 'detail') ||
        (query.queryKey[0] === 'options' && query.queryKey[1] === 'accounts'),
    });
  };
}

export function useArchiveAccount(account: Account) {
  const queryClient = useQueryClient();
  const written = useAccountWritten();
  return useMutation({
    mutationFn: (action: 'archive' | 'restore') =>
      action === 'archive'
        ? accountsApi.archive(account.id, account.version)
        : accountsApi.restore(account.id, account.version),
    onSuccess: written,
    onError: (error) => {
      // Someone changed it meanwhile: load the latest version so a retry can succeed.
      if (isApiError(error, 'version_conflict'))
        void queryClient.invalidateQueries({ queryKey: accountQuery(account.id).queryKey });
    },
  });
}
