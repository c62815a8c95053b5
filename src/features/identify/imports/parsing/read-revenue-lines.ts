import type { ColumnMapping, RevenueField } from '#contracts/import-fields.ts';
import type { ParseSettings } from '#contracts/import-formats.ts';
import type { RowProblem } from '#contracts/import-report.ts';
import { type CellInput, cellDisplayText, emptyCell, isBlankCell, type SheetRow } from './cell.ts';
import { csvRecords } from './csv-records.ts';
import { ImportFileError } from './import-file-error.ts';
import { type MappedCell, normaliseLine, type RevenueLine } from './normalise-line.ts';
import { resolveColumns } from './resolve-columns.ts';
import { missingRequiredFields } from './revenue-fields.ts';
import { xlsxRows } from './xlsx-rows.ts';

export interface ReadRevenueOptions {
  /** Usually `inspectFile(...).settings`, with the user's overrides spread over it. */
  settings: ParseSettings;
  /** Field → header name; every required field must be mapped. */
  mapping: ColumnMapping;
  /** For lines whose file names no currency. Default 'EUR'. */
  defaultCurrency?: string;
  /** CSV only: the record size at which an unclosed quote is assumed (record-size-guard.ts). */
  maxRecordChars?: number;
}

/** One data row of the file: its normalised line, or every problem found in it. */
export type RevenueRow =
  | { ok: true; line: RevenueLine }
  | { ok: false; rowNumber: number; problems: RowProblem[] };

async function* singleRows(rows: AsyncIterable<SheetRow>): AsyncGenerator<SheetRow[]> {
  for await (const row of rows) yield [row];
}

function fieldCountProblem(row: SheetRow, width: number): RowProblem | null {
  if (row.cells.length < width) {
    return {
      rowNumber: row.rowNumber,
      column: null,
      value: null,
      code: 'too_few_fields',
      message: `The row has ${row.cells.length} fields, the header ${width}`,
    };
  }
  // Trailing empty fields ("…;100;") are harmless: some exports end every line with a separator.
  if (row.cells.length > width && row.cells.slice(width).some((cell) => !isBlankCell(cell))) {
    return {
      rowNumber: row.rowNumber,
      column: null,
      value: null,
      code: 'too_many_fields',
      message: `The row has more fields than the header's ${width}: a separator inside an unquoted value?`,
    };
  }
  return null;
}

/**
 * Every data row of the file, in order, as a line or its problems. Pure and streaming: the
 * source is read once, chunk by chunk, and may be a fresh stream of the same bytes for each
 * pass (validate, then commit). Empty rows are skipped; row numbers are those the user sees.
 *
 * Throws ImportFileError for what spoils the whole file: a required field unmapped, the header
 * row or a mapped column missing, no data rows, an unreadable workbook, an unclosed quote.
 */
export async function* readRevenueLines(
  source: AsyncIterable<Uint8Array>,
  options: ReadRevenueOptions,
): AsyncGenerator<RevenueRow> {
  for await (const batch of readRevenueBatches(source, options)) yield* batch;
}

/**
 * The same rows as readRevenueLines, in batches (the rows of one chunk of a CSV, one row for
 * XLSX), for a service that writes in batches anyway.
 */
export async function* readRevenueBatches(
  source: AsyncIterable<Uint8Array>,
  options: ReadRevenueOptions,
): AsyncGenerator<RevenueRow[]> {
  const { settings, mapping } = options;
  const defaultCurrency = (options.defaultCurrency ?? 'EUR').toUpperCase();
  if (!/^[A-Z]{3}$/.test(defaultCurrency)) throw new RangeError(`Not a currency code: ${defaultCurrency}`);
  const missing = missingRequiredFields(mapping);
  if (missing.length > 0) {
    throw new ImportFileError('mapping_incomplete', `No column is mapped to ${missing.join(', ')}`);
  }
  const xlsx = { date1904: false };
  const batches =
    settings.kind === 'csv'
      ? csvRecords(source, settings, options.maxRecordChars)
      : singleRows(xlsxRows(source, xlsx));
  // Misaligned fields (a stray separator) would make every cell message point at the wrong
  // column, so a CSV row with the wrong field count reports that alone.
  const checkFieldCount = settings.kind === 'csv';
  const context = {
    rowNumber: 0,
    decimalStyle: settings.decimalStyle,
    dateFormat: settings.dateFormat,
    defaultCurrency,
    date1904: false,
    flagReplacementCharacters: settings.kind === 'csv' && settings.encoding === 'utf-8',
  };

  let columns: [RevenueField, number][] | null = null;
  let headers: string[] = [];
  let dataRows = 0;
  let headerMissing = false;
  for await (const batch of batches) {
    const out: RevenueRow[] = [];
    for (const row of batch) {
      if (row.rowNumber < settings.headerRowNumber) continue;
      if (!columns) {
        if (row.rowNumber !== settings.headerRowNumber) {
          headerMissing = true;
          break;
        }
        headers = row.cells.map((cell) => cellDisplayText(cell).trim());
        while (headers.length > 0 && headers[headers.length - 1] === '') headers.pop();
        columns = [...resolveColumns(headers, mapping, settings.headerRowNumber)];
        continue;
      }
      if (row.cells.every(isBlankCell)) continue;
      dataRows++;
      const countProblem = checkFieldCount ? fieldCountProblem(row, headers.length) : null;
      if (countProblem) {
        out.push({ ok: false, rowNumber: row.rowNumber, problems: [countProblem] });
        continue;
      }
      const cells: Partial<Record<RevenueField, MappedCell>> = {};
      for (const [field, index] of columns) {
        const cell: CellInput = row.cells[index] ?? emptyCell;
        cells[field] = { column: headers[index] ?? '', cell };
      }
      context.rowNumber = row.rowNumber;
      context.date1904 = xlsx.date1904;
      const result = normaliseLine(cells, context);
      out.push(result.ok ? result : { ok: false, rowNumber: row.rowNumber, problems: result.problems });
    }
    if (out.length > 0) yield out;
    if (headerMissing) break;
  }
  if (!columns) {
    throw new ImportFileError(
      'column_not_found',
      `The header row (row ${settings.headerRowNumber}) is not in the file`,
      settings.headerRowNumber,
    );
  }
  if (dataRows === 0) {
    throw new ImportFileError(
      'header_only',
      'The file has a header row but no data rows',
      settings.headerRowNumber,
    );
  }
}
