import iconv from 'iconv-lite';
import Papa from 'papaparse';
import type { Delimiter, Newline, TextEncoding } from '#contracts/import-formats.ts';
import { type SheetRow, textCell } from './cell.ts';
import { RecordSizeGuard } from './record-size-guard.ts';

export interface CsvDialect {
  encoding: TextEncoding;
  delimiter: Delimiter;
  /** Fixed per file so that the detection and every later pass split records alike. */
  newline: Newline;
}

/** The options both the sample parse and the stream parse use, so record numbers agree. */
export function papaConfig(dialect: Pick<CsvDialect, 'delimiter' | 'newline'>) {
  return {
    delimiter: dialect.delimiter,
    newline: dialect.newline,
    quoteChar: '"',
    escapeChar: '"',
    header: false,
    dynamicTyping: false,
    // Empty lines still count as rows (a spreadsheet shows them), the reader skips them.
    skipEmptyLines: false,
  } as const;
}

/**
 * Every CSV record as text cells, in batches (one per chunk), streamed: bytes → iconv-lite decoder (keeps a character cut
 * between two chunks whole, strips a BOM) → guard against unclosed quotes → papaparse's core
 * parser, chunk by chunk. The parser is told to hold back the last, possibly incomplete record
 * of each chunk (its `ignoreLastRow`), which is then parsed again with the next chunk; this is
 * what papaparse's own ChunkStreamer does, without its Node stream wrapper, whose pause and
 * resume every 16 rows copy the rest of the chunk each time and cost a factor of three. Being
 * an async generator, it reads the next chunk only when the consumer asks: memory holds one
 * chunk and its rows whatever the file size. Record n (from 1, empty lines included) is row
 * n, which is the row a spreadsheet shows, also when a quoted field spans several lines.
 */
export async function* csvRecords(
  source: AsyncIterable<Uint8Array>,
  dialect: CsvDialect,
  maxRecordChars?: number,
): AsyncGenerator<SheetRow[]> {
  const decoder = iconv.getDecoder(dialect.encoding);
  const guard = new RecordSizeGuard(dialect.delimiter, maxRecordChars);
  const parser = new Papa.Parser(papaConfig(dialect));
  let rowNumber = 0;
  let pending = '';

  // The rows of a chunk go out as one batch: an await per row would cost more than parsing it.
  function parse(text: string, final: boolean): SheetRow[] {
    const input = pending + text;
    const result = parser.parse(input, 0, !final) as { data: string[][]; meta: { cursor: number } };
    pending = final ? '' : input.slice(result.meta.cursor);
    return result.data.map((fields) => ({ rowNumber: ++rowNumber, cells: fields.map(textCell) }));
  }

  for await (const chunk of source) {
    const text = decoder.write(Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength));
    if (!text) continue;
    guard.check(text);
    yield parse(text, false);
  }
  const rest = decoder.end() ?? '';
  guard.check(rest);
  yield parse(rest, true);
}
