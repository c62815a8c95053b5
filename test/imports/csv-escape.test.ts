import fc from 'fast-check';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import type { CsvSettings } from '#contracts/import-formats.ts';
import { csvEscape, csvRecord } from '../../src/core/csv-escape.ts';
import { readRevenueLines } from '../../src/features/identify/imports/parsing/index.ts';
import { chunked, collect } from './files.ts';

const formulaStart = /^[=+\-@\t\r]/;

/** Text with the characters that matter to CSV and spreadsheets, and some German ones. */
const trickyText = fc
  .array(
    fc.constantFrom(
      'a',
      'Z',
      'ü',
      'ß',
      '€',
      ' ',
      ';',
      ',',
      '"',
      '\n',
      '\r',
      '\t',
      '=',
      '+',
      '-',
      '@',
      '1',
      "'",
    ),
    {
      maxLength: 20,
    },
  )
  .map((chars) => chars.join(''));

describe('csvEscape', () => {
  it('neutralises what a spreadsheet would run as a formula', () => {
    expect(csvEscape('=HYPERLINK("http://evil.example";"klick")')).toBe(
      '"\'=HYPERLINK(""http://evil.example"";""klick"")"',
    );
    expect(csvEscape('+49 89 123')).toBe("'+49 89 123");
    expect(csvEscape('-R-2')).toBe("'-R-2");
    expect(csvEscape('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvEscape('\t=1')).toBe("'\t=1");
    expect(csvEscape('\r=1')).toBe('"\'\r=1"');
  });

  it('quotes what CSV needs quoted and leaves the rest', () => {
    expect(csvEscape('Müller GmbH')).toBe('Müller GmbH');
    expect(csvEscape('Müller; Söhne')).toBe('"Müller; Söhne"');
    expect(csvEscape('Müller, Sons', ',')).toBe('"Müller, Sons"');
    expect(csvEscape('24" Monitor')).toBe('"24"" Monitor"');
    expect(csvEscape('Zeile 1\nZeile 2')).toBe('"Zeile 1\nZeile 2"');
    expect(csvEscape(null)).toBe('');
    expect(csvEscape(-1234.5)).toBe('-1234.5');
    expect(csvRecord(['a', '=1', null, 2])).toBe("a;'=1;;2");
  });

  it('gives back the text, formula prefix included, when papaparse reads the field (property)', () => {
    fc.assert(
      fc.property(trickyText, fc.constantFrom(';', ',', '\t'), (text, delimiter) => {
        const line = csvRecord([text, 'x'], delimiter);
        const parsed = Papa.parse<string[]>(line, { delimiter, newline: '\r\n' }).data;
        const expected = formulaStart.test(text) ? `'${text}` : text;
        expect(parsed).toEqual([[expected, 'x']]);
      }),
    );
  });

  it('survives an export and a re-import through the reader, cut into any chunks (property)', async () => {
    const settings: CsvSettings = {
      kind: 'csv',
      encoding: 'utf-8',
      delimiter: ';',
      newline: '\r\n',
      headerRowNumber: 1,
      decimalStyle: 'comma',
      dateFormat: 'DD.MM.YYYY',
    };
    const mapping = {
      customerNumber: 'Kundennummer',
      invoiceDate: 'Datum',
      documentNumber: 'Belegnummer',
      netRevenue: 'Umsatz',
      product: 'Artikel',
    };
    await fc.assert(
      fc.asyncProperty(
        fc.array(trickyText, { minLength: 1, maxLength: 8 }),
        fc.integer({ min: 1, max: 64 }),
        async (products, size) => {
          const body = [
            csvRecord(['Kundennummer', 'Datum', 'Belegnummer', 'Umsatz', 'Artikel']),
            ...products.map((product, i) => csvRecord([`K${i}`, '26.11.2026', `R-${i}`, '1,00', product])),
          ].join('\r\n');
          const rows = await collect(
            readRevenueLines(chunked(Buffer.from(body), size), { settings, mapping }),
          );
          const expected = products.map(
            (product) => (formulaStart.test(product) ? `'${product}` : product).trim() || null,
          );
          expect(rows.map((row) => (row.ok ? row.line.product : row.problems))).toEqual(expected);
        },
      ),
      { numRuns: 60 },
    );
  });
});
