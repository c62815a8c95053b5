import { describe, expect, it } from 'vitest';
import type { ImportFileErrorCode } from '#contracts/import-report.ts';
import {
  detectCsvFormat,
  ImportFileError,
  sampleBytes,
} from '../../src/features/identify/imports/parsing/index.ts';
import { csvText, germanHeader, importBytes, inspect, lines, utf8, windows1252 } from './files.ts';

const englishHeader =
  'Customer No.,Customer,Invoice date,Invoice No.,Product,Product line,Quantity,Net revenue,Cost';

async function refusal(bytes: Uint8Array, fileName = 'umsatz.csv'): Promise<ImportFileError> {
  const error = await inspect(bytes, { fileName }).then(
    () => null,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(ImportFileError);
  return error as ImportFileError;
}

const code = async (bytes: Uint8Array): Promise<ImportFileErrorCode> => (await refusal(bytes)).code;

describe('encoding', () => {
  const text = csvText([germanHeader, '10001;Müller GmbH;26.11.2026;R-1;Größe L;Textil;1;1.234,56;100,00']);

  it('reads UTF-8 with a BOM, and the BOM is not part of the first header', async () => {
    const format = await inspect(utf8(text, true));
    expect(format.settings).toMatchObject({ kind: 'csv', encoding: 'utf-8' });
    expect(format.headers[0]).toBe('Kundennummer');
    expect(format.mapping.customerNumber).toBe('Kundennummer');
    expect(format.decisions.encoding).toMatchObject({ code: 'byte_order_mark', text: /byte-order mark/ });
  });

  it('reads UTF-8 without a BOM', async () => {
    const format = await inspect(utf8(text));
    expect(format.settings).toMatchObject({ encoding: 'utf-8' });
    expect(format.decisions.encoding?.code).toBe('valid_utf8');
    expect(format.previewRows[0]?.cells[1]).toBe('Müller GmbH');
  });

  it('falls back to Windows-1252 when the bytes are not UTF-8', async () => {
    const format = await inspect(windows1252(text));
    expect(format.settings).toMatchObject({ encoding: 'windows-1252' });
    expect(format.decisions.encoding?.code).toBe('not_utf8');
    expect(format.previewRows[0]?.cells.slice(1, 5)).toEqual(['Müller GmbH', '26.11.2026', 'R-1', 'Größe L']);
  });

  it('reads Excel’s UTF-16 “Unicode text” export', async () => {
    const tabbed = text.replaceAll(';', '\t');
    const bytes = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(tabbed, 'utf16le')]);
    const { format, rows } = await importBytes(bytes);
    expect(format.settings).toMatchObject({ encoding: 'utf-16le', delimiter: '\t' });
    expect(format.headers[0]).toBe('Kundennummer');
    expect(lines(rows).map((line) => [line.customerNumber, line.customerName])).toEqual([
      ['10001', 'Müller GmbH'],
    ]);
  });

  it('does not take a UTF-8 character cut at the end of a partial sample for Windows-1252', () => {
    const line = '10001;Müller GmbH;26.11.2026;R-1;Größe L;Textil;1;1.234,56;100,00\r\n';
    const bytes = Buffer.from(`${germanHeader}\r\n${line.repeat(Math.ceil(sampleBytes / line.length) + 1)}`);
    // Cut right inside the two bytes of an “ü”.
    const cut = bytes.indexOf(Buffer.from('ü'), sampleBytes - 200) + 1;
    const format = detectCsvFormat(bytes.subarray(0, cut), { complete: false });
    expect(format.settings).toMatchObject({ encoding: 'utf-8' });
  });
});

