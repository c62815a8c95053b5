import { type RevenueField, revenueFieldSpecs } from '#contracts/import-fields.ts';
import type { DateFormat, DecimalStyle } from '#contracts/import-formats.ts';
import type { RowProblem, RowProblemCode } from '#contracts/import-report.ts';
import { type CellInput, cellDisplayText } from './cell.ts';
import { centsOfNumber, parseAmount, parseQuantity } from './parse-amount.ts';
import { type DateResult, isoDateOfExcelDate, isoDateOfExcelSerial, parseDate } from './parse-date.ts';

/** One invoice line, ready for the import service. Amounts are integer minor units (cents). */
export interface RevenueLine {
  rowNumber: number;
  customerNumber: string;
  customerName: string | null;
  /** 'YYYY-MM-DD', the calendar date as written in the file. */
  invoiceDate: string;
  documentNumber: string;
  product: string | null;
  productLine: string | null;
  quantity: number | null;
  /** Negative for credit notes. */
  netRevenueCents: number;
  costOfGoodsCents: number | null;
  /** ISO 4217 code, upper case; lines of one file may differ (the analysis reports that). */
  currency: string;
}

/** Long enough to recognise a cell, short enough that a report of many problems stays small. */
const shownValueLength = 80;

function shownValue(cell: CellInput | undefined): string | null {
  if (!cell || isBlank(cell)) return null;
  const text = cellDisplayText(cell);
  return text.length > shownValueLength ? `${text.slice(0, shownValueLength - 1)}…` : text;
}

export type NormalisedRow = { ok: true; line: RevenueLine } | { ok: false; problems: RowProblem[] };

export interface LineContext {
  rowNumber: number;
  decimalStyle: DecimalStyle;
  dateFormat: DateFormat;
  /** Used when the file has no currency column, or the cell is empty and the amount has none. */
  defaultCurrency: string;
  /** Excel's 1904 date system (old Mac workbooks), for date formulas. */
  date1904: boolean;
  /** Text was decoded as UTF-8: a U+FFFD there means the file is really Windows-1252. */
  flagReplacementCharacters: boolean;
}

export interface MappedCell {
  column: string;
  cell: CellInput;
}

export const maxTextLength = 500;

const currencySymbols: Record<string, string> = { '€': 'EUR', $: 'USD', '£': 'GBP' };

type FieldValue<T> = { ok: true; value: T } | { ok: false; code: RowProblemCode; message: string };

const ok = <T>(value: T): FieldValue<T> => ({ ok: true, value });
const fail = (code: RowProblemCode, message: string): FieldValue<never> => ({ ok: false, code, message });

function fromDate(result: DateResult): FieldValue<string> {
  return result.ok ? ok(result.date) : fail(result.code, result.message);
}

function cellErrorOf(cell: CellInput): FieldValue<never> | null {
  if (cell.kind === 'error') return fail('cell_error', `The cell holds the error ${cell.error}`);
  return null;
}

/**
 * Text fields keep what the file says, trimmed. A formula cell gives its formula text ('=…'):
 * stored as text, never evaluated, and core/csv-escape.ts neutralises it again on export.
 */
function readText(cell: CellInput): FieldValue<string> {
  const error = cellErrorOf(cell);
  if (error) return error;
  if (cell.kind === 'formula' && cell.formula === '') {
    return fail('formula_without_value', 'A copied formula whose text is not in this cell: paste values');
  }
  const text = cellDisplayText(cell).trim();
  if (text.length > maxTextLength) {
    return fail('too_long', `The text has ${text.length} characters, at most ${maxTextLength} are allowed`);
  }
  return ok(text);
}

/** The number behind a typed cell: a number, or the value Excel stored for a formula. */
function storedNumber(cell: CellInput): FieldValue<number> | null {
  if (cell.kind === 'number') return ok(cell.value);
  if (cell.kind === 'formula') {
    if (typeof cell.result === 'number') return ok(cell.result);
    return fail('formula_without_value', 'A formula without a stored numeric result: paste values');
  }
  return null;
}

function readAmount(
  cell: CellInput,
  context: LineContext,
): FieldValue<{ cents: number; currency: string | null }> {
  const error = cellErrorOf(cell);
  if (error) return error;
  const stored = storedNumber(cell);
  if (stored) {
    if (!stored.ok) return stored;
    const cents = centsOfNumber(stored.value);
    return cents === null ? fail('out_of_range', 'The amount is too large') : ok({ cents, currency: null });
  }
  if (cell.kind !== 'text') return fail('invalid_amount', `“${cellDisplayText(cell)}” is not an amount`);
  const result = parseAmount(cell.text, context.decimalStyle);
  return result.ok
    ? ok({ cents: result.cents, currency: result.currency })
    : fail(result.code, result.message);
}

