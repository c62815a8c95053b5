import { Readable } from 'node:stream';
import { StringDecoder } from 'node:string_decoder';
import ExcelJS from 'exceljs';
import { type CellInput, emptyCell, type SheetRow } from './cell.ts';
import { ImportFileError } from './import-file-error.ts';

export interface XlsxRowsResult {
  /** The workbook uses Excel's 1904 date system (old Mac files); known once the first row came. */
  date1904: boolean;
}

/**
 * The rows of the workbook's first worksheet, streamed with exceljs' WorkbookReader: it unzips
 * as the bytes arrive and parses the sheet XML with SAX, so memory holds the shared-strings
 * table (the distinct texts of the workbook) and one row, not the sheet. When the ZIP stores
 * the sheet before the shared strings (as Excel does), exceljs parks the sheet XML in a temp
 * file, on disk, not in memory. Styles are read so that date-formatted numbers come as dates.
 * Rows without any cell are not in the file and so are not yielded.
 */
export async function* xlsxRows(
  source: AsyncIterable<Uint8Array>,
  result: XlsxRowsResult = { date1904: false },
): AsyncGenerator<SheetRow> {
  const input = Readable.from(source, { objectMode: false });
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(input, {
    worksheets: 'emit',
    sharedStrings: 'cache',
    styles: 'cache',
    hyperlinks: 'ignore',
    entries: 'ignore',
  });
  decodeXmlAsUtf8(reader);
  tolerateWorkbookAfterSheets(reader);
  const worksheets = iterateWorkbook(reader);
  let sawSheet = false;
  let finished = false;
  try {
    for (let next = await worksheets.next(); !next.done; next = await worksheets.next()) {
      const worksheet = next.value;
      if (sawSheet || !isFirstSheet(reader, worksheet)) {
        releaseSheet(worksheet);
        continue;
      }
      sawSheet = true;
      result.date1904 = workbookDate1904(reader);
      for await (const row of iterateSheet(worksheet)) {
        const cells: CellInput[] = [];
        row.eachCell({ includeEmpty: false }, (cell, column) => {
          cells[column - 1] = cellInput(cell);
        });
        yield { rowNumber: row.number, cells: Array.from(cells, (cell) => cell ?? emptyCell) };
      }
      // No break: exceljs deletes a sheet's temp file only when its loop moves past the sheet.
    }
    finished = true;
  } finally {
    // Stopped early (the consumer had enough, or an error): let exceljs run its loop to the end
    // anyway, skipping the sheets, or its temp files and their descriptors stay until exit.
    if (!finished) await drain(worksheets);
    input.destroy();
  }
  if (!sawSheet) throw new ImportFileError('invalid_xlsx', 'The workbook has no worksheet that can be read');
}

async function drain(worksheets: AsyncGenerator<ExcelJS.stream.xlsx.WorksheetReader>): Promise<void> {
  try {
    for (let next = await worksheets.next(); !next.done; next = await worksheets.next())
      releaseSheet(next.value);
  } catch {
    // Already on the way out with a result or an error of our own.
  }
}

/** Close the temp file exceljs opened for a sheet we do not read. */
function releaseSheet(worksheet: ExcelJS.stream.xlsx.WorksheetReader): void {
  (worksheet as unknown as { iterator?: Partial<Releasable> }).iterator?.release?.();
}

/** exceljs throws plain errors for a broken ZIP or XML; the user needs to know it is the file. */
async function* iterateWorkbook(reader: ExcelJS.stream.xlsx.WorkbookReader) {
  try {
    yield* reader;
  } catch (error) {
    if (error instanceof ImportFileError) throw error;
    throw new ImportFileError('invalid_xlsx', `The Excel file cannot be read: ${(error as Error).message}`);
  }
}

async function* iterateSheet(worksheet: ExcelJS.stream.xlsx.WorksheetReader) {
  try {
    yield* worksheet;
  } catch (error) {
    throw new ImportFileError('invalid_xlsx', `The worksheet cannot be read: ${(error as Error).message}`);
  }
}

type EntryParser = (this: unknown, entry: { setEncoding(encoding: 'utf8'): unknown }) => unknown;
type WorksheetParser = (this: unknown, iterator: AsyncIterable<Buffer | string>, sheetNo: string) => unknown;

interface ParserInternals {
  _parseRels: EntryParser;
  _parseWorkbook: EntryParser;
  _parseSharedStrings: EntryParser;
  _parseStyles: EntryParser;
  _parseWorksheet: WorksheetParser;
}

interface Releasable {
  /** Close the underlying file stream without reading it. */
  release(): void;
}

function utf8Text(chunks: AsyncIterable<Buffer | string>): AsyncGenerator<string> & Releasable {
  async function* decode() {
    const decoder = new StringDecoder('utf8');
    for await (const chunk of chunks) yield typeof chunk === 'string' ? chunk : decoder.write(chunk);
    const rest = decoder.end();
    if (rest) yield rest;
  }
  return Object.assign(decode(), {
    release() {
      // A temp file is an fs stream whose open is still on its way; exceljs deletes the file as
      // soon as we move past the sheet, so that open may fail with ENOENT. Nobody reads the
      // stream any more: without a listener that error would be uncaught and end the process.
      // A ZIP entry needs nothing.
      if (chunks instanceof Readable) chunks.on('error', () => {}).destroy();
    },
  });
}

