import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { concentrationOf } from '../../src/core/concentration.ts';
import { grossMargin, growthRate, previousYear } from '../../src/core/growth.ts';

describe('concentration', () => {
  it('gives 10,000 for a single customer and 10,000 / n for n equal ones', () => {
    expect(concentrationOf([500]).herfindahlIndex).toBeCloseTo(10_000);
    expect(concentrationOf([1, 1, 1, 1]).herfindahlIndex).toBeCloseTo(2_500);
  });

  it('reads the top shares off the largest accounts', () => {
    const c = concentrationOf([10, 50, 20, 20, 0, -5]);
    expect(c).toMatchObject({ accountsWithRevenue: 4, top1Share: 0.5, top5Share: 1 });
  });

  it('keeps the index between 10,000 / n and 10,000 and the top shares ordered', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 1, max: 1_000_000 }), { minLength: 1, maxLength: 80 }),
        (revenues) => {
          const c = concentrationOf(revenues);
          expect(c.herfindahlIndex).toBeGreaterThanOrEqual(10_000 / revenues.length - 1e-6);
          expect(c.herfindahlIndex).toBeLessThanOrEqual(10_000 + 1e-6);
          expect(c.top1Share).toBeLessThanOrEqual(c.top5Share);
          expect(c.top5Share).toBeLessThanOrEqual(c.top10Share);
        },
      ),
    );
  });

  it('does not change when all revenue is scaled', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 1, max: 1_000_000 }), { minLength: 1 }),
        fc.integer({ min: 2, max: 99 }),
        (r, k) => {
          expect(concentrationOf(r.map((x) => x * k)).herfindahlIndex).toBeCloseTo(
            concentrationOf(r).herfindahlIndex,
            6,
          );
        },
      ),
    );
  });
});

describe('growth and margin', () => {
  it('compares with the year before, and has no rate for a new customer', () => {
    expect(growthRate(120, 100)).toBeCloseTo(0.2);
    expect(growthRate(50, 100)).toBeCloseTo(-0.5);
    expect(growthRate(100, 0)).toBeNull();
  });

  it('returns to the current revenue when applied to the previous one', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1e9 }), fc.integer({ min: 1, max: 1e9 }), (current, previous) => {
        expect(previous * (1 + (growthRate(current, previous) as number))).toBeCloseTo(current, 3);
      }),
    );
  });

  it('knows margin only where cost is known', () => {
    expect(grossMargin(1000, 600)).toBeCloseTo(0.4);
    expect(grossMargin(1000, null)).toBeNull();
    expect(grossMargin(0, 10)).toBeNull();
  });

  it('finds the same day a year earlier, also for 29 February', () => {
    expect(previousYear('2026-11-26')).toBe('2025-11-26');
    expect(previousYear('2028-02-29')).toBe('2027-02-28');
  });
});
