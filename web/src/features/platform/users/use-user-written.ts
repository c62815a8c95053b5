import { useQueryClient } from '@tanstack/react-query';
import { meQuery } from '../../../api/session.ts';
import type { Me, User } from '../../../api/types.ts';
import { userQuery } from '../../../api/users.ts';

/** After any write to a user: the detail gets the answer; lists and people pickers reload. */
export function useUserWritten() {
  const queryClient = useQueryClient();
  return (user: User) => {
    queryClient.setQueryData(userQuery(user.id).queryKey, user);
    // My own role decides my permissions: ask the server again.
    const me = queryClient.getQueryData<Me>(meQuery.queryKey);
    if (me?.user.id === user.id) void queryClient.invalidateQueries({ queryKey: meQuery.queryKey });
    void queryClient.invalidateQueries({
      predicate: (query) =>
        (query.queryKey[0] === 'users' && query.queryKey[1] !== 'detail') ||
        (query.queryKey[0] === 'options' && query.queryKey[1] === 'users'),
    });
  };
}