/**
 * exceljs 4.4 turns every chunk of XML into a string on its own (lib/utils/parse-sax.js), so a
 * character whose UTF-8 bytes straddle two chunks becomes "��": "Grö��e" instead of "Größe",
 * depending on where the inflater cut (exceljs issues #2063, #2084, #2316; the fixes are
 * unmerged). Its parser passes strings through untouched, so we hand it text decoded with a
 * StringDecoder, which carries a cut sequence over to the next chunk. This reaches into
 * exceljs' internals; the guard below makes an upgrade that renames them fail loudly, and
 * test/imports/xlsx.test.ts reads umlauts cut at every offset.
 */
function decodeXmlAsUtf8(reader: ExcelJS.stream.xlsx.WorkbookReader): void {
  const internals = reader as unknown as ParserInternals;
  for (const name of ['_parseRels', '_parseWorkbook', '_parseSharedStrings', '_parseStyles'] as const) {
    const original = internals[name];
    if (typeof original !== 'function')
      throw new Error(`exceljs has no ${name} any more: review xlsx-rows.ts`);
    internals[name] = function (this: unknown, entry) {
      entry.setEncoding('utf8');
      return original.call(this, entry);
    };
  }
  const parseWorksheet = internals._parseWorksheet;
  if (typeof parseWorksheet !== 'function')
    throw new Error('exceljs has no _parseWorksheet: review xlsx-rows.ts');
  internals._parseWorksheet = function (this: unknown, iterator, sheetNo) {
    return parseWorksheet.call(this, utf8Text(iterator), sheetNo);
  };
}

/**
 * A ZIP may hold its parts in any order. When the shared strings and the workbook's relations
 * come before a sheet but workbook.xml (the sheet names) after it, exceljs reads the sheet at
 * once and fails on the names it does not have yet ("Cannot read properties of undefined").
 * Starting with no names lets it read on; isFirstSheet then takes the first sheet in the ZIP, and
 * the 1904 date system (old Mac files), which workbook.xml declares, is not known in time.
 */
function tolerateWorkbookAfterSheets(reader: ExcelJS.stream.xlsx.WorkbookReader): void {
  const internals = reader as unknown as ReaderInternals;
  internals.model ??= { sheets: [] };
}

interface ReaderInternals {
  model?: { sheets?: { name?: string }[] };
  properties?: { model?: { date1904?: boolean } };
}

/**
 * The ZIP may store sheets in any order; the first sheet is the first tab of the workbook.
 * When workbook.xml has not been seen (unusual), the first sheet in the ZIP is taken.
 */
function isFirstSheet(reader: ExcelJS.stream.xlsx.WorkbookReader, worksheet: unknown): boolean {
  const firstName = (reader as unknown as ReaderInternals).model?.sheets?.[0]?.name;
  return !firstName || (worksheet as { name?: string }).name === firstName;
}

function workbookDate1904(reader: ExcelJS.stream.xlsx.WorkbookReader): boolean {
  return (reader as unknown as ReaderInternals).properties?.model?.date1904 === true;
}

/** Mirrors exceljs' own test: a format with y, m, d, h or s outside quotes and brackets. */
function isDateFormat(format: string | undefined): boolean {
  if (!format) return false;
  return /[ymdhMsb]/.test(format.replace(/\[[^\]]*]/g, '').replace(/"[^"]*"/g, ''));
}

function cellInput(cell: ExcelJS.Cell): CellInput {
  const value = cell.value as unknown;
  if (value === null || value === undefined) return emptyCell;
  if (typeof value === 'string') return value === '' ? emptyCell : { kind: 'text', text: value };
  if (typeof value === 'number') return { kind: 'number', value, dateFormatted: isDateFormat(cell.numFmt) };
  if (typeof value === 'boolean') return { kind: 'boolean', value };
  if (value instanceof Date) return { kind: 'date', value };
  if (typeof value === 'object') {
    const object = value as Record<string, unknown>;
    if ('formula' in object || 'sharedFormula' in object) {
      const result = object.result;
      return {
        kind: 'formula',
        formula: typeof object.formula === 'string' ? object.formula : '',
        result:
          typeof result === 'number' ||
          typeof result === 'string' ||
          typeof result === 'boolean' ||
          result instanceof Date
            ? result
            : null,
        dateFormatted: isDateFormat(cell.numFmt),
      };
    }
    if (Array.isArray(object.richText)) {
      const text = (object.richText as { text?: string }[]).map((run) => run.text ?? '').join('');
      return text === '' ? emptyCell : { kind: 'text', text };
    }
    if (typeof object.error === 'string') return { kind: 'error', error: object.error };
    if (typeof object.text === 'string') return { kind: 'text', text: object.text };
  }
  return { kind: 'text', text: String(value) };
}
