import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ImportFileError } from '../../src/features/identify/imports/parsing/import-file-error.ts';
import { RecordSizeGuard } from '../../src/features/identify/imports/parsing/record-size-guard.ts';

const MAX = 8;

/** The row a guard stops at, or null, for a text fed in pieces cut at `cuts`. */
function stopsAt(text: string, cuts: number[]): number | null {
  const guard = new RecordSizeGuard(';', MAX);
  const ends = [...new Set(cuts.map((cut) => cut % (text.length + 1)))].sort((a, b) => a - b);
  let from = 0;
  try {
    for (const end of [...ends, text.length]) {
      guard.check(text.slice(from, end));
      from = end;
    }
    return null;
  } catch (error) {
    if (!(error instanceof ImportFileError)) throw error;
    return error.rowNumber ?? null;
  }
}

const textOf = (alphabet: string[]) =>
  fc.array(fc.constantFrom(...alphabet), { maxLength: 120 }).map((chars) => chars.join(''));
const cuts = fc.array(fc.nat(), { maxLength: 12 });

describe('the record size guard', () => {
  it('stops at the first line longer than the limit in a file without quotes, however it is cut (property)', () => {
    fc.assert(
      fc.property(textOf(['a', ';', ' ', '\r', '\n']), cuts, (text, pieces) => {
        const lines = text.split(/\r\n|\r|\n/);
        const long = lines.findIndex((line) => line.length > MAX);
        expect(stopsAt(text, pieces)).toBe(long === -1 ? null : long + 1);
      }),
    );
  });

  it('follows quotes across piece boundaries: any cut stops at the same row as none (property)', () => {
    fc.assert(
      fc.property(
        textOf(['a', ';', ' ', '"', '\r', '\n']).filter((text) => text.includes('"')),
        cuts,
        (text, pieces) => {
          expect(stopsAt(text, pieces)).toBe(stopsAt(text, []));
        },
      ),
    );
  });
});