describe('delimiter', () => {
  it.each([
    [';', germanHeader, '10001;"Müller; Söhne";26.11.2026;R-1;A;B;1;1.234,56;100,00'],
    [',', englishHeader, '10001,"Miller, Sons",11/26/2026,R-1,A,B,1,"1,234.56",100.00'],
    [
      '\t',
      germanHeader.replaceAll(';', '\t'),
      '10001\tMüller GmbH\t26.11.2026\tR-1\tA\tB\t1\t1.234,56\t100,00',
    ],
  ])('detects “%s”, quotes respected', async (delimiter, header, row) => {
    const format = await inspect(utf8(csvText([header, row, row, row])));
    expect(format.settings).toMatchObject({ delimiter });
    expect(format.headers).toHaveLength(9);
    expect(format.previewRows[0]?.cells).toHaveLength(9);
  });

  it('is not fooled by comma decimals in a semicolon file', async () => {
    const format = await inspect(utf8(csvText([germanHeader, '1;A;26.11.2026;R;A;B;1,5;1234,56;100,00'])));
    expect(format.settings).toMatchObject({ delimiter: ';' });
  });

  it('goes by consistent widths when the headers are unfamiliar', async () => {
    const format = await inspect(utf8(csvText(['Nr;Name;Wert', '1;A;1,50', '2;B;2,50', '3;C;3'])));
    expect(format.settings).toMatchObject({ delimiter: ';' });
    expect(format.decisions.delimiter).toMatchObject({
      code: 'consistent_columns',
      percent: 100,
      columns: 3,
      text: /100 % of the sample lines into 3 columns/,
    });
    expect(format.missingRequired).toEqual(['customerNumber', 'invoiceDate', 'documentNumber', 'netRevenue']);
  });

  it('finds the header below the title lines of an ERP report', async () => {
    const format = await inspect(
      utf8(
        csvText([
          'Umsatzliste 2026',
          'Erstellt am 01.12.2026',
          '',
          germanHeader,
          '1;A;26.11.2026;R;A;B;1;5,00;1,00',
        ]),
      ),
    );
    expect(format.settings).toMatchObject({ delimiter: ';', headerRowNumber: 4 });
    expect(format.decisions.headerRow).toMatchObject({ code: 'known_headers', count: 9 });
    expect(format.decisions.delimiter).toMatchObject({ code: 'known_headers', count: 9 });
    expect(format.previewRows[0]?.rowNumber).toBe(5);
  });

  it('uses the user’s separator when given', async () => {
    const format = await inspect(utf8(csvText(['a|b', '1|2'])), { overrides: { delimiter: ',' } });
    expect(format.settings).toMatchObject({ delimiter: ',' });
    expect(format.decisions.delimiter?.code).toBe('chosen_by_user');
  });
});

describe('decimal style', () => {
  it('decides comma decimals from German amounts and says why', async () => {
    const format = await inspect(
      utf8(
        csvText([germanHeader, '1;A;26.11.2026;R;A;B;1;1.234,56;100,00', '1;A;26.11.2026;R;A;B;1;99,5;1,00']),
      ),
    );
    expect(format.settings.decimalStyle).toBe('comma');
    expect(format.decisions.decimalStyle).toMatchObject({ basis: 'sample', commaVotes: 4, pointVotes: 0 });
    expect(format.decisions.decimalStyle.reason).toContain('1.234,56');
  });

  it('decides point decimals from English amounts, even in a semicolon file', async () => {
    const format = await inspect(
      utf8(
        csvText([germanHeader, '1;A;2026-11-26;R;A;B;1;1,234.56;100.00', '1;A;2026-11-26;R;A;B;1;1,000;3.5']),
      ),
    );
    expect(format.settings.decimalStyle).toBe('point');
  });

  it('falls back on the separator when no amount shows its decimal mark', async () => {
    const semicolon = await inspect(utf8(csvText([germanHeader, '1;A;26.11.2026;R;A;B;1;1.234;100'])));
    expect(semicolon.settings.decimalStyle).toBe('comma');
    expect(semicolon.decisions.decimalStyle.basis).toBe('default');
    const comma = await inspect(utf8(csvText([englishHeader, '1,A,2026-11-26,R,A,B,1,1234,100'])));
    expect(comma.settings.decimalStyle).toBe('point');
  });

  it('goes with the majority when the sample is mixed, and says so', async () => {
    const format = await inspect(
      utf8(
        csvText([
          germanHeader,
          '1;A;26.11.2026;R;A;B;1;1,50;1,00',
          '1;A;26.11.2026;R;A;B;1;2,50;1,00',
          '1;A;26.11.2026;R;A;B;1;3.50;1,00',
        ]),
      ),
    );
    expect(format.decisions.decimalStyle).toMatchObject({ style: 'comma', commaVotes: 5, pointVotes: 1 });
    expect(format.decisions.decimalStyle.reason).toContain('will be reported');
  });
});

