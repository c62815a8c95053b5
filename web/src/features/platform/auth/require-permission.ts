import { redirect } from '@tanstack/react-router';
import type { Me } from '../../../api/types.ts';
import type { PermissionName } from './use-permissions.ts';

/** A page only some roles may open: others land on their own profile instead. */
export function requirePermission(me: Me, permission: PermissionName): void {
  if (!me.permissions.includes(permission)) throw redirect({ to: '/settings/profile' });
}
