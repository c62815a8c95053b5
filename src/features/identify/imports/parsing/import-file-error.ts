import type { ImportFileErrorCode } from '#contracts/import-report.ts';

/** Why a whole file is refused (as opposed to one bad row); the codes are in the contract. */
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
