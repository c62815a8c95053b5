import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { sessionApi } from '../../../api/session.ts';

export function useLogout() {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  return useMutation({
    mutationFn: () => sessionApi.logout(),
    onSettled: async () => {
      // Forget everything this user could see before anyone else signs in here.
      queryClient.clear();
      await navigate({ to: '/login', search: {} });
    },
  });
}
