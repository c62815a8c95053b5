import { z } from 'zod';

/**
 * What a check or a commit of a revenue file found: the bad rows, the whole file's refusal, the
 * unknown customers, the commit's summary. The codes are stable: the CLI and the web app
 * translate them, so never rename one.
 */
export const rowProblemCodes = [
  'missing_value',
  'invalid_amount',
  'out_of_range',
  'invalid_date',
  'impossible_date',
  'invalid_currency',
  'currency_mismatch',
  'too_long',
  'too_many_fields',
  'too_few_fields',
  'invalid_encoding',
  'formula_without_value',
  'cell_error',
] as const;
export type RowProblemCode = (typeof rowProblemCodes)[number];

export const ZRowProblem = z.object({
  rowNumber: z.number().int(),
  /** The header of the column, as the file spells it; null when the whole row is at fault. */
  column: z.string().nullable(),
  code: z.enum(rowProblemCodes),
  message: z.string(),
  /** The cell as the file shows it (shortened), so the user can find it; null when there is none. */
  value: z.string().nullable(),
});
export type RowProblem = z.infer<typeof ZRowProblem>;

/** Why a whole file is refused (as opposed to one bad row). */
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

export const ZFileError = z.object({
  code: z.enum(importFileErrorCodes),
  message: z.string(),
  /** The row the problem was found at (1 = first line of the file). */
  rowNumber: z.number().int().nullable(),
});
export type FileError = z.infer<typeof ZFileError>;

export const ZCommitSummary = z.object({
  stagedLines: z.number().int(),
  insertedLines: z.number().int(),
  /** Lines imported before (a re-imported or overlapping export), skipped. */
  duplicateLines: z.number().int(),
  accountsCreated: z.number().int(),
});
export type CommitSummary = z.infer<typeof ZCommitSummary>;

export const ZValidationReport = z.object({
  rows: z.number().int(),
  acceptedRows: z.number().int(),
  rejectedRows: z.number().int(),
  /** The first bad rows' problems; all bad rows are counted. */
  problems: z.array(ZRowProblem),
  problemsListed: z.number().int(),
  customers: z.number().int(),
  unknownCustomers: z.object({
    count: z.number().int(),
    sample: z.array(z.object({ customerNumber: z.string(), customerName: z.string().nullable() })),
  }),
  currencies: z.array(
    z.object({ currency: z.string(), lines: z.number().int(), netRevenueCents: z.number().int() }),
  ),
  period: z.object({ from: z.string().nullable(), to: z.string().nullable() }),
  commit: ZCommitSummary.optional(),
  /** A commit that was refused (e.g. unknown customers: the import stays validated) or failed. */
  commitFailure: z
    .object({
      code: z.string().optional(),
      message: z.string(),
      errors: z.array(z.object({ path: z.string(), code: z.string(), message: z.string() })).optional(),
    })
    .optional(),
});
export type ValidationReport = z.infer<typeof ZValidationReport>;

/**
 * One of: a check's report (with the commit's summary or failure once committed), the file's
 * refusal (status rejected), or an unexpected failure (status failed).
 */
export const ZImportReport = ZValidationReport.partial()
  .extend({ fileError: ZFileError.optional(), failure: z.string().optional() })
  .describe('Validation (bad rows, unknown customers) or commit summary, or why it failed.');
export type ImportReport = z.infer<typeof ZImportReport>;
