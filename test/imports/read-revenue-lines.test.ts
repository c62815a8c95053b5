import { describe, expect, it } from 'vitest';
import type { CsvSettings } from '#contracts/import-formats.ts';
import {
  ImportFileError,
  type RevenueRow,
  readRevenueLines,
} from '../../src/features/identify/imports/parsing/index.ts';
import {
  chunked,
  collect,
  csvText,
  germanHeader,
  importBytes,
  inspect,
  lines,
  problems,
  utf8,
  windows1252,
} from './files.ts';

const row = (fields: Partial<Record<'number' | 'name' | 'date' | 'doc' | 'amount' | 'cost', string>>) =>
  [
    fields.number ?? '10001',
    fields.name ?? 'Müller GmbH',
    fields.date ?? '26.11.2026',
    fields.doc ?? 'R-1',
    'Artikel',
    'Textil',
    '1',
    fields.amount ?? '1.234,56',
    fields.cost ?? '100,00',
  ].join(';');

describe('reading a German CSV export', () => {
  it('yields normalised lines with the row numbers the user sees', async () => {
    const { rows } = await importBytes(
      windows1252(
        csvText([
          germanHeader,
          '10001;Müller GmbH;26.11.2026;R-1;Größe L;Textil;1.000;1.234,56 €;(100,00)',
          '',
          '  10002 ; Schmidt & Söhne ;01.12.2026;R-2;;;;-50,00;',
        ]),
      ),
    );
    expect(rows).toEqual<RevenueRow[]>([
      {
        ok: true,
        line: {
          rowNumber: 2,
          customerNumber: '10001',
          customerName: 'Müller GmbH',
          invoiceDate: '2026-11-26',
          documentNumber: 'R-1',
          product: 'Größe L',
          productLine: 'Textil',
          quantity: 1000,
          netRevenueCents: 123456,
          costOfGoodsCents: -10000,
          currency: 'EUR',
        },
      },
      {
        ok: true,
        line: {
          rowNumber: 4,
          customerNumber: '10002',
          customerName: 'Schmidt & Söhne',
          invoiceDate: '2026-12-01',
          documentNumber: 'R-2',
          product: null,
          productLine: null,
          quantity: null,
          netRevenueCents: -5000,
          costOfGoodsCents: null,
          currency: 'EUR',
        },
      },
    ]);
  });

  it('counts a record with a quoted line break as one row, as a spreadsheet does', async () => {
    const { rows } = await importBytes(
      utf8(csvText([germanHeader, row({ name: '"Müller\r\nGmbH"' }), row({ doc: 'R-2' })])),
    );
    expect(lines(rows).map((line) => [line.rowNumber, line.customerName])).toEqual([
      [2, 'Müller\r\nGmbH'],
      [3, 'Müller GmbH'],
    ]);
  });

  it('reads English files: comma separated, point decimals, US dates', async () => {
    const { format, rows } = await importBytes(
      utf8(
        csvText([
          'Customer No.,Customer,Invoice date,Invoice No.,Net revenue,Currency',
          '10001,"Miller, Inc.",11/26/2026,INV-1,"1,234.56",USD',
          '10002,Acme,01/02/2026,INV-2,(99.90),',
        ]),
      ),
      { defaultCurrency: 'USD' },
    );
    expect(format.settings).toMatchObject({
      delimiter: ',',
      decimalStyle: 'point',
      dateFormat: 'MM/DD/YYYY',
    });
    expect(lines(rows).map((line) => [line.invoiceDate, line.netRevenueCents, line.currency])).toEqual([
      ['2026-11-26', 123456, 'USD'],
      ['2026-01-02', -9990, 'USD'],
    ]);
  });

  it.each([
    ['LF', '\n'],
    ['CR', '\r'],
  ])('reads files with %s line ends', async (_name, newline) => {
    const { format, rows } = await importBytes(
      utf8(csvText([germanHeader, row({}), '', row({ doc: 'R-2' })], newline)),
    );
    expect(format.settings).toMatchObject({ newline });
    expect(lines(rows).map((line) => [line.rowNumber, line.documentNumber])).toEqual([
      [2, 'R-1'],
      [4, 'R-2'],
    ]);
  });

  it('reads tab-separated files', async () => {
    const { format, rows } = await importBytes(
      utf8(csvText([germanHeader.replaceAll(';', '\t'), row({}).replaceAll(';', '\t')])),
    );
    expect(format.settings).toMatchObject({ delimiter: '\t' });
    expect(lines(rows)).toHaveLength(1);
  });

  it('reads ISO dates and the amount’s own currency; mixed currencies pass', async () => {
    const { rows } = await importBytes(
      utf8(
        csvText([
          'Kundennummer;Datum;Belegnummer;Umsatz;Währung',
          '1;2026-11-26;R-1;100,00;eur',
          '2;2026-11-27;R-2;200,00 CHF;',
          '3;2026-11-28;R-3;300,00;€',
          '4;2026-11-29;R-4;400,00 $;EUR',
        ]),
      ),
    );
    expect(lines(rows).map((line) => [line.invoiceDate, line.currency])).toEqual([
      ['2026-11-26', 'EUR'],
      ['2026-11-27', 'CHF'],
      ['2026-11-28', 'EUR'],
    ]);
    expect(problems(rows)).toEqual([
      {
        rowNumber: 5,
        column: 'Währung',
        code: 'currency_mismatch',
        message: expect.stringContaining('USD'),
        value: 'EUR',
      },
    ]);
  });
});

