import type { DecimalStyle } from '#contracts/import-formats.ts';

/**
 * Amounts and quantities as ERP exports write them. The decimal style is decided once per file
 * (detect-format.ts) and then applied strictly: in the comma style "1.234,56" is 1234.56 and
 * "1.5" is refused (a point there can only group thousands, and "5" is no group of three), so a
 * file whose style was guessed wrong shows errors instead of silently importing amounts 1000×
 * off.
 */

export type AmountProblemCode = 'invalid_amount' | 'out_of_range';

export type AmountResult =
  | { ok: true; cents: number; currency: string | null }
  | { ok: false; code: AmountProblemCode; message: string };

export type QuantityResult =
  | { ok: true; value: number }
  | { ok: false; code: AmountProblemCode; message: string };

const symbolCurrencies: Record<string, string> = { '€': 'EUR', $: 'USD', '£': 'GBP' };

/** Currency symbols and upper-case ISO codes written before or after the number. */
const leadingCurrency = /^(€|\$|£|[A-Z]{3})\s*/;
const trailingCurrency = /\s*(€|\$|£|[A-Z]{3})$/;
const minusSigns = /^[-\u2212\u2013]/;
const plainNumber = /^-?[\d.,]+$/;

/** 10^13 units: far beyond any invoice line, and cents stay exact below 2^53. */
const maxIntegerDigits = 13;

interface NumberParts {
  negative: boolean;
  currency: string | null;
  /** What is left once sign, currency and surrounding spaces are gone. */
  body: string;
}

function currencyOf(token: string): string {
  return symbolCurrencies[token] ?? token;
}

/**
 * Take signs and currency off both ends: "-1.234,56 €", "€ -1.234,56", "1.234,56-" (SAP's
 * trailing minus), "(1.234,56)" (accountants' parentheses). Returns null for two signs.
 */
function splitNumberText(text: string): NumberParts | null {
  // Most cells are a bare number; skip the search for signs and symbols then.
  if (plainNumber.test(text)) {
    const negative = text.charCodeAt(0) === 45;
    return { negative, currency: null, body: negative ? text.slice(1) : text };
  }
  let body = text.replace(/[\u00a0\u202f\u2009]/g, ' ').trim();
  let signs = 0;
  let currency: string | null = null;
  const takeCurrency = (pattern: RegExp): boolean => {
    const match = pattern.exec(body);
    if (!match?.[1] || currency) return false;
    currency = currencyOf(match[1]);
    body = body.slice(0, match.index) + body.slice(match.index + match[0].length);
    return true;
  };
  if (body.startsWith('(') && body.endsWith(')')) {
    signs++;
    body = body.slice(1, -1).trim();
  }
  // Signs and currency may come in either order; four passes take every sensible combination.
  for (let pass = 0; pass < 4; pass++) {
    let changed = takeCurrency(leadingCurrency) || takeCurrency(trailingCurrency);
    if (minusSigns.test(body)) {
      signs++;
      body = body.slice(1).trimStart();
      changed = true;
    } else if (body.startsWith('+')) {
      body = body.slice(1).trimStart();
      changed = true;
    }
    if (body.endsWith('-')) {
      signs++;
      body = body.slice(0, -1).trimEnd();
      changed = true;
    }
    if (!changed) break;
  }
  if (signs > 1) return null;
  return { negative: signs === 1, currency, body };
}

interface Decimal {
  integer: string;
  fraction: string;
}

/**
 * The digits of a number in the given style. Thousands may be grouped by the style's separator,
 * a space or an apostrophe (Swiss), but only in complete groups of three.
 */
function digitPattern(decimalMark: string, groupMark: string): RegExp {
  const group = `\\d{1,3}(?:\\${groupMark}\\d{3})+|\\d{1,3}(?: \\d{3})+|\\d{1,3}(?:['\u2019]\\d{3})+`;
  return new RegExp(`^(\\d+|${group})?(?:\\${decimalMark}(\\d+))?$`);
}

/** Integer part (plain or grouped by one separator in threes), then optional decimals. */
const digitPatterns: Record<DecimalStyle, RegExp> = {
  comma: digitPattern(',', '.'),
  point: digitPattern('.', ','),
};

/**
 * The digits of a number in the given style. Thousands may be grouped by the style's separator,
 * a space or an apostrophe (Swiss), but only in complete groups of three.
 */
