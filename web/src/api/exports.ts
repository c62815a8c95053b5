import { withQuery } from './client.ts';

export type ExportFormat = 'xlsx' | 'csv';

export type ExportPath =
  | '/accounts/export'
  | '/contacts/export'
  | '/portfolio/abc/export'
  | '/portfolio/key-accounts/export'
  | '/portfolio/breakdown/export';

/**
 * A table download (`/accounts/export`, `/portfolio/abc/export`, …) with the list's query, in the
 * UI language. A plain link: the browser sends the session cookie as with any same-site link.
 */
export function exportUrl(
  path: ExportPath,
  query: Record<string, string | number | boolean | undefined>,
  format: ExportFormat,
  locale: string,
): string {
  return `/api/v1${withQuery(path, { ...query, format, locale: locale === 'en' ? 'en' : 'de' })}`;
}
