import { useMutation, useQueryClient } from '@tanstack/react-query';
import { isApiError } from '../../../api/problem.ts';
import type { User, UserUpdate } from '../../../api/types.ts';
import { userQuery, usersApi } from '../../../api/users.ts';
import { useUserWritten } from './use-user-written.ts';

/** One change to a user beside the form (deactivate, reactivate, new password) on the latest version. */
export function useUserChange(user: User) {
  const queryClient = useQueryClient();
  const written = useUserWritten();
  return useMutation({
    mutationFn: (changes: Omit<UserUpdate, 'version'>) =>
      usersApi.update(user.id, { version: user.version, ...changes }),
    onSuccess: written,
    onError: (error) => {
      // Someone changed the user meanwhile: load the latest version so a retry can succeed.
      if (isApiError(error, 'version_conflict'))
        void queryClient.invalidateQueries({ queryKey: userQuery(user.id).queryKey });
    },
  });
}
