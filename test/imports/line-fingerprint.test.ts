import { readFile } from 'node:fs/promises';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/db/client.ts';
import { contentHash, numericText } from '../../src/features/identify/imports/line-fingerprint.ts';
import type { RevenueLine } from '../../src/features/identify/imports/parsing/index.ts';
import { freshDatabase } from '../setup/test-app.ts';

let database: Database;
beforeAll(async () => {
  database = await freshDatabase();
});
afterAll(() => database.close());

const text = fc.string({
  unit: fc.constantFrom('a', 'Z', '7', 'Ä', 'ß', '€', '😀', "'", '\\', '|', '"', ',', ' ', '\n', 'E'),
  maxLength: 12,
});
const quantity = fc.oneof(
  fc.double({ min: -1e15, max: 1e15, noNaN: true }),
  fc.constantFrom(0, -0, 1e-7, 2.5e-9, 1e21, 123.456, -0.0001),
);
const cents = fc.integer({ min: -(2 ** 53 - 1), max: 2 ** 53 - 1 });
const line: fc.Arbitrary<RevenueLine> = fc.record({
  rowNumber: fc.nat(),
  customerNumber: text.filter((value) => value.length > 0),
  customerName: fc.option(text),
  invoiceDate: fc
    .date({ min: new Date('1900-01-01'), max: new Date('2199-12-31'), noInvalidDate: true })
    .map((date) => date.toISOString().slice(0, 10)),
  documentNumber: text,
  product: fc.option(text),
  productLine: fc.option(text),
  quantity: fc.option(quantity),
  netRevenueCents: cents,
  costOfGoodsCents: fc.option(cents),
  currency: fc.constantFrom('EUR', 'USD', 'CHF'),
});

/** The content hash as the commit computed it in SQL before migration 0005, on the staging columns' types. */
async function hashInSql(value: RevenueLine): Promise<string> {
  const result = await database.pool.query<{ hash: string }>(
    `SELECT md5(concat_ws('|', quote_nullable($1::text), quote_nullable($2::date), quote_nullable($3::text),
       quote_nullable($4::text), quote_nullable($5::text), quote_nullable($6::numeric), quote_nullable($7::bigint),
       quote_nullable($8::bigint), quote_nullable($9::char(3)))) AS hash`,
    [
      value.customerNumber,
      value.invoiceDate,
      value.documentNumber,
      value.product,
      value.productLine,
      value.quantity === null ? null : String(value.quantity),
      value.netRevenueCents,
      value.costOfGoodsCents,
      value.currency,
    ],
  );
  return result.rows[0]?.hash as string;
}

describe('line fingerprints', () => {
  it('hash a line as the SQL before them did, so earlier imports are still recognised (property)', async () => {
    await fc.assert(
      fc.asyncProperty(line, async (value) => {
        expect(contentHash(value)).toBe(await hashInSql(value));
      }),
      { numRuns: 300 },
    );
  });

  it('tell lines apart that differ in any field, or only in a missing versus an empty value', () => {
    const base: RevenueLine = {
      rowNumber: 2,
      customerNumber: '10001',
      customerName: 'Müller',
      invoiceDate: '2026-11-26',
      documentNumber: 'RE-1',
      product: 'Fräse',
      productLine: null,
      quantity: 1,
      netRevenueCents: 1_234_56,
      costOfGoodsCents: null,
      currency: 'EUR',
    };
    const variants: Partial<RevenueLine>[] = [
      { invoiceDate: '2026-11-27' },
      { documentNumber: 'RE-2' },
      { product: null },
      { productLine: '' },
      { quantity: 2 },
      { netRevenueCents: 1_234_57 },
      { costOfGoodsCents: 0 },
      { currency: 'USD' },
    ];
    for (const change of variants) expect(contentHash({ ...base, ...change })).not.toBe(contentHash(base));
    // The row number and the customer name are not content: the same line moved or renamed is the same line.
    expect(contentHash({ ...base, rowNumber: 99, customerName: 'Müller GmbH' })).toBe(contentHash(base));
  });

  it('write numbers in plain digits, never with an exponent (property)', () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), (value) => {
        const written = numericText(value);
        expect(written).not.toMatch(/e/i);
        expect(Number(written)).toBe(value === 0 ? 0 : value);
      }),
    );
  });

  it('survive migration 0005, which turned the text fingerprints into these', async () => {
    const migration = await readFile(
      new URL('../../src/db/migrations/0005_lean_revenue_lines.sql', import.meta.url),
      'utf8',
    );
    const using = /USING \(([\s\S]*?)\);/.exec(migration)?.[1];
    expect(using).toBeDefined();
    const hash = contentHash({
      rowNumber: 1,
      customerNumber: '10001',
      customerName: null,
      invoiceDate: '2026-11-26',
      documentNumber: 'RE-1',
      product: null,
      productLine: null,
      quantity: null,
      netRevenueCents: 100,
      costOfGoodsCents: null,
      currency: 'EUR',
    });
    // The commit's rule for the n-th identical line (staged-lines.ts) next to the migration's.
    const result = await database.pool.query<{ first: string; third: string; committedThird: string }>(
      `SELECT (SELECT ${using} FROM (SELECT $1 || ':1' AS fingerprint) old) AS first,
         (SELECT ${using} FROM (SELECT $1 || ':3' AS fingerprint) old) AS third,
         md5(replace($1::uuid::text, '-', '') || ':' || 3)::uuid AS "committedThird"`,
      [hash],
    );
    const row = result.rows[0];
    expect(row?.first.replaceAll('-', '')).toBe(hash);
    expect(row?.third).toBe(row?.committedThird);
    expect(row?.third).not.toBe(row?.first);
  });
});
