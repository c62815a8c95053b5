import { z } from 'zod';
import { ZRevenueField, ZStoredMapping } from './import-fields.ts';

/**
 * How a revenue file is written (kind, encoding, separator, header row, decimal style, date
 * format), what the detection decided and why: the settings the reader uses and the user can
 * change, shared by the parser, the API and the web app's choices.
 */
export type FileKind = ParseSettings['kind'];

export const textEncodings = ['utf-8', 'windows-1252', 'utf-16le', 'utf-16be'] as const;
export type TextEncoding = (typeof textEncodings)[number];

export const delimiters = [';', ',', '\t'] as const;
export type Delimiter = (typeof delimiters)[number];

export const newlines = ['\r\n', '\n', '\r'] as const;
export type Newline = (typeof newlines)[number];

/** `comma`: 1.234,56 (German); `point`: 1,234.56 (English). */
export const decimalStyles = ['comma', 'point'] as const;
export type DecimalStyle = (typeof decimalStyles)[number];

export const dateFormats = ['DD.MM.YYYY', 'YYYY-MM-DD', 'MM/DD/YYYY', 'DD/MM/YYYY'] as const;
export type DateFormat = (typeof dateFormats)[number];

export const ZSettingsOverrides = z
  .object({
    encoding: z.enum(textEncodings),
    delimiter: z.enum(delimiters),
    headerRowNumber: z.number().int().min(1).max(1000),
    decimalStyle: z.enum(decimalStyles),
    dateFormat: z.enum(dateFormats),
  })
  .partial()
  .strict();
export type SettingsOverrides = z.infer<typeof ZSettingsOverrides>;

/** What the reader needs besides the mapping; every value can be overridden by the user. */
const ZTableSettings = z.object({
  /** The row that holds the headers (1 = the first line); data starts after it. */
  headerRowNumber: z.number().int(),
  decimalStyle: z.enum(decimalStyles),
  /** Used for dates written as text; XLSX date cells need none. */
  dateFormat: z.enum(dateFormats),
});
export type TableSettings = z.infer<typeof ZTableSettings>;

const ZCsvSettings = ZTableSettings.extend({
  kind: z.literal('csv'),
  encoding: z.enum(textEncodings),
  delimiter: z.enum(delimiters),
  /** Fixed per file so that the detection and every later pass split records alike. */
  newline: z.enum(newlines),
});
export type CsvSettings = z.infer<typeof ZCsvSettings>;

const ZXlsxSettings = ZTableSettings.extend({ kind: z.literal('xlsx') });
export type XlsxSettings = z.infer<typeof ZXlsxSettings>;

export const ZParseSettings = z.discriminatedUnion('kind', [ZCsvSettings, ZXlsxSettings]);
export type ParseSettings = z.infer<typeof ZParseSettings>;

/**
 * Why a setting was chosen: a stable code with the figures it names, for the UI to word in the
 * reader's language, and the same in English (`text`) for the CLI and logs.
 */
const zSettingReason = <const Codes extends readonly [string, ...string[]]>(codes: Codes) =>
  z.object({
    code: z.enum(codes),
    text: z.string(),
    /** Known column names found (known_headers). */
    count: z.number().int().optional(),
    /** Share of sample lines split alike, in % (consistent_columns). */
    percent: z.number().optional(),
    /** Columns per line (consistent_columns). */
    columns: z.number().int().optional(),
  });

const ZEncodingReason = zSettingReason(['byte_order_mark', 'valid_utf8', 'not_utf8', 'chosen_by_user']);
export type EncodingReason = z.infer<typeof ZEncodingReason>;
const ZDelimiterReason = zSettingReason([
  'known_headers',
  'consistent_columns',
  'no_separator',
  'chosen_by_user',
]);
export type DelimiterReason = z.infer<typeof ZDelimiterReason>;
const ZHeaderRowReason = zSettingReason(['known_headers', 'first_full_width', 'chosen_by_user']);
export type HeaderRowReason = z.infer<typeof ZHeaderRowReason>;

/** Imports detected before the reasons had codes (27.11.2026) keep them as English sentences. */
const orSentence = <T extends z.ZodType>(reason: T) =>
  z.union([reason, z.string().describe('A reason stored before reasons had codes: an English sentence.')]);

/** Whether a setting came from the sample, from a default because the sample showed nothing, or from the user. */
export const decisionBases = ['sample', 'default', 'user'] as const;
export type DecisionBasis = (typeof decisionBases)[number];

const ZDecimalStyleDecision = z.object({
  style: z.enum(decimalStyles),
  basis: z.enum(decisionBases),
  /** Sample values that prove each style ("1,5" proves comma; "1.234" proves nothing). */
  commaVotes: z.number().int(),
  pointVotes: z.number().int(),
  reason: z.string(),
});
export type DecimalStyleDecision = z.infer<typeof ZDecimalStyleDecision>;

const ZDateFormatDecision = z.object({
  format: z.enum(dateFormats),
  basis: z.enum(decisionBases),
  /**
   * The sample could not tell day from month (slash dates, no part above 12) or contradicted
   * itself: the user should confirm the choice in the preview.
   */
  ambiguous: z.boolean(),
  reason: z.string(),
});
export type DateFormatDecision = z.infer<typeof ZDateFormatDecision>;

/** The decisions as the detection makes them. */
const ZFormatDecisions = z.object({
  /** Why this encoding and separator (CSV only). */
  encoding: ZEncodingReason.nullable(),
  delimiter: ZDelimiterReason.nullable(),
  headerRow: ZHeaderRowReason,
  decimalStyle: ZDecimalStyleDecision,
  dateFormat: ZDateFormatDecision,
});
export type FormatDecisions = z.infer<typeof ZFormatDecisions>;

/** The decisions as imports keep them, older ones included. */
const ZStoredDecisions = ZFormatDecisions.extend({
  encoding: orSentence(ZEncodingReason).nullable(),
  delimiter: orSentence(ZDelimiterReason).nullable(),
  headerRow: orSentence(ZHeaderRowReason),
});

/** What the detection found out about a file, as the import keeps it (the preview apart). */
export const ZImportFormat = z
  .object({
    settings: ZParseSettings,
    headers: z.array(z.string()),
    mapping: ZStoredMapping,
    /** Required fields no header maps to: the user must pick a column before importing. */
    missingRequired: z.array(ZRevenueField),
    /** Headers that feed no field (ignored on import unless the user maps them). */
    unmappedHeaders: z.array(z.string()),
    decisions: ZStoredDecisions,
  })
  .describe('What was detected: settings, headers, decisions and their reasons.');
export type ImportFormat = z.infer<typeof ZImportFormat>;

export const ZPreviewRow = z.object({ rowNumber: z.number().int(), cells: z.array(z.string()) });
export type PreviewRow = z.infer<typeof ZPreviewRow>;