function readQuantity(cell: CellInput, context: LineContext): FieldValue<number> {
  const error = cellErrorOf(cell);
  if (error) return error;
  const stored = storedNumber(cell);
  if (stored) return stored;
  if (cell.kind !== 'text') return fail('invalid_amount', `“${cellDisplayText(cell)}” is not a number`);
  const result = parseQuantity(cell.text, context.decimalStyle);
  return result.ok ? ok(result.value) : fail(result.code, result.message);
}

function readDate(cell: CellInput, context: LineContext): FieldValue<string> {
  const error = cellErrorOf(cell);
  if (error) return error;
  switch (cell.kind) {
    case 'date':
      return fromDate(isoDateOfExcelDate(cell.value));
    case 'text':
      return fromDate(parseDate(cell.text, context.dateFormat));
    case 'formula':
      if (cell.result instanceof Date) return fromDate(isoDateOfExcelDate(cell.result));
      if (typeof cell.result === 'number' && cell.dateFormatted) {
        return fromDate(isoDateOfExcelSerial(cell.result, context.date1904));
      }
      return fail('formula_without_value', 'A formula without a stored date: paste values');
    default:
      // A bare number is a serial day only if Excel formatted it as a date; guessing would turn
      // 20260126 or a customer number into some day in the year 57000.
      return fail('invalid_date', `“${cellDisplayText(cell)}” is not a date`);
  }
}

function readCurrency(cell: CellInput): FieldValue<string | null> {
  const text = readText(cell);
  if (!text.ok) return text;
  if (text.value === '') return ok(null);
  const code = currencySymbols[text.value] ?? text.value.toUpperCase();
  return /^[A-Z]{3}$/.test(code)
    ? ok(code)
    : fail('invalid_currency', `“${text.value}” is not a currency code`);
}

function isBlank(cell: CellInput): boolean {
  return cell.kind === 'empty' || (cell.kind === 'text' && cell.text.trim() === '');
}

/**
 * Apply the field rules to one row's mapped cells. Every problem of the row is collected, not
 * just the first, so the user fixes a row once.
 */
export function normaliseLine(
  cells: Partial<Record<RevenueField, MappedCell>>,
  context: LineContext,
): NormalisedRow {
  const problems: RowProblem[] = [];
  const report = (field: RevenueField, code: RowProblemCode, message: string) => {
    const mapped = cells[field];
    problems.push({
      rowNumber: context.rowNumber,
      column: mapped?.column ?? null,
      code,
      message,
      value: shownValue(mapped?.cell),
    });
  };

  /** Blank → null (or a problem when required), else the reader's value or its problem. */
  function read<T>(field: RevenueField, reader: (cell: CellInput) => FieldValue<T>): T | null {
    const mapped = cells[field];
    if (!mapped || isBlank(mapped.cell)) {
      if (revenueFieldSpecs[field].required) report(field, 'missing_value', 'The value is missing');
      return null;
    }
    if (context.flagReplacementCharacters && cellDisplayText(mapped.cell).includes('\uFFFD')) {
      report(field, 'invalid_encoding', 'Characters that are not UTF-8: choose the encoding Windows-1252');
      return null;
    }
    const result = reader(mapped.cell);
    if (result.ok) return result.value;
    report(field, result.code, result.message);
    return null;
  }

  const customerNumber = read('customerNumber', readText);
  const customerName = read('customerName', readText);
  const invoiceDate = read('invoiceDate', (cell) => readDate(cell, context));
  const documentNumber = read('documentNumber', readText);
  const product = read('product', readText);
  const productLine = read('productLine', readText);
  const quantity = read('quantity', (cell) => readQuantity(cell, context));
  const netRevenue = read('netRevenue', (cell) => readAmount(cell, context));
  const costOfGoods = read('costOfGoods', (cell) => readAmount(cell, context));
  const columnCurrency = read('currency', readCurrency);

  // A symbol inside an amount ("1.234,56 €") names the currency too; it must not contradict
  // the currency column or the other amount.
  const named = [columnCurrency, netRevenue?.currency, costOfGoods?.currency].filter(
    (code): code is string => !!code,
  );
  const currency = named[0] ?? context.defaultCurrency;
  const contradiction = named.find((code) => code !== currency);
  if (contradiction) {
    report(
      cells.currency ? 'currency' : 'netRevenue',
      'currency_mismatch',
      `The row names two currencies: ${currency} and ${contradiction}`,
    );
  }

  if (
    problems.length > 0 ||
    customerNumber === null ||
    invoiceDate === null ||
    documentNumber === null ||
    netRevenue === null
  ) {
    return { ok: false, problems };
  }
  return {
    ok: true,
    line: {
      rowNumber: context.rowNumber,
      customerNumber,
      customerName: customerName || null,
      invoiceDate,
      documentNumber,
      product: product || null,
      productLine: productLine || null,
      quantity,
      netRevenueCents: netRevenue.cents,
      costOfGoodsCents: costOfGoods?.cents ?? null,
      currency,
    },
  };
}
