import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type AbcClass, classifyAbc } from '../../src/core/abc-analysis.ts';

const accounts = (revenues: number[]) => revenues.map((revenue, i) => ({ accountId: `a${i}`, revenue }));
const classes = (revenues: number[], a = 0.8, b = 0.95) =>
  Object.fromEntries(
    classifyAbc(accounts(revenues), { a, b }).rows.map((row) => [row.accountId, row.abcClass]),
  );
const revenueList = fc.array(fc.integer({ min: -1_000_000, max: 100_000_000 }), {
  minLength: 1,
  maxLength: 60,
});
const order: Record<AbcClass, number> = { A: 0, B: 1, C: 2 };

describe('ABC classification', () => {
  it('follows the worked example of docs/portfolio.md', () => {
    // 50 + 20 + 12 + 8 + 5 + 3 + 2 = 100: above account 3 lie 70 % (< 80 %: A), above 4 lie 82 %
    // (B), above 5 lie 90 % (B), above 6 lie 95 % (not < 95 %: C).
    expect(classes([50, 20, 12, 8, 5, 3, 2, 0, -4])).toEqual({
      a0: 'A',
      a1: 'A',
      a2: 'A',
      a3: 'B',
      a4: 'B',
      a5: 'C',
      a6: 'C',
      a7: 'C',
      a8: 'C',
    });
  });

  it('always makes the largest account A, and the one that crosses 80 % still A', () => {
    expect(classes([95, 5])).toEqual({ a0: 'A', a1: 'C' });
    expect(classes([70, 20, 10])).toEqual({ a0: 'A', a1: 'A', a2: 'B' });
  });

  it('gives equal revenue the same, better class', () => {
    expect(classes([40, 40, 10, 10])).toEqual({ a0: 'A', a1: 'A', a2: 'B', a3: 'B' });
  });

  it('ranks equal revenue equally', () => {
    expect(classifyAbc(accounts([5, 9, 9, 1])).rows.map((row) => row.rank)).toEqual([1, 1, 3, 4]);
  });

  it('makes classes monotone in revenue: more revenue never means a worse class', () => {
    fc.assert(
      fc.property(revenueList, (revenues) => {
        const rows = classifyAbc(accounts(revenues)).rows;
        for (let i = 1; i < rows.length; i++) {
          const [higher, lower] = [rows[i - 1], rows[i]] as const;
          expect(higher?.revenue).toBeGreaterThanOrEqual(lower?.revenue ?? 0);
          expect(order[higher?.abcClass as AbcClass]).toBeLessThanOrEqual(order[lower?.abcClass as AbcClass]);
        }
      }),
    );
  });

  it('makes shares of non-negative revenue sum to 100 %, ending the cumulative curve at 100 %', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 10_000_000 }), { minLength: 1, maxLength: 60 }),
        (revenues) => {
          const { rows, positiveTotal } = classifyAbc(accounts(revenues));
          fc.pre(positiveTotal > 0);
          expect(rows.reduce((sum, row) => sum + row.share, 0)).toBeCloseTo(1, 9);
          expect(rows.at(-1)?.cumulativeShare).toBeCloseTo(1, 9);
        },
      ),
    );
  });

  it('leaves classes unchanged when all revenue is scaled', () => {
    fc.assert(
      fc.property(revenueList, fc.integer({ min: 2, max: 1000 }), (revenues, factor) => {
        expect(classes(revenues.map((r) => r * factor))).toEqual(classes(revenues));
      }),
    );
  });

  it('makes zero and negative revenue C, and at least one positive account A', () => {
    fc.assert(
      fc.property(revenueList, (revenues) => {
        const rows = classifyAbc(accounts(revenues)).rows;
        for (const row of rows) if (row.revenue <= 0) expect(row.abcClass).toBe('C');
        if (revenues.some((r) => r > 0)) expect(rows[0]?.abcClass).toBe('A');
      }),
    );
  });

  it('keeps the A accounts, without the last of them, below the A threshold', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 1, max: 1_000_000 }), { minLength: 1, maxLength: 60 }),
        (revenues) => {
          const { rows, positiveTotal } = classifyAbc(accounts(revenues));
          const aRows = rows.filter((row) => row.abcClass === 'A');
          const distinct = new Set(aRows.map((row) => row.revenue));
          const lastRevenue = Math.min(...distinct);
          const above = aRows
            .filter((row) => row.revenue > lastRevenue)
            .reduce((s, row) => s + row.revenue, 0);
          expect(above / positiveTotal).toBeLessThan(0.8);
        },
      ),
    );
  });

  it('refuses thresholds that are not 0 < A < B ≤ 1', () => {
    expect(() => classifyAbc([], { a: 0.9, b: 0.8 })).toThrow(RangeError);
  });
});