describe('date format', () => {
  const file = (dates: string[], amount = '1,00') =>
    utf8(csvText([germanHeader, ...dates.map((date) => `1;A;${date};R;A;B;1;${amount};${amount}`)]));

  it.each([
    ['DD.MM.YYYY', ['26.11.2026', '01.02.2026']],
    ['YYYY-MM-DD', ['2026-11-26', '2026-02-01']],
  ])('recognises %s', async (format, dates) => {
    const detected = await inspect(file(dates));
    expect(detected.settings.dateFormat).toBe(format);
    expect(detected.decisions.dateFormat).toMatchObject({ basis: 'sample', ambiguous: false });
  });

  it('decides day-first when a first part is above 12', async () => {
    const detected = await inspect(file(['03/04/2026', '26/11/2026'], '1.00'));
    expect(detected.decisions.dateFormat).toMatchObject({
      format: 'DD/MM/YYYY',
      ambiguous: false,
      basis: 'sample',
    });
  });

  it('decides month-first when a second part is above 12', async () => {
    const detected = await inspect(file(['03/04/2026', '11/26/2026'], '1,00'));
    expect(detected.decisions.dateFormat).toMatchObject({ format: 'MM/DD/YYYY', ambiguous: false });
  });

  it('reports an undecidable slash file as ambiguous and defaults by the decimal style', async () => {
    const german = await inspect(file(['03/04/2026', '01/02/2026'], '1,50'));
    expect(german.decisions.dateFormat).toMatchObject({
      format: 'DD/MM/YYYY',
      ambiguous: true,
      basis: 'default',
    });
    const english = await inspect(file(['03/04/2026', '01/02/2026'], '1.50'));
    expect(english.settings.decimalStyle).toBe('point');
    expect(english.decisions.dateFormat).toMatchObject({ format: 'MM/DD/YYYY', ambiguous: true });
    expect(english.decisions.dateFormat.reason).toMatch(/cannot be told apart/);
  });

  it('takes the user’s date format', async () => {
    const detected = await inspect(file(['03/04/2026']), { overrides: { dateFormat: 'MM/DD/YYYY' } });
    expect(detected.decisions.dateFormat).toMatchObject({ format: 'MM/DD/YYYY', basis: 'user' });
  });
});

describe('refused files', () => {
  it('refuses an empty file', async () => {
    expect(await code(Buffer.alloc(0))).toBe('empty_file');
    expect(await code(utf8('\r\n  \r\n;;;\r\n', true))).toBe('empty_file');
  });

  it('refuses a file of only a header', async () => {
    const error = await refusal(utf8(csvText([germanHeader, '', ''])));
    expect(error.code).toBe('header_only');
    expect(error.message).toMatch(/no data rows/);
  });

  it('refuses a binary file renamed .csv', async () => {
    const png = Buffer.from([
      0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52,
    ]);
    const error = await refusal(png, 'umsatz.csv');
    expect(error.code).toBe('binary_file');
    expect(error.message).toContain('umsatz.csv');
    const noise = Buffer.from(Array.from({ length: 4096 }, (_, i) => ((i * 7919) % 255) + 1));
    expect(await code(noise)).toBe('binary_file');
  });

  it('refuses an old .xls workbook with advice', async () => {
    const ole = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]);
    const error = await refusal(ole, 'umsatz.xls');
    expect(error.code).toBe('xls_not_supported');
    expect(error.message).toMatch(/\.xlsx/);
  });

  it('refuses an HTML “Excel export”', async () => {
    expect(await code(utf8('<html><body><table><tr><td>1</td></tr></table></body></html>'))).toBe(
      'unsupported_format',
    );
  });

  it('tells the kind by content, not by name', async () => {
    const format = await inspect(utf8(csvText([germanHeader, '1;A;26.11.2026;R;A;B;1;5,00;1,00'])), {
      fileName: 'export.xlsx',
    });
    expect(format.settings.kind).toBe('csv');
  });
});
