import { analyseTable } from './analyse-table.ts';
import type { SheetRow } from './cell.ts';
import { detectCsvFormat } from './detect-format.ts';
import { type DetectedFormat, type DetectOptions, sampleBytes } from './detected-format.ts';
import { ImportFileError } from './import-file-error.ts';
import { sniffFile } from './sniff-file.ts';
import { xlsxRows } from './xlsx-rows.ts';

/** Rows of a workbook the detection looks at (header search, decisions, preview). */
export const xlsxSampleRows = 1000;

export type InspectOptions = Omit<DetectOptions, 'complete'>;

interface Head {
  chunks: Uint8Array[];
  bytes: Buffer;
  complete: boolean;
}

/** Up to sampleBytes from the source, keeping the chunks so an XLSX can be read on from there. */
async function readHead(iterator: AsyncIterator<Uint8Array>): Promise<Head> {
  const chunks: Uint8Array[] = [];
  let length = 0;
  while (length < sampleBytes) {
    const next = await iterator.next();
    if (next.done) {
      const bytes = Buffer.concat(chunks);
      return { chunks, bytes, complete: true };
    }
    chunks.push(next.value);
    length += next.value.byteLength;
  }
  return { chunks, bytes: Buffer.concat(chunks).subarray(0, sampleBytes), complete: false };
}

async function* replay(
  chunks: readonly Uint8Array[],
  rest: AsyncIterator<Uint8Array>,
): AsyncGenerator<Uint8Array> {
  try {
    yield* chunks;
    for (let next = await rest.next(); !next.done; next = await rest.next()) yield next.value;
  } finally {
    await rest.return?.();
  }
}

/**
 * Detect everything about an uploaded file from its stream: kind, then for CSV the dialect
 * from the first sampleBytes, for XLSX the first xlsxSampleRows rows of the first sheet. Reads
 * no more than it needs and closes the source. Refuses empty, binary, header-only and other
 * unusable files with an ImportFileError.
 *
 * Note for XLSX: Excel stores the sheet before the shared strings, so exceljs has to unzip up
 * to the end of the file (into a temp file, not memory) before the first row is known.
 */
export async function inspectFile(
  source: AsyncIterable<Uint8Array>,
  options: InspectOptions = {},
): Promise<DetectedFormat> {
  const iterator = source[Symbol.asyncIterator]();
  let handedOver = false;
  try {
    const head = await readHead(iterator);
    const sniffed = sniffFile(head.bytes, {
      fileName: options.fileName,
      complete: head.complete,
      encoding: options.overrides?.encoding,
    });
    if (sniffed.kind === 'csv') return detectCsvFormat(head.bytes, { ...options, complete: head.complete });

    handedOver = true;
    const rows: SheetRow[] = [];
    let complete = true;
    // xlsxRows owns the source from here and closes it, also when we stop early.
    for await (const row of xlsxRows(replay(head.chunks, iterator))) {
      if (rows.length === xlsxSampleRows) {
        complete = false;
        break;
      }
      rows.push(row);
    }
    if (rows.length === 0)
      throw new ImportFileError('empty_file', 'The first worksheet of the workbook is empty');
    const table = analyseTable(
      { kind: 'xlsx', rows, complete, delimiter: null, fileName: options.fileName },
      options,
    );
    const { table: settings, decisions, ...rest } = table;
    return {
      ...rest,
      settings: { kind: 'xlsx', ...settings },
      decisions: { ...decisions, encoding: null, delimiter: null },
    };
  } finally {
    if (!handedOver) await iterator.return?.();
  }
}
