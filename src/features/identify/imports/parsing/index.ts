/**
 * Revenue-file parsing: pure functions over byte streams, no database, no HTTP. The import
 * service calls inspectFile for the preview, then readRevenueBatches to check the whole file.
 * The shapes it answers with (settings, decisions, row problems) are the API's, in
 * src/contracts/import-*.ts. See README.md.
 */
export { detectCsvFormat } from './detect-format.ts';
export { type DetectedFormat, sampleBytes } from './detected-format.ts';
export { ImportFileError } from './import-file-error.ts';
export { type InspectOptions, inspectFile, xlsxSampleRows } from './inspect-file.ts';
export type { RevenueLine } from './normalise-line.ts';
export { parseAmount, parseQuantity } from './parse-amount.ts';
export { parseDate } from './parse-date.ts';
export {
  type ReadRevenueOptions,
  type RevenueRow,
  readRevenueBatches,
  readRevenueLines,
} from './read-revenue-lines.ts';
export { headerKey, missingRequiredFields, suggestMapping } from './revenue-fields.ts';
