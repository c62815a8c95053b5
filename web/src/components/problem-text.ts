import type { TFunction } from 'i18next';
import { isApiError } from '../api/problem.ts';

const knownCodes = new Set([
  'validation_failed',
  'unauthenticated',
  'forbidden',
  'not_found',
  'version_conflict',
  'duplicate',
  'setup_done',
  'check_expired',
  'payload_too_large',
  'invalid_reference',
  'hierarchy_cycle',
  'reports_to_cycle',
  'unsupported_media_type',
  'file_too_large',
  'file_type_not_allowed',
  'too_many_requests',
  'database_unavailable',
  'network',
  'server_error',
]);

/** The translated sentence for a failed request; the server's own text is never shown here. */
export function problemText(t: TFunction, error: unknown): string {
  if (!isApiError(error)) return t('problems.unknown');
  // The server's own failure says no more than any other server error.
  const code = error.code === 'internal' ? 'server_error' : error.code;
  return t(knownCodes.has(code) ? `problems.${code}` : 'problems.unknown');
}
