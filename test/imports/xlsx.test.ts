import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  ImportFileError,
  readRevenueLines,
  suggestMapping,
} from '../../src/features/identify/imports/parsing/index.ts';
import { eventually } from '../setup/eventually.ts';
import { chunked, collect, importBytes, inspect, lines, problems, xlsxBytes } from './files.ts';

const header = [
  'Customer No.',
  'Customer',
  'Invoice date',
  'Invoice No.',
  'Product',
  'Quantity',
  'Net revenue',
  'COGS',
];

/** The same workbook with its ZIP entries in the given order (the rest after them). */
async function reorderZip(bytes: Uint8Array, first: readonly string[]): Promise<Buffer> {
  const source = await JSZip.loadAsync(bytes);
  const names = Object.keys(source.files).filter((name) => !source.files[name]?.dir);
  const target = new JSZip();
  for (const name of [...first, ...names.filter((name) => !first.includes(name))]) {
    const entry = source.file(name);
    if (entry) target.file(name, await entry.async('uint8array'));
  }
  return target.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}

function dateCell(sheet: ExcelJS.Worksheet, address: string) {
  sheet.getCell(address).numFmt = 'dd.mm.yyyy';
}

describe('XLSX', () => {
  const savedTz = process.env.TZ;
  afterEach(() => {
    if (savedTz === undefined) delete process.env.TZ;
    else process.env.TZ = savedTz;
  });

  it('reads date cells and number cells of the first worksheet', async () => {
    const bytes = await xlsxBytes((sheet, workbook) => {
      sheet.addRow(header);
      sheet.addRow([
        10001,
        'Müller GmbH',
        new Date(Date.UTC(2026, 10, 26)),
        'R-1',
        'Größe L',
        3,
        1234.56,
        1000.005,
      ]);
      sheet.addRow(['10002', 'Acme', new Date(Date.UTC(2026, 0, 1)), 4711, null, 1.5, -99.9, null]);
      dateCell(sheet, 'C2');
      dateCell(sheet, 'C3');
      workbook.addWorksheet('Notizen').addRow(['Kundennummer', 'Datum', 'Belegnummer', 'Umsatz']);
    });
    const { format, rows } = await importBytes(bytes);
    expect(format.settings).toEqual({
      kind: 'xlsx',
      headerRowNumber: 1,
      decimalStyle: 'comma',
      dateFormat: 'DD.MM.YYYY',
    });
    expect(format.decisions).toMatchObject({ encoding: null, delimiter: null });
    expect(rows).toEqual([
      {
        ok: true,
        line: {
          rowNumber: 2,
          customerNumber: '10001',
          customerName: 'Müller GmbH',
          invoiceDate: '2026-11-26',
          documentNumber: 'R-1',
          product: 'Größe L',
          productLine: null,
          quantity: 3,
          netRevenueCents: 123456,
          costOfGoodsCents: 100001,
          currency: 'EUR',
        },
      },
      {
        ok: true,
        line: {
          rowNumber: 3,
          customerNumber: '10002',
          customerName: 'Acme',
          invoiceDate: '2026-01-01',
          documentNumber: '4711',
          product: null,
          productLine: null,
          quantity: 1.5,
          netRevenueCents: -9990,
          costOfGoodsCents: null,
          currency: 'EUR',
        },
      },
    ]);
  });

  it('keeps umlauts intact wherever the stream cuts them (exceljs multi-byte bug)', async () => {
    const names = Array.from({ length: 1500 }, (_, i) => `Größe Müßiggang Äöü ${i}`);
    const bytes = await xlsxBytes((sheet) => {
      sheet.addRow(header);
      for (const [i, name] of names.entries())
        sheet.addRow([i, name, '2026-11-26', `R-${i}`, 'Maß', 1, 1, null]);
    });
    for (const size of [1, 13, 251, 4096]) {
      const rows = await collect(
        readRevenueLines(chunked(bytes, size), {
          settings: { kind: 'xlsx', headerRowNumber: 1, decimalStyle: 'comma', dateFormat: 'YYYY-MM-DD' },
          mapping: suggestMapping(header).mapping,
        }),
      );
      const read = rows.map((row) => (row.ok ? row.line.customerName : row.problems[0]?.message));
      expect(read.filter((name, i) => name !== names[i])).toEqual([]);
    }
  });

  it.each(['Pacific/Kiritimati', 'America/Los_Angeles'])(
    'keeps the calendar day in time zone %s',
    async (zone) => {
      process.env.TZ = zone;
      const bytes = await xlsxBytes((sheet) => {
        sheet.addRow(header);
        sheet.addRow([1, 'A', new Date(Date.UTC(2026, 1, 28)), 'R', null, 1, 1, null]);
        dateCell(sheet, 'C2');
      });
      const { rows } = await importBytes(bytes);
      expect(lines(rows).map((line) => line.invoiceDate)).toEqual(['2026-02-28']);
    },
  );

  it('reads text dates and text amounts with the detected formats', async () => {
    const bytes = await xlsxBytes((sheet) => {
      sheet.addRow(['Kundennummer', 'Datum', 'Belegnummer', 'Umsatz']);
      sheet.addRow(['1', '26.11.2026', 'R-1', '1.234,56']);
      sheet.addRow(['2', '31.02.2026', 'R-2', 'viel']);
    });
    const { format, rows } = await importBytes(bytes);
    expect(format.settings).toMatchObject({ dateFormat: 'DD.MM.YYYY', decimalStyle: 'comma' });
    expect(lines(rows).map((line) => [line.invoiceDate, line.netRevenueCents])).toEqual([
      ['2026-11-26', 123456],
    ]);
    expect(problems(rows).map((problem) => [problem.rowNumber, problem.column, problem.code])).toEqual([
      [3, 'Datum', 'impossible_date'],
      [3, 'Umsatz', 'invalid_amount'],
    ]);
  });

  it('never evaluates formulas: text fields keep the formula, numbers need a stored result', async () => {
    const bytes = await xlsxBytes((sheet) => {
      sheet.addRow(header);
      sheet.addRow([
        1,
        { formula: 'HYPERLINK("http://evil.example","klick")', result: 'klick' },
        new Date(Date.UTC(2026, 10, 26)),
        'R-1',
        null,
        1,
        { formula: 'F2*100', result: 100 },
        null,
      ]);
      sheet.addRow([2, 'B', new Date(Date.UTC(2026, 10, 26)), 'R-2', null, 1, { formula: 'F3*100' }, null]);
      dateCell(sheet, 'C2');
      dateCell(sheet, 'C3');
    });
    const { rows } = await importBytes(bytes);
    expect(lines(rows).map((line) => [line.customerName, line.netRevenueCents])).toEqual([
      ['=HYPERLINK("http://evil.example","klick")', 10000],
    ]);
    expect(problems(rows)).toMatchObject([
      { rowNumber: 3, column: 'Net revenue', code: 'formula_without_value' },
    ]);
  });

  it('reports error cells, bare numbers in a date column and rich text as text', async () => {
    const bytes = await xlsxBytes((sheet) => {
      sheet.addRow(header);
      sheet.addRow([
        1,
        { richText: [{ text: 'Müller ' }, { text: 'GmbH', font: { bold: true } }] },
        new Date(Date.UTC(2026, 10, 26)),
        'R-1',
        null,
        1,
        { error: '#N/A' },
        null,
      ]);
      sheet.addRow([2, 'B', 20261126, 'R-2', null, 1, 5, null]);
      dateCell(sheet, 'C2');
    });
    const { rows } = await importBytes(bytes);
    expect(problems(rows).map((problem) => [problem.rowNumber, problem.column, problem.code])).toEqual([
      [2, 'Net revenue', 'cell_error'],
      [3, 'Invoice date', 'invalid_date'],
    ]);
    const preview = (await inspect(bytes)).previewRows[0];
    expect(preview?.cells[1]).toBe('Müller GmbH');
  });

  it('finds the header below a report title and skips empty rows', async () => {
    const bytes = await xlsxBytes((sheet) => {
      sheet.getCell('A1').value = 'Umsatzliste 2026';
      sheet.getRow(3).values = ['Kundennummer', 'Datum', 'Belegnummer', 'Umsatz'];
      sheet.getRow(4).values = ['1', '2026-11-26', 'R-1', 10];
      sheet.getRow(6).values = ['2', '2026-11-27', 'R-2', 20];
    });
    const { format, rows } = await importBytes(bytes);
    expect(format.settings.headerRowNumber).toBe(3);
    expect(lines(rows).map((line) => [line.rowNumber, line.invoiceDate])).toEqual([
      [4, '2026-11-26'],
      [6, '2026-11-27'],
    ]);
  });

  it('leaves no temp files behind, also when reading stops early', async () => {
    // exceljs parks sheets that come before the shared strings in temp files (its own writer
    // and Excel both store them so); this worker gets a temp folder of its own to count them.
    const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'kontor-xlsx-'));
    process.env.TMPDIR = folder;
    try {
      const bytes = await xlsxBytes((sheet, workbook) => {
        sheet.addRow(['Kundennummer', 'Datum', 'Belegnummer', 'Umsatz']);
        for (let i = 0; i < 2500; i++) sheet.addRow([String(i), '2026-11-26', `R-${i}`, i]);
        workbook.addWorksheet('Zweites Blatt').addRow(['x']);
      });
      const format = await inspect(bytes); // stops after xlsxSampleRows
      expect(format.previewRows).toHaveLength(20);
      const options = { settings: format.settings, mapping: format.mapping };
      expect(await collect(readRevenueLines(chunked(bytes, 4096), options))).toHaveLength(2500);
      for await (const row of readRevenueLines(chunked(bytes, 4096), options)) {
        expect(row.ok).toBe(true);
        break;
      }
      // exceljs removes them asynchronously.
      await eventually(() => fs.readdirSync(folder).length === 0, {
        timeoutMs: 5_000,
        message: () => `exceljs to remove its temp files, still ${fs.readdirSync(folder).join(', ')}`,
      });
    } finally {
      delete process.env.TMPDIR;
      fs.rmSync(folder, { recursive: true, force: true });
    }
  });

  it('skips the other worksheets without a stray error that would end the server', async () => {
    // exceljs parks the second sheet in a temp file and deletes it when we skip the sheet; the
    // skipped file's open then fails with ENOENT, which was uncaught and killed the process.
    const uncaught: unknown[] = [];
    const record = (error: unknown) => uncaught.push(error);
    process.on('uncaughtException', record);
    try {
      const bytes = await xlsxBytes((sheet, workbook) => {
        sheet.addRow(['Kundennummer', 'Datum', 'Belegnummer', 'Umsatz']);
        sheet.addRow(['1', '2026-11-26', 'R-1', 1]);
        workbook.addWorksheet('Notizen').addRow(['x']);
      });
      const format = await inspect(bytes);
      const options = { settings: format.settings, mapping: format.mapping };
      // A busy server: opening a file to read waits for a free thread, here until exceljs has
      // deleted the temp file of the sheet we skip.
      const open = fs.open as (...args: unknown[]) => void;
      const slowOpen = vi.spyOn(fs, 'open').mockImplementation(((...args: unknown[]) => {
        if (args[1] === 'r') setTimeout(() => open(...args), 30);
        else open(...args);
      }) as typeof fs.open);
      try {
        const rows = await collect(readRevenueLines(chunked(bytes, 4096), options));
        expect(lines(rows).map((line) => line.documentNumber)).toEqual(['R-1']);
        await new Promise((resolve) => setTimeout(resolve, 100));
      } finally {
        slowOpen.mockRestore();
      }
      expect(uncaught).toEqual([]);
    } finally {
      process.off('uncaughtException', record);
    }
  });

  it('reads a workbook saved by LibreOffice Calc', async () => {
    const bytes = fs.readFileSync(new URL('./fixtures/libreoffice-umsatz.xlsx', import.meta.url));
    const { format, rows } = await importBytes(bytes);
    expect(format.settings.kind).toBe('xlsx');
    expect(problems(rows)).toEqual([]);
    expect(
      lines(rows).map((line) => [
        line.customerName,
        line.invoiceDate,
        line.documentNumber,
        line.quantity,
        line.netRevenueCents,
        line.costOfGoodsCents,
      ]),
    ).toEqual([
      ['Müller Maschinenbau GmbH', '2026-03-15', 'RE-2026-0001', 1, 1234567, 987650],
      ['Müller Maschinenbau GmbH', '2026-03-16', 'GS-2026-0007', -1, -34567, null],
      ['Bäcker & Söhne KG', '2026-11-26', 'RE-2026-0412', 3, 123456, 100000],
    ]);
  });

  it('reads a workbook whose ZIP stores the sheet names after the sheets', async () => {
    const written = await xlsxBytes((sheet) => {
      sheet.addRow(['Kundennummer', 'Datum', 'Belegnummer', 'Umsatz']);
      sheet.addRow(['1', '26.11.2026', 'R-1', '1.234,56']);
    });
    // Shared strings and relations first, workbook.xml last: any order is a valid ZIP.
    const bytes = await reorderZip(written, [
      '[Content_Types].xml',
      '_rels/.rels',
      'xl/_rels/workbook.xml.rels',
      'xl/sharedStrings.xml',
      'xl/styles.xml',
      'xl/worksheets/sheet1.xml',
      'xl/workbook.xml',
    ]);
    const { rows } = await importBytes(bytes);
    expect(lines(rows).map((line) => [line.documentNumber, line.netRevenueCents])).toEqual([['R-1', 123456]]);
  });

  it('refuses an empty workbook, a header-only one and a broken one', async () => {
    const refusal = async (bytes: Uint8Array) =>
      inspect(bytes).then(
        () => null,
        (error: unknown) => (error instanceof ImportFileError ? error.code : error),
      );
    expect(await refusal(await xlsxBytes(() => {}))).toBe('empty_file');
    expect(await refusal(await xlsxBytes((sheet) => sheet.addRow(header)))).toBe('header_only');
    const broken = Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.alloc(200, 7)]);
    expect(await refusal(broken)).toBe('invalid_xlsx');
  });
});
