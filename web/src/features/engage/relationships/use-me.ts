import { useQuery } from '@tanstack/react-query';
import { meQuery } from '../../../api/session.ts';

/** The signed-in user as a reference (`{ id, name }`), e.g. the default owner of a next step. */
export function useMe(): { id: string; name: string; role: string } | null {
  const { data } = useQuery(meQuery);
  return data ? { id: data.user.id, name: data.user.name, role: data.user.role } : null;
}
