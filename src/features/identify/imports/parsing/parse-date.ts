import type { DateFormat } from '#contracts/import-formats.ts';

/**
 * Invoice dates as text, in one format decided for the whole file (detect-format.ts), to the
 * ISO calendar date 'YYYY-MM-DD'. A time after the date ("26.11.2026 00:00:00", as many ERPs
 * write it) is allowed and dropped: the analysis works on days.
 */
export type DateResult = { ok: true; date: string } | { ok: false; code: DateProblemCode; message: string };

export type DateProblemCode = 'invalid_date' | 'impossible_date';

const timeSuffix = '(?:[ T]\\d{1,2}:\\d{2}(?::\\d{2}(?:[.,]\\d+)?)?(?:Z|[+-]\\d{2}:?\\d{2})?)?';
const dottedDate = new RegExp(`^(\\d{1,2})\\.(\\d{1,2})\\.(\\d{4})${timeSuffix}$`);
const isoDate = new RegExp(`^(\\d{4})-(\\d{1,2})-(\\d{1,2})${timeSuffix}$`);
const slashDate = new RegExp(`^(\\d{1,2})/(\\d{1,2})/(\\d{4})${timeSuffix}$`);

/** The earliest year we accept: catches typos like 0226 or 1026 that would skew the analysis. */
const minYear = 1900;
const maxYear = 2999;

export type DateShape =
  | { kind: 'dotted' }
  | { kind: 'iso' }
  | { kind: 'slash'; first: number; second: number };

/** Which of the families a text belongs to, for deciding the file's format. */
export function dateShape(text: string): DateShape | null {
  const value = text.trim();
  if (dottedDate.test(value)) return { kind: 'dotted' };
  if (isoDate.test(value)) return { kind: 'iso' };
  const slash = slashDate.exec(value);
  if (slash) return { kind: 'slash', first: Number(slash[1]), second: Number(slash[2]) };
  return null;
}

const monthDays = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function daysInMonth(year: number, month: number): number {
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  return month === 2 && leap ? 29 : (monthDays[month - 1] ?? 0);
}

function pad(value: number, length: number): string {
  return String(value).padStart(length, '0');
}

/** A checked calendar date as 'YYYY-MM-DD', or the reason it is none. */
export function isoDateOf(year: number, month: number, day: number, text: string): DateResult {
  if (year < minYear || year > maxYear) {
    return { ok: false, code: 'invalid_date', message: `“${text}”: the year ${year} is not plausible` };
  }
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) {
    return { ok: false, code: 'impossible_date', message: `“${text}” is not a date in the calendar` };
  }
  return { ok: true, date: `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}` };
}

export function parseDate(text: string, format: DateFormat): DateResult {
  const value = text.trim();
  const pattern = format === 'DD.MM.YYYY' ? dottedDate : format === 'YYYY-MM-DD' ? isoDate : slashDate;
  const match = pattern.exec(value);
  if (!match) {
    return {
      ok: false,
      code: 'invalid_date',
      message: `“${value.slice(0, 40)}” is not a date in the file's format ${format}`,
    };
  }
  const [a, b, c] = [Number(match[1]), Number(match[2]), Number(match[3])];
  switch (format) {
    case 'DD.MM.YYYY':
      return isoDateOf(c, b, a, value);
    case 'YYYY-MM-DD':
      return isoDateOf(a, b, c, value);
    case 'DD/MM/YYYY':
      return withSlashHint(isoDateOf(c, b, a, value), b > 12 && a <= 12, format, 'MM/DD/YYYY');
    case 'MM/DD/YYYY':
      return withSlashHint(isoDateOf(c, a, b, value), a > 12 && b <= 12, format, 'DD/MM/YYYY');
  }
}

/**
 * Slash dates were decided for the whole file from a sample; a later row that only makes sense
 * the other way round most likely means the sample never showed a part above 12. Say so.
 */
function withSlashHint(
  result: DateResult,
  swapped: boolean,
  format: DateFormat,
  other: DateFormat,
): DateResult {
  if (result.ok || !swapped) return result;
  return { ...result, message: `${result.message} as ${format}; is the file ${other}?` };
}

/**
 * The calendar date of an Excel date cell. exceljs turns the serial number into a Date at UTC
 * midnight (plus the time of day), so the UTC fields are the date the user sees in Excel,
 * whatever the server's time zone.
 */
export function isoDateOfExcelDate(date: Date): DateResult {
  if (Number.isNaN(date.getTime())) return { ok: false, code: 'invalid_date', message: 'Not a date' };
  const text = date.toISOString().slice(0, 10);
  return isoDateOf(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate(), text);
}

/** An Excel serial day number (1900 date system unless date1904) to a calendar date. */
export function isoDateOfExcelSerial(serial: number, date1904 = false): DateResult {
  const days = serial - 25569 + (date1904 ? 1462 : 0);
  return isoDateOfExcelDate(new Date(Math.round(days * 86_400_000)));
}
