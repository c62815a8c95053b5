import { useQueryClient } from '@tanstack/react-query';
import { accountQuery, accountsApi } from '../../../api/accounts.ts';
import type { Account } from '../../../api/types.ts';
import { useArchiveRecord } from '../../../components/use-archive-record.ts';

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
  return useArchiveRecord(account, accountsApi, accountQuery(account.id).queryKey, useAccountWritten());
}
