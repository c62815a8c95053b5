/**
 * Revenue-file parsing: pure functions over byte streams, no database, no HTTP. The import
 * service calls inspectFile for the preview, then readRevenueLines once to validate and once
 * more to commit (each pass over a fresh stream of the same bytes). See README.md.
 */
export type { CellInput } from './cell.ts';
export { csvEscape, csvRecord } from './csv-escape.ts';
export { type Delimiter, delimiters, type Newline, type TextEncoding, textEncodings } from './csv-records.ts';
export type { DateFormatDecision } from './decide-date-format.ts';
export type { DecimalStyleDecision, DecisionBasis } from './decide-decimal-style.ts';
export { detectCsvFormat } from './detect-format.ts';
export {
  type CsvSettings,
  type DelimiterReason,
  type DetectedFormat,
  type DetectOptions,
  type EncodingReason,
  type FileKind,
  type FormatDecisions,
  type HeaderRowReason,
  type ParseSettings,
  type PreviewRow,
  previewRowCount,
  type SettingsOverrides,
  sampleBytes,
  type XlsxSettings,
} from './detected-format.ts';
export { ImportFileError, type ImportFileErrorCode, importFileErrorCodes } from './import-file-error.ts';
export { type InspectOptions, inspectFile, xlsxSampleRows } from './inspect-file.ts';
export {
  maxTextLength,
  type RevenueLine,
  type RowProblem,
  type RowProblemCode,
  rowProblemCodes,
} from './normalise-line.ts';
export { type DecimalStyle, parseAmount, parseQuantity } from './parse-amount.ts';
export { type DateFormat, dateFormats, parseDate } from './parse-date.ts';
export {
  type ReadRevenueOptions,
  type RevenueRow,
  readRevenueBatches,
  readRevenueLines,
} from './read-revenue-lines.ts';
export {
  type ColumnMapping,
  headerKey,
  missingRequiredFields,
  type RevenueField,
  requiredRevenueFields,
  revenueFieldSpecs,
  revenueFields,
  type SuggestedMapping,
  suggestMapping,
} from './revenue-fields.ts';
export { sniffFile } from './sniff-file.ts';
