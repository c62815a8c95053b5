import v8 from 'node:v8';
import vm from 'node:vm';
import { describe, expect, it } from 'vitest';
import { readRevenueLines } from '../../src/features/identify/imports/parsing/index.ts';
import { germanHeader, inspect, windows1252 } from './files.ts';

const lineCount = 200_000;

/** Line i of the generated export; amounts run from -5,00 to 9.994,99 € and include credit notes. */
function exportLine(i: number): string {
  const cents = ((i * 7919) % 1_000_000) - 500;
  const sign = cents < 0 ? '-' : '';
  const units = String(Math.floor(Math.abs(cents) / 100)).replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  const amount = `${sign}${units},${String(Math.abs(cents) % 100).padStart(2, '0')}`;
  const day = String((i % 28) + 1).padStart(2, '0');
  return `${10000 + (i % 5000)};Müller & Söhne ${i % 5000};${day}.11.2026;R-${i};Größe ${i % 40};Textil;${i % 9};${amount};1,00\r\n`;
}

function expectedCents(i: number): number {
  return ((i * 7919) % 1_000_000) - 500;
}

/** The file, produced piece by piece as the import service streams it out of PostgreSQL. */
async function* generatedExport(): AsyncGenerator<Buffer> {
  yield windows1252(`${germanHeader}\r\n`);
  const perChunk = 500;
  for (let from = 0; from < lineCount; from += perChunk) {
    let text = '';
    for (let i = from; i < Math.min(from + perChunk, lineCount); i++) text += exportLine(i);
    yield windows1252(text);
  }
}

/**
 * A full garbage collection before each measurement, so the test sees what the reader keeps
 * alive, not garbage V8 has not yet bothered to collect (that alone can exceed 100 MB here).
 */
function collectGarbage(): void {
  v8.setFlagsFromString('--expose-gc');
  (vm.runInNewContext('gc') as () => void)();
}

describe('memory', () => {
  it(`streams ${lineCount} lines with flat memory`, async () => {
    const head = windows1252(
      `${germanHeader}\r\n${Array.from({ length: 50 }, (_, i) => exportLine(i)).join('')}`,
    );
    const format = await inspect(head);
    let expectedSum = 0;
    for (let i = 0; i < lineCount; i++) expectedSum += expectedCents(i);

    collectGarbage();
    const before = process.memoryUsage().heapUsed;
    let peak = before;
    let count = 0;
    let sum = 0;
    let bad = 0;
    for await (const row of readRevenueLines(generatedExport(), {
      settings: format.settings,
      mapping: format.mapping,
    })) {
      if (!row.ok) {
        bad++;
        continue;
      }
      count++;
      sum += row.line.netRevenueCents;
      if (count % 20_000 === 0) {
        collectGarbage();
        peak = Math.max(peak, process.memoryUsage().heapUsed);
      }
    }
    expect(bad).toBe(0);
    expect(count).toBe(lineCount);
    expect(sum).toBe(expectedSum);
    // The file is ~22 MB of text; a reader that kept its lines would hold ~80 MB, one that
    // kept the text or its records more. A streaming reader keeps about one chunk (< 1 MB).
    expect(peak - before).toBeLessThan(40 * 1024 * 1024);
  });
});