describe('bad rows', () => {
  it('reports every problem of a row with its row number, column and the value found', async () => {
    const { rows } = await importBytes(
      utf8(
        csvText([
          germanHeader,
          row({}),
          row({ number: '', date: '31.02.2026', amount: 'abc', cost: '12.5' }),
          row({ doc: 'R-3' }),
        ]),
      ),
    );
    expect(lines(rows).map((line) => line.rowNumber)).toEqual([2, 4]);
    expect(rows[1]).toEqual({
      ok: false,
      rowNumber: 3,
      problems: [
        {
          rowNumber: 3,
          column: 'Kundennummer',
          code: 'missing_value',
          message: 'The value is missing',
          value: null,
        },
        {
          rowNumber: 3,
          column: 'Rechnungsdatum',
          code: 'impossible_date',
          message: '“31.02.2026” is not a date in the calendar',
          value: '31.02.2026',
        },
        {
          rowNumber: 3,
          column: 'Umsatz',
          code: 'invalid_amount',
          message: "“abc” is not an amount in the file's format (like 1.234,56)",
          value: 'abc',
        },
        {
          rowNumber: 3,
          column: 'Wareneinsatz',
          code: 'invalid_amount',
          message: "“12.5” is not an amount in the file's format (like 1.234,56)",
          value: '12.5',
        },
      ],
    });
  });

  it('reports a row with too many fields, and one with too few', async () => {
    const { rows } = await importBytes(
      utf8(
        csvText([
          germanHeader,
          row({}),
          `${row({ name: 'Müller; Söhne' })}`,
          '10003;X;26.11.2026;R-3',
          `${row({})};`,
        ]),
      ),
    );
    expect(problems(rows).map((problem) => [problem.rowNumber, problem.column, problem.code])).toEqual([
      [3, null, 'too_many_fields'],
      [4, null, 'too_few_fields'],
    ]);
    // A trailing separator adds an empty field only, which is harmless.
    expect(lines(rows).map((line) => line.rowNumber)).toEqual([2, 5]);
  });

  it('keeps formula-looking cells as plain text, never evaluated', async () => {
    const { rows } = await importBytes(
      utf8(
        csvText([
          'Kundennummer;Kunde;Datum;Belegnummer;Artikel;Umsatz',
          '1;"=HYPERLINK(""http://evil.example"";""klick"")";26.11.2026;R-1;+SUM(A1:A9);10,00',
          '2;@cmd;26.11.2026;-R-2;-2+3;10,00',
        ]),
      ),
    );
    expect(lines(rows).map((line) => [line.customerName, line.documentNumber, line.product])).toEqual([
      ['=HYPERLINK("http://evil.example";"klick")', 'R-1', '+SUM(A1:A9)'],
      ['@cmd', '-R-2', '-2+3'],
    ]);
  });

  it('refuses text over 500 characters', async () => {
    const { rows } = await importBytes(
      utf8(csvText([germanHeader, row({ name: 'x'.repeat(501) }), row({})])),
    );
    expect(problems(rows)).toMatchObject([{ rowNumber: 2, column: 'Kunde', code: 'too_long' }]);
  });

  it('says which encoding to choose when a UTF-8 file turns out to be Windows-1252 late', async () => {
    // The detection saw only the first MiB, which was plain ASCII and so valid UTF-8.
    const head = utf8(csvText([germanHeader, row({ name: 'Mueller' })]));
    const format = await inspect(head);
    expect(format.settings).toMatchObject({ encoding: 'utf-8' });
    const tail = windows1252(csvText([row({ name: 'Müller' })]));
    const rows = await collect(
      readRevenueLines(chunked(Buffer.concat([head, tail])), {
        settings: format.settings,
        mapping: format.mapping,
      }),
    );
    expect(problems(rows)).toMatchObject([{ rowNumber: 3, column: 'Kunde', code: 'invalid_encoding' }]);
  });

  it('points at the other slash order when a late row contradicts the decision', async () => {
    const { rows } = await importBytes(
      utf8(
        csvText([
          'Kundennummer;Datum;Belegnummer;Umsatz',
          '1;03/04/2026;R-1;1,00',
          '2;11/26/2026;R-2;1,00',
          '3;26/11/2026;R-3;1,00',
          '4;26/11/2026;R-4;1,00',
        ]),
      ),
    );
    expect(problems(rows)).toMatchObject([
      { rowNumber: 3, code: 'impossible_date', message: expect.stringContaining('MM/DD/YYYY') },
    ]);
  });
});

