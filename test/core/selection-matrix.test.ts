import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { axisScore, type Criterion, scoreFromBands, strategyFor } from '../../src/core/selection-matrix.ts';

const criteria: Criterion[] = [
  { key: 'volume', axis: 'attractiveness', weight: 3, source: 'revenue', bands: [10, 50, 100, 500] },
  { key: 'fit', axis: 'attractiveness', weight: 1, source: 'manual' },
  { key: 'relationship', axis: 'strength', weight: 2, source: 'manual' },
];

describe('selection matrix scoring', () => {
  it('scores a value from its bands', () => {
    expect([0, 10, 49, 50, 499, 500, 10_000].map((v) => scoreFromBands(v, [10, 50, 100, 500]))).toEqual([
      1, 2, 2, 3, 4, 5, 5,
    ]);
  });

  it('weights the scores of one axis and leaves unscored criteria out', () => {
    expect(axisScore(criteria, { volume: 5, fit: 1 }, 'attractiveness')).toBeCloseTo(4);
    expect(axisScore(criteria, { volume: 5 }, 'attractiveness')).toBe(5);
    expect(axisScore(criteria, {}, 'strength')).toBeNull();
  });

  it('stays on the 1–5 scale and moves up when any score moves up', () => {
    const score = fc.integer({ min: 1, max: 5 });
    fc.assert(
      fc.property(score, score, fc.integer({ min: 1, max: 4 }), (volume, fit, bump) => {
        const base = axisScore(criteria, { volume, fit }, 'attractiveness') as number;
        expect(base).toBeGreaterThanOrEqual(1);
        expect(base).toBeLessThanOrEqual(5);
        const higher = axisScore(
          criteria,
          { volume: Math.min(5, volume + bump), fit },
          'attractiveness',
        ) as number;
        expect(higher).toBeGreaterThanOrEqual(base);
      }),
    );
  });

  it('suggests the strategy of the quadrant', () => {
    expect(strategyFor(4, 4)).toBe('invest_for_growth');
    expect(strategyFor(4, 2)).toBe('invest_selectively');
    expect(strategyFor(2, 4)).toBe('manage_for_cash');
    expect(strategyFor(2, 2)).toBe('serve_via_account_manager');
    expect(strategyFor(3, 3)).toBe('invest_for_growth');
  });
});