function splitDigits(body: string, style: DecimalStyle): Decimal | null {
  const match = digitPatterns[style].exec(body);
  if (!match) return null;
  const [, integer, fraction = ''] = match;
  if (integer === undefined) return fraction ? { integer: '0', fraction } : null;
  return { integer: integer.replace(/\D/g, ''), fraction };
}

function describe(text: string): string {
  return `“${text.length > 40 ? `${text.slice(0, 40)}…` : text}”`;
}

function styleExample(style: DecimalStyle): string {
  return style === 'comma' ? '1.234,56' : '1,234.56';
}

/**
 * An amount in integer cents. More than two decimals are rounded half away from zero
 * (kaufmännisch), on the digits, never through a float.
 */
export function parseAmount(text: string, style: DecimalStyle): AmountResult {
  const parts = splitNumberText(text);
  const digits = parts && splitDigits(parts.body, style);
  if (!parts || !digits) {
    return {
      ok: false,
      code: 'invalid_amount',
      message: `${describe(text)} is not an amount in the file's format (like ${styleExample(style)})`,
    };
  }
  const integer = digits.integer.replace(/^0+(?=\d)/, '');
  if (integer.length > maxIntegerDigits) {
    return { ok: false, code: 'out_of_range', message: `${describe(text)} is too large for an amount` };
  }
  const fraction = digits.fraction.padEnd(3, '0');
  const roundUp = fraction.charCodeAt(2) >= 53; // '5'
  const magnitude = Number(integer) * 100 + Number(fraction.slice(0, 2)) + (roundUp ? 1 : 0);
  const cents = parts.negative && magnitude !== 0 ? -magnitude : magnitude;
  return { ok: true, cents, currency: parts.currency };
}

/** A quantity: any number of decimals, signs as for amounts, no currency. */
export function parseQuantity(text: string, style: DecimalStyle): QuantityResult {
  const parts = splitNumberText(text);
  const digits = parts && !parts.currency ? splitDigits(parts.body, style) : null;
  if (!parts || !digits) {
    return {
      ok: false,
      code: 'invalid_amount',
      message: `${describe(text)} is not a number in the file's format (like ${styleExample(style)})`,
    };
  }
  if (digits.integer.replace(/^0+/, '').length > 15) {
    return { ok: false, code: 'out_of_range', message: `${describe(text)} is too large for a quantity` };
  }
  const value = Number(`${digits.integer}.${digits.fraction || '0'}`);
  return { ok: true, value: parts.negative && value !== 0 ? -value : value };
}

/** Cents of a number Excel stored as a double: 1.005 is meant as 1.005, so 101 cents. */
export function centsOfNumber(value: number): number | null {
  if (!Number.isFinite(value)) return null;
  // toPrecision(15) drops the binary noise (1.005 * 100 = 100.49999999999999) before rounding.
  const magnitude = Math.round(Number((Math.abs(value) * 100).toPrecision(15)));
  if (!Number.isSafeInteger(magnitude) || magnitude >= 10 ** (maxIntegerDigits + 2)) return null;
  return value < 0 && magnitude !== 0 ? -magnitude : magnitude;
}

/**
 * Which decimal style one sample value proves, or null when it proves nothing: "1,5" and
 * "1.234,56" prove comma; "1.5" and "1,234.56" prove point; "1.234" and "1234" are undecided.
 */
export function decimalStyleEvidence(text: string): DecimalStyle | null {
  const parts = splitNumberText(text);
  if (!parts || !/^[\d.,' ]*\d[\d.,' ]*$/.test(parts.body)) return null;
  const body = parts.body.replace(/[' ]/g, '');
  const lastComma = body.lastIndexOf(',');
  const lastPoint = body.lastIndexOf('.');
  if (lastComma !== -1 && lastPoint !== -1) return lastComma > lastPoint ? 'comma' : 'point';
  const mark = lastComma !== -1 ? ',' : lastPoint !== -1 ? '.' : null;
  if (!mark) return null;
  const marks = body.split(mark).length - 1;
  const isDecimalMark = marks === 1 && body.length - body.indexOf(mark) - 1 !== 3;
  const isGroupMark = marks > 1;
  if (mark === ',') return isDecimalMark ? 'comma' : isGroupMark ? 'point' : null;
  return isDecimalMark ? 'point' : isGroupMark ? 'comma' : null;
}
