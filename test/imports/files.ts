import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import {
  type DetectedFormat,
  inspectFile,
  type ReadRevenueOptions,
  type RevenueRow,
  readRevenueLines,
} from '../../src/features/identify/imports/parsing/index.ts';

/** CSV text from lines; `\r\n` like Excel and most ERPs write it. */
export function csvText(lines: readonly string[], newline = '\r\n'): string {
  return lines.join(newline) + newline;
}

export function utf8(text: string, bom = false): Buffer {
  return Buffer.concat([bom ? Buffer.from([0xef, 0xbb, 0xbf]) : Buffer.alloc(0), Buffer.from(text, 'utf8')]);
}

export function windows1252(text: string): Buffer {
  return iconv.encode(text, 'windows-1252');
}

/**
 * The bytes as a stream of small chunks, so that every record, multi-byte character and CR LF
 * pair may be split between two chunks, as they are when the service streams stored pieces.
 */
export async function* chunked(bytes: Uint8Array, size = 7): AsyncGenerator<Buffer> {
  for (let at = 0; at < bytes.length; at += size) yield Buffer.from(bytes.subarray(at, at + size));
}

export async function collect<T>(iterable: AsyncIterable<T>): Promise<T[]> {
  const items: T[] = [];
  for await (const item of iterable) items.push(item);
  return items;
}

export function inspect(
  bytes: Uint8Array,
  options: Parameters<typeof inspectFile>[1] = {},
): Promise<DetectedFormat> {
  return inspectFile(chunked(bytes, 4096), options);
}

/** Detect, then read the whole file with the detected settings and the suggested mapping. */
export async function importBytes(
  bytes: Uint8Array,
  options: Partial<ReadRevenueOptions> = {},
): Promise<{ format: DetectedFormat; rows: RevenueRow[] }> {
  const format = await inspect(bytes);
  const rows = await collect(
    readRevenueLines(chunked(bytes), { settings: format.settings, mapping: format.mapping, ...options }),
  );
  return { format, rows };
}

export function lines(rows: readonly RevenueRow[]) {
  return rows.flatMap((row) => (row.ok ? [row.line] : []));
}

export function problems(rows: readonly RevenueRow[]) {
  return rows.flatMap((row) => (row.ok ? [] : row.problems));
}

export async function xlsxBytes(build: (sheet: ExcelJS.Worksheet, workbook: ExcelJS.Workbook) => void) {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Umsätze');
  build(sheet, workbook);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

export const germanHeader =
  'Kundennummer;Kunde;Rechnungsdatum;Belegnummer;Artikel;Warengruppe;Menge;Umsatz;Wareneinsatz';
