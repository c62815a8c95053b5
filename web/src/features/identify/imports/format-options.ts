import type { TFunction } from 'i18next';
import { type RevenueField, revenueFieldSpecs, revenueFields } from '#contracts/import-fields.ts';
import {
  type DateFormat,
  type Delimiter,
  dateFormats,
  decimalStyles,
  delimiters,
  textEncodings,
} from '#contracts/import-formats.ts';

/** The choices of every detected setting, labelled for people. */
const delimiterKeys = { ';': 'semicolon', ',': 'comma', '\t': 'tab' } as const satisfies Record<
  Delimiter,
  string
>;

export function encodingOptions(t: TFunction) {
  return textEncodings.map((value) => ({ value, label: t(`imports.encodings.${value}`) }));
}

export function delimiterLabel(t: TFunction, delimiter: Delimiter): string {
  return t(`imports.delimiters.${delimiterKeys[delimiter]}`);
}

export function delimiterOptions(t: TFunction) {
  return delimiters.map((value) => ({ value, label: delimiterLabel(t, value) }));
}

export function decimalOptions(t: TFunction) {
  return decimalStyles.map((value) => ({ value, label: t(`imports.decimal.${value}`) }));
}

const dateFormatKeys: Record<DateFormat, string> = {
  'DD.MM.YYYY': 'dotted',
  'YYYY-MM-DD': 'iso',
  'MM/DD/YYYY': 'monthFirst',
  'DD/MM/YYYY': 'dayFirst',
};

/** "TT.MM.JJJJ (26.11.2026)": the pattern in the reader's language and an example. */
export function dateFormatLabel(t: TFunction, format: DateFormat): string {
  return t(`imports.dateFormats.${dateFormatKeys[format]}`);
}

export function dateFormatOptions(t: TFunction) {
  return dateFormats.map((value) => ({ value, label: dateFormatLabel(t, value) }));
}

export const currencies = ['EUR', 'CHF', 'USD', 'GBP', 'PLN', 'CZK', 'SEK', 'DKK'];

export const mappingFields: readonly RevenueField[] = revenueFields;
export const isRequiredField = (field: RevenueField) => revenueFieldSpecs[field].required;
export const requiredFields = mappingFields.filter(isRequiredField);
