import { useQuery } from '@tanstack/react-query';
import { meQuery } from '../../../api/session.ts';

export type PermissionName =
  | 'accounts:write'
  | 'accounts:archive'
  | 'contacts:write'
  | 'contacts:archive'
  | 'users:manage'
  | 'industries:manage'
  | 'portfolio:read'
  | 'portfolio:decide'
  | 'portfolio:score'
  | 'imports:run'
  | 'relationships:read'
  | 'relationships:write'
  | 'relationships:configure'
  | 'next-steps:read'
  | 'next-steps:work';

/** Whether the signed-in user may do something: buttons they may not use are hidden. */
export function useCan(): (permission: PermissionName) => boolean {
  const { data } = useQuery(meQuery);
  const permissions = data?.permissions ?? [];
  return (permission) => permissions.includes(permission);
}
