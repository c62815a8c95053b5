import type { RevenueField } from '#contracts/import-fields.ts';
import type {
  Delimiter,
  FileKind,
  FormatDecisions,
  HeaderRowReason,
  TableSettings,
} from '#contracts/import-formats.ts';
import { cellDisplayText, isBlankCell, type SheetRow } from './cell.ts';
import { decideDateFormat, userDateFormat } from './decide-date-format.ts';
import { decideDecimalStyle, userDecimalStyle } from './decide-decimal-style.ts';
import {
  chosenByUser,
  type DetectedFormat,
  type DetectOptions,
  headerSearchRows,
  previewRowCount,
  sampleBytes,
} from './detected-format.ts';
import { ImportFileError } from './import-file-error.ts';
import { dateShape } from './parse-date.ts';
import { columnIndex } from './resolve-columns.ts';
import { fieldOfHeader, missingRequiredFields, suggestMapping } from './revenue-fields.ts';

function rowWidth(row: SheetRow): number {
  let width = row.cells.length;
  while (width > 0 && isBlankCell(row.cells[width - 1])) width--;
  return width;
}

/**
 * The header row: the first row where at least two cells are known header names; failing
 * that, the first row as wide as most rows (titles and report dates above a table are narrow).
 */
function findHeaderRow(rows: readonly SheetRow[]): { row: SheetRow; reason: HeaderRowReason } | null {
  const candidates = rows.filter((row) => rowWidth(row) > 0).slice(0, headerSearchRows);
  for (const row of candidates) {
    const known = row.cells.filter((cell) => fieldOfHeader(cellDisplayText(cell).trim())).length;
    if (known >= 2) {
      const text = `Row ${row.rowNumber} holds ${known} known column names`;
      return { row, reason: { code: 'known_headers', count: known, text } };
    }
  }
  const widths = new Map<number, number>();
  for (const row of candidates) widths.set(rowWidth(row), (widths.get(rowWidth(row)) ?? 0) + 1);
  const commonWidth = [...widths].sort((a, b) => b[1] - a[1] || b[0] - a[0])[0]?.[0];
  const row = candidates.find((candidate) => rowWidth(candidate) === commonWidth);
  return row
    ? {
        row,
        reason: { code: 'first_full_width', text: `Row ${row.rowNumber} is the first as wide as the table` },
      }
    : null;
}

function textValues(rows: readonly SheetRow[], index: number | undefined): string[] {
  if (index === undefined) return [];
  const values: string[] = [];
  for (const row of rows) {
    const cell = row.cells[index];
    if (cell?.kind === 'text' && cell.text.trim()) values.push(cell.text);
  }
  return values;
}

export interface TableBase {
  kind: FileKind;
  /** All rows of the sample in order, empty ones included or not. */
  rows: readonly SheetRow[];
  /** The sample holds the whole file. */
  complete: boolean;
  delimiter: Delimiter | null;
  fileName?: string;
}

/**
 * Header row, mapping, decimal style and date format from a sample of rows; shared by CSV and
 * XLSX. Returns everything but the CSV dialect, which the caller adds.
 */
export function analyseTable(
  base: TableBase,
  options: DetectOptions,
): Omit<DetectedFormat, 'settings' | 'decisions'> & {
  table: TableSettings;
  decisions: Pick<FormatDecisions, 'headerRow' | 'decimalStyle' | 'dateFormat'>;
} {
  const { rows } = base;
  const overrides = options.overrides ?? {};
  let header: { row: SheetRow; reason: HeaderRowReason } | null;
  if (overrides.headerRowNumber !== undefined) {
    const row = rows.find((candidate) => candidate.rowNumber === overrides.headerRowNumber);
    header = row ? { row, reason: chosenByUser } : null;
  } else {
    header = findHeaderRow(rows);
  }
  if (!header) {
    throw new ImportFileError('header_only', 'No header row found in the file', overrides.headerRowNumber);
  }
  const headerRowNumber = header.row.rowNumber;
  const headers = header.row.cells.map((cell) => cellDisplayText(cell).trim());
  while (headers.length > 0 && headers[headers.length - 1] === '') headers.pop();
  const dataRows = rows.filter((row) => row.rowNumber > headerRowNumber && rowWidth(row) > 0);
  if (dataRows.length === 0) {
    throw new ImportFileError(
      'header_only',
      base.complete
        ? `The file has a header row (row ${headerRowNumber}) but no data rows`
        : `No data rows follow the header row (row ${headerRowNumber}) in the first ${sampleBytes / 1024 / 1024} MiB`,
      headerRowNumber,
    );
  }

  const suggestion = suggestMapping(headers);
  const mapping = options.mapping ?? suggestion.mapping;
  // A stale or wrong column here only weakens the sample; the reader refuses it with a reason.
  const indexOf = (field: RevenueField) => {
    const name = mapping[field]?.trim();
    const index = name ? columnIndex(headers, name) : undefined;
    return typeof index === 'number' ? index : undefined;
  };
  const dateValues = textValues(dataRows, indexOf('invoiceDate'));
  const dottedDates = dateValues.some((value) => dateShape(value)?.kind === 'dotted');
  const decimalStyle = overrides.decimalStyle
    ? userDecimalStyle(overrides.decimalStyle)
    : decideDecimalStyle(
        (['netRevenue', 'costOfGoods', 'quantity'] as const).flatMap((field) =>
          textValues(dataRows, indexOf(field)),
        ),
        { delimiter: base.delimiter, dottedDates },
      );
  const dateFormat = overrides.dateFormat
    ? userDateFormat(overrides.dateFormat)
    : decideDateFormat(dateValues, decimalStyle.style);

  const used = new Set(Object.values(mapping).map((name) => name?.trim()));
  return {
    table: { headerRowNumber, decimalStyle: decimalStyle.style, dateFormat: dateFormat.format },
    headers,
    previewRows: dataRows.slice(0, previewRowCount).map((row) => ({
      rowNumber: row.rowNumber,
      cells: row.cells.map((cell) => cellDisplayText(cell)),
    })),
    mapping,
    missingRequired: missingRequiredFields(mapping),
    unmappedHeaders: headers.filter((name) => name && !used.has(name)),
    decisions: { headerRow: header.reason, decimalStyle, dateFormat },
  };
}
