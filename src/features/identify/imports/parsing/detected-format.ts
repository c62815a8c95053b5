import type { Delimiter, Newline, TextEncoding } from './csv-records.ts';
import type { DateFormatDecision } from './decide-date-format.ts';
import type { DecimalStyleDecision } from './decide-decimal-style.ts';
import type { DecimalStyle } from './parse-amount.ts';
import type { DateFormat } from './parse-date.ts';
import type { ColumnMapping, RevenueField } from './revenue-fields.ts';

/**
 * What the detection finds out about a file and hands to the import service: the settings the
 * reader needs, the preview, the suggested mapping, and why each setting was chosen.
 */
/** How much of a file the detection reads. */
export const sampleBytes = 1024 * 1024;
/** How many data rows the detection hands back for the preview. */
export const previewRowCount = 20;
/** The header is looked for among this many non-empty rows (ERP reports put titles above it). */
export const headerSearchRows = 30;

export type FileKind = 'csv' | 'xlsx';

/** What the reader needs besides the mapping; every value can be overridden by the user. */
export interface TableSettings {
  /** The row that holds the headers (1 = the first line); data starts after it. */
  headerRowNumber: number;
  decimalStyle: DecimalStyle;
  /** Used for dates written as text; XLSX date cells need none. */
  dateFormat: DateFormat;
}

export type CsvSettings = TableSettings & {
  kind: 'csv';
  encoding: TextEncoding;
  delimiter: Delimiter;
  newline: Newline;
};

export type XlsxSettings = TableSettings & { kind: 'xlsx' };

export type ParseSettings = CsvSettings | XlsxSettings;

export interface SettingsOverrides {
  encoding?: TextEncoding;
  delimiter?: Delimiter;
  headerRowNumber?: number;
  decimalStyle?: DecimalStyle;
  dateFormat?: DateFormat;
}

export interface DetectOptions {
  /** For messages only. */
  fileName?: string;
  /** The head is the whole file. Defaults to: shorter than sampleBytes. */
  complete?: boolean;
  /** The user's mapping; without one the suggested mapping decides which columns to sample. */
  mapping?: ColumnMapping;
  overrides?: SettingsOverrides;
}

export interface PreviewRow {
  rowNumber: number;
  cells: string[];
}

/**
 * Why a setting was chosen: a stable code with the figures it names, for the UI to word in the
 * reader's language, and the same in English (`text`) for the CLI and logs.
 */
export interface SettingReason<Code extends string> {
  code: Code;
  text: string;
  /** Known column names found (known_headers). */
  count?: number;
  /** Share of sample lines split alike, in % (consistent_columns). */
  percent?: number;
  /** Columns per line (consistent_columns). */
  columns?: number;
}

export type EncodingReason = SettingReason<'byte_order_mark' | 'valid_utf8' | 'not_utf8' | 'chosen_by_user'>;
export type DelimiterReason = SettingReason<
  'known_headers' | 'consistent_columns' | 'no_separator' | 'chosen_by_user'
>;
export type HeaderRowReason = SettingReason<'known_headers' | 'first_full_width' | 'chosen_by_user'>;

/** The reason of any setting the user set: their choice, not the detection's. */
export const chosenByUser = { code: 'chosen_by_user', text: 'Chosen by the user' } as const;

export interface FormatDecisions {
  /** Why this encoding and separator (CSV only). */
  encoding: EncodingReason | null;
  delimiter: DelimiterReason | null;
  headerRow: HeaderRowReason;
  decimalStyle: DecimalStyleDecision;
  dateFormat: DateFormatDecision;
}

export interface DetectedFormat {
  settings: ParseSettings;
  headers: string[];
  previewRows: PreviewRow[];
  mapping: ColumnMapping;
  missingRequired: RevenueField[];
  unmappedHeaders: string[];
  decisions: FormatDecisions;
}
