/**
 * The key-account selection matrix (Millman & Wilson; the AKAM portfolio): each account gets
 * a weighted 1–5 score for its attractiveness to us and for our relative strength with it, and
 * the quadrant it lands in suggests a strategy.
 */
export type MatrixAxis = 'attractiveness' | 'strength';

/** Criteria computed from revenue data score themselves from bands; the rest users score. */
export type CriterionSource = 'manual' | 'revenue' | 'growth' | 'margin' | 'product_breadth';

export interface Criterion {
  key: string;
  axis: MatrixAxis;
  weight: number;
  source: CriterionSource;
  /** For computed criteria: ascending lower bounds of scores 2, 3, 4 and 5. */
  bands?: [number, number, number, number] | undefined;
}

export type Strategy =
  | 'invest_for_growth'
  | 'invest_selectively'
  | 'manage_for_cash'
  | 'serve_via_account_manager';

/** 1 below the first band, 5 from the last band on. */
export function scoreFromBands(value: number, bands: readonly [number, number, number, number]): number {
  return 1 + bands.filter((lowerBound) => value >= lowerBound).length;
}

/**
 * The weighted mean of the scores given for one axis; criteria without a score (not yet
 * scored by anyone, or no data) are left out rather than counted as 1. Null when none is scored.
 */
export function axisScore(
  criteria: readonly Criterion[],
  scores: Readonly<Record<string, number | undefined>>,
  axis: MatrixAxis,
): number | null {
  let weighted = 0;
  let weights = 0;
  for (const criterion of criteria) {
    const score = scores[criterion.key];
    if (criterion.axis !== axis || score === undefined || criterion.weight <= 0) continue;
    weighted += criterion.weight * score;
    weights += criterion.weight;
  }
  return weights > 0 ? weighted / weights : null;
}

/** Quadrants split at the scale's middle (3 of 1–5) unless configured otherwise. */
export function strategyFor(attractiveness: number, strength: number, midpoint = 3): Strategy {
  const attractive = attractiveness >= midpoint;
  const strong = strength >= midpoint;
  if (attractive && strong) return 'invest_for_growth';
  if (attractive) return 'invest_selectively';
  if (strong) return 'manage_for_cash';
  return 'serve_via_account_manager';
}
