import { type ColumnMapping, type RevenueField, revenueFields } from '#contracts/import-fields.ts';
import { ImportFileError } from './import-file-error.ts';
import { headerKey } from './revenue-fields.ts';

/**
 * Where a mapped header sits in the header row: the exact name (trimmed) first, else the same
 * name up to case, spaces, punctuation and umlauts, so a preset saved from last month's export
 * still fits when the ERP changed "Kunden-Nr." to "Kunden Nr". Several matches are ambiguous.
 */
export function columnIndex(headers: readonly string[], name: string): number | 'missing' | 'duplicate' {
  const wanted = name.trim();
  let matches = headers.flatMap((header, index) => (header.trim() === wanted ? [index] : []));
  if (matches.length === 0) {
    const key = headerKey(wanted);
    matches = key ? headers.flatMap((header, index) => (headerKey(header) === key ? [index] : [])) : [];
  }
  if (matches.length === 0) return 'missing';
  if (matches.length > 1) return 'duplicate';
  return matches[0] as number;
}

/** Field → column index for the reader; refuses the file when a mapped column is not there. */
export function resolveColumns(
  headers: readonly string[],
  mapping: ColumnMapping,
  headerRowNumber: number,
): Map<RevenueField, number> {
  const columns = new Map<RevenueField, number>();
  for (const field of revenueFields) {
    const name = mapping[field]?.trim();
    if (!name) continue;
    const index = columnIndex(headers, name);
    if (index === 'missing') {
      throw new ImportFileError(
        'column_not_found',
        `The column “${name}” (for ${field}) is not in the header row (row ${headerRowNumber})`,
        headerRowNumber,
      );
    }
    if (index === 'duplicate') {
      throw new ImportFileError(
        'duplicate_column',
        `The header row (row ${headerRowNumber}) has more than one column “${name}”: rename one in the file`,
        headerRowNumber,
      );
    }
    columns.set(field, index);
  }
  return columns;
}
