import { ImportFileError } from './import-file-error.ts';

/** No real invoice line comes near this; a stray quote reaches it quickly. */
export const defaultMaxRecordChars = 256 * 1024;

/**
 * Stops a CSV whose quote never closes before it costs memory and time. A parser keeps an
 * unfinished record in memory and re-reads it with every chunk, so one stray `"` at the start
 * of a field in row 10 of a 200 MB file would otherwise hold the rest of the file as one field
 * and rescan it quadratically. This pass follows the same quoting rules as papaparse (a quote
 * opens a field only at its start; `""` inside is a quote; a closing quote is followed by the
 * delimiter, a line end or spaces) and only counts characters.
 */
export class RecordSizeGuard {
  readonly #delimiter: number;
  readonly #maxRecordChars: number;
  #atFieldStart = true;
  #inQuotes = false;
  /** Inside quotes, the previous character was a quote: the next one decides what it meant. */
  #quotePending = false;
  #recordChars = 0;
  #recordNumber = 1;
  #afterCarriageReturn = false;

  constructor(delimiter: string, maxRecordChars = defaultMaxRecordChars) {
    this.#delimiter = delimiter.charCodeAt(0);
    this.#maxRecordChars = maxRecordChars;
  }

  /** Follow the next piece of decoded text; throws once a record grows past the limit. */
  check(text: string): void {
    const error = this.#scan(text);
    if (error) throw error;
  }

  #scan(text: string): ImportFileError | null {
    const quote = 34;
    const lineFeed = 10;
    const carriageReturn = 13;
    const space = 32;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (this.#inQuotes) {
        if (this.#quotePending) {
          if (c === quote) {
            this.#quotePending = false;
          } else if (c === this.#delimiter || c === lineFeed || c === carriageReturn) {
            this.#inQuotes = false;
            this.#quotePending = false;
          } else if (c !== space) {
            // papaparse reads `"ab"cd` as an invalid quote and keeps looking for the real end.
            this.#quotePending = false;
          }
        } else if (c === quote) {
          this.#quotePending = true;
        }
      }
      if (!this.#inQuotes) {
        if (c === lineFeed || c === carriageReturn) {
          this.#recordChars = 0;
          this.#atFieldStart = true;
          // A CR LF pair (possibly split between chunks) is one line end; count it once.
          if (!(c === lineFeed && this.#afterCarriageReturn)) this.#recordNumber++;
          this.#afterCarriageReturn = c === carriageReturn;
          continue;
        }
        this.#afterCarriageReturn = false;
        if (c === this.#delimiter) this.#atFieldStart = true;
        else if (c === quote && this.#atFieldStart) {
          this.#inQuotes = true;
          this.#atFieldStart = false;
        } else this.#atFieldStart = false;
      }
      if (++this.#recordChars > this.#maxRecordChars) {
        return new ImportFileError(
          'record_too_large',
          `Row ${this.#recordNumber} goes on for more than ${this.#maxRecordChars} characters: a quote (") is probably never closed`,
          this.#recordNumber,
        );
      }
    }
    return null;
  }
}
