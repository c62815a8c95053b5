import { isApiError } from '../../../api/problem.ts';

/**
 * The server refuses to remove the last active admin (role change or deactivation). Newer servers
 * name it with the field code `last_admin`; older ones only by the field.
 */
export function isLastAdminRefusal(error: unknown): boolean {
  return (
    isApiError(error, 'validation_failed') &&
    error.errors.some(
      (entry) =>
        entry.code === 'last_admin' || (!entry.code && (entry.path === 'active' || entry.path === 'role')),
    )
  );
}
