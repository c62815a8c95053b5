import ExcelJS from 'exceljs';
import type { FastifyReply } from 'fastify';
import { csvRecord } from '../core/csv-escape.ts';

// Tables as downloads (accounts, contacts, the ABC analysis, key accounts, breakdowns): CSV for
// any program, XLSX with real numbers and formats for Excel, headers in the user's language.

/** A column of an exported table: its header in both languages and how its values read. */
export interface ExportColumn<Row> {
  header: { de: string; en: string };
  kind: 'text' | 'integer' | 'money' | 'share';
  value(row: Row): string | number | null;
}

export type Locale = 'de' | 'en';

/** A column of text, headed `de` or `en`. */
export function textColumn<Row>(
  de: string,
  en: string,
  value: (row: Row) => string | null,
): ExportColumn<Row> {
  return { header: { de, en }, kind: 'text', value };
}

/** Money in minor units → major units; shares stay fractions (0.1234) for XLSX, percent for CSV. */
function csvValue(kind: ExportColumn<unknown>['kind'], value: string | number | null, locale: Locale) {
  if (value === null || typeof value === 'string' || kind === 'text' || kind === 'integer') return value;
  const number = kind === 'money' ? value / 100 : value * 100;
  const text = number.toFixed(2);
  return locale === 'de' ? text.replace('.', ',') : text;
}

/**
 * CSV as the locale's spreadsheet expects it: German Excel wants `;` and a decimal comma, with
 * a BOM so that it reads UTF-8. Text that looks like a formula is neutralised (csvEscape).
 */
function tableToCsv<Row>(
  columns: readonly ExportColumn<Row>[],
  rows: readonly Row[],
  locale: Locale,
): Buffer {
  const delimiter = locale === 'de' ? ';' : ',';
  const header = columns.map((column) =>
    column.kind === 'share' ? `${column.header[locale]} (%)` : column.header[locale],
  );
  const lines = [csvRecord(header, delimiter)];
  for (const row of rows) {
    lines.push(
      csvRecord(
        columns.map((column) => csvValue(column.kind, column.value(row), locale)),
        delimiter,
      ),
    );
  }
  return Buffer.from(`\uFEFF${lines.join('\r\n')}\r\n`, 'utf8');
}

/** XLSX with real numbers and formats; text cells stay text, so nothing is ever evaluated. */
async function tableToXlsx<Row>(
  columns: readonly ExportColumn<Row>[],
  rows: readonly Row[],
  locale: Locale,
  sheetName: string,
  currency: string | undefined,
): Promise<Buffer> {
  if (!currency && columns.some((column) => column.kind === 'money'))
    throw new Error(`The money columns of sheet ${sheetName} need a currency`);
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(sheetName);
  sheet.columns = columns.map((column) => ({
    header: column.header[locale],
    width: column.kind === 'text' ? 32 : 16,
    style: {
      numFmt:
        column.kind === 'money'
          ? `#,##0.00 "${currency}"`
          : column.kind === 'share'
            ? '0.00%'
            : column.kind === 'integer'
              ? '0'
              : '@',
    },
  }));
  sheet.getRow(1).font = { bold: true };
  sheet.views = [{ state: 'frozen', ySplit: 1 }];
  for (const row of rows) {
    sheet.addRow(
      columns.map((column) => {
        const value = column.value(row);
        return column.kind === 'money' && typeof value === 'number' ? value / 100 : value;
      }),
    );
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

interface TableFile {
  /** The file name without its extension. */
  name: string;
  sheet: string;
  /** The currency of the money columns; a table without any has none. */
  currency?: string;
  format: 'csv' | 'xlsx';
  locale: Locale;
}

/** Answers with the table as an attachment. */
export async function sendTable<Row>(
  reply: FastifyReply,
  file: TableFile,
  columns: readonly ExportColumn<Row>[],
  rows: readonly Row[],
) {
  const body =
    file.format === 'csv'
      ? tableToCsv(columns, rows, file.locale)
      : await tableToXlsx(columns, rows, file.locale, file.sheet, file.currency);
  return reply
    .header('content-disposition', `attachment; filename="${file.name}.${file.format}"`)
    .type(file.format === 'csv' ? 'text/csv; charset=utf-8' : XLSX_TYPE)
    .send(body);
}
