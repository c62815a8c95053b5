import { analyseTable } from './analyse-table.ts';
import { type SheetRow, textCell } from './cell.ts';
import { chooseDelimiter, detectNewline, scoreDelimiter } from './choose-delimiter.ts';
import { chosenByUser, type DetectedFormat, type DetectOptions, sampleBytes } from './detected-format.ts';
import { sniffFile } from './sniff-file.ts';

/**
 * Everything about a CSV file that can be learnt from its first bytes (up to sampleBytes):
 * encoding, separator, line ends, header row, decimal style and date format, plus the
 * suggested mapping and preview rows. An XLSX head is refused here: use inspectFile, which
 * reads the workbook as a stream.
 */
export function detectCsvFormat(head: Uint8Array, options: DetectOptions = {}): DetectedFormat {
  const complete = options.complete ?? head.length < sampleBytes;
  const sniffed = sniffFile(head, {
    fileName: options.fileName,
    complete,
    encoding: options.overrides?.encoding,
  });
  if (sniffed.kind !== 'csv') throw new TypeError('detectCsvFormat was given an XLSX file; use inspectFile');
  const newline = detectNewline(sniffed.text);
  const chosen = options.overrides?.delimiter
    ? {
        score: scoreDelimiter(sniffed.text, options.overrides.delimiter, newline, complete),
        reason: chosenByUser,
      }
    : chooseDelimiter(sniffed.text, newline, complete);
  const delimiter = chosen.score.delimiter;
  const rows: SheetRow[] = chosen.score.records.map((record, i) => ({
    rowNumber: i + 1,
    cells: record.map(textCell),
  }));
  const table = analyseTable({ kind: 'csv', rows, complete, delimiter, fileName: options.fileName }, options);
  const { table: settings, decisions, ...rest } = table;
  return {
    ...rest,
    settings: { kind: 'csv', encoding: sniffed.encoding, delimiter, newline, ...settings },
    decisions: { ...decisions, encoding: sniffed.encodingReason, delimiter: chosen.reason },
  };
}
