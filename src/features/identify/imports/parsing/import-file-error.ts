/**
 * Why a whole file is refused (as opposed to one bad row). The codes are stable: the import
 * service and the web app translate them, so never rename one.
 */
export const importFileErrorCodes = [
  /** No bytes, or only whitespace and empty lines. */
  'empty_file',
  /** NUL bytes or mostly non-text: an image, a PDF, a program renamed to .csv. */
  'binary_file',
  /** An OLE2 container: old Excel .xls, or a password-protected .xlsx. */
  'xls_not_supported',
  /** Text, but not a table: an HTML or XML "Excel export" as some ERPs write them. */
  'unsupported_format',
  /** A ZIP that holds no readable worksheet. */
  'invalid_xlsx',
  /** A header row and nothing after it. */
  'header_only',
  /** The mapping leaves a required field without a column. */
  'mapping_incomplete',
  /** A mapped header is not in the file's header row (or the header row moved). */
  'column_not_found',
  /** A mapped header appears twice in the header row, so the column is ambiguous. */
  'duplicate_column',
  /** A CSV record grew past the limit: almost always a quote that is never closed. */
  'record_too_large',
] as const;

export type ImportFileErrorCode = (typeof importFileErrorCodes)[number];

export class ImportFileError extends Error {
  readonly code: ImportFileErrorCode;
  /** The row the problem was found at, when there is one (1 = first line of the file). */
  readonly rowNumber: number | undefined;

  constructor(code: ImportFileErrorCode, message: string, rowNumber?: number) {
    super(message);
    this.name = 'ImportFileError';
    this.code = code;
    this.rowNumber = rowNumber;
  }
}