describe('whole-file refusals and settings', () => {
  const bytes = utf8(csvText([germanHeader, row({})]));

  async function failure(promise: Promise<unknown>): Promise<ImportFileError> {
    const error = await promise.then(
      () => null,
      (caught: unknown) => caught,
    );
    expect(error).toBeInstanceOf(ImportFileError);
    return error as ImportFileError;
  }

  it('refuses a mapping that leaves a required field without a column', async () => {
    const format = await inspect(utf8(csvText(['Kunde;Datum;Umsatz', 'A;26.11.2026;1,00'])));
    expect(format.missingRequired).toEqual(['customerNumber', 'documentNumber']);
    const error = await failure(
      collect(readRevenueLines(chunked(bytes), { ...format, mapping: format.mapping })),
    );
    expect(error.code).toBe('mapping_incomplete');
    expect(error.message).toContain('customerNumber, documentNumber');
  });

  it('refuses a mapped column the file does not have', async () => {
    const format = await inspect(bytes);
    const mapping = { ...format.mapping, netRevenue: 'Bruttoumsatz' };
    const error = await failure(
      collect(readRevenueLines(chunked(bytes), { settings: format.settings, mapping })),
    );
    expect(error).toMatchObject({ code: 'column_not_found', rowNumber: 1 });
  });

  it('finds a preset’s column despite case and punctuation', async () => {
    const format = await inspect(bytes);
    const mapping = { ...format.mapping, customerNumber: 'KUNDEN-NUMMER' };
    const rows = await collect(readRevenueLines(chunked(bytes), { settings: format.settings, mapping }));
    expect(lines(rows)).toHaveLength(1);
  });

  it('refuses a quote that is never closed before it fills memory', async () => {
    const body = `${germanHeader}\r\n${row({ name: '"Müller' })}\r\n${row({}).concat('\r\n').repeat(20_000)}`;
    const format = await inspect(utf8(csvText([germanHeader, row({})])));
    const error = await failure(
      collect(
        readRevenueLines(chunked(utf8(body), 65_536), { settings: format.settings, mapping: format.mapping }),
      ),
    );
    expect(error).toMatchObject({ code: 'record_too_large', rowNumber: 2 });
  });

  it('reads the same bytes twice to the same result (validate, then commit)', async () => {
    const format = await inspect(bytes);
    const options = { settings: format.settings, mapping: format.mapping };
    expect(await collect(readRevenueLines(chunked(bytes), options))).toEqual(
      await collect(readRevenueLines(chunked(bytes, 3), options)),
    );
  });

  it('applies the user’s decimal style over the detected one', async () => {
    const format = await inspect(bytes);
    const settings: CsvSettings = { ...(format.settings as CsvSettings), decimalStyle: 'point' };
    const rows = await collect(readRevenueLines(chunked(bytes), { settings, mapping: format.mapping }));
    expect(problems(rows).map((problem) => problem.code)).toEqual(['invalid_amount', 'invalid_amount']);
  });

  it('lets the consumer stop early and releases the source', async () => {
    let released = false;
    async function* source() {
      try {
        yield* chunked(utf8(csvText([germanHeader, ...Array.from({ length: 1000 }, () => row({}))])), 1024);
      } finally {
        released = true;
      }
    }
    const format = await inspect(bytes);
    for await (const item of readRevenueLines(source(), {
      settings: format.settings,
      mapping: format.mapping,
    })) {
      expect(item.ok).toBe(true);
      break;
    }
    await new Promise((resolve) => setImmediate(resolve));
    expect(released).toBe(true);
  });
});
