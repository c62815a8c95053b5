import type { MatrixCriterion, MatrixItem, Strategy } from '../../../api/types.ts';

export const strategies: readonly Strategy[] = [
  'invest_for_growth',
  'invest_selectively',
  'manage_for_cash',
  'serve_via_account_manager',
];

export const strategyColors: Record<Strategy, string> = {
  invest_for_growth: 'grape',
  invest_selectively: 'blue',
  manage_for_cash: 'teal',
  serve_via_account_manager: 'gray',
};

/** A criterion's label in the UI language. */
export function criterionLabel(criterion: MatrixCriterion, language: string): string {
  return language === 'en' ? criterion.labelEn : criterion.labelDe;
}

export type Direction = 'up' | 'down' | 'left' | 'right' | 'upRight' | 'upLeft' | 'downRight' | 'downLeft';

const arrows: Record<Direction, string> = {
  up: '↑',
  down: '↓',
  left: '←',
  right: '→',
  upRight: '↗',
  upLeft: '↖',
  downRight: '↘',
  downLeft: '↙',
};

/** Smaller steps than this on an axis are no movement. */
const STEP = 0.05;

export type Movement =
  | { kind: 'none' }
  | { kind: 'new' }
  | { kind: 'same' }
  | { kind: 'moved'; arrow: string; direction: Direction; from: Strategy | null };

/**
 * Where an account moved since the previous review: up means more attractive, right stronger.
 * `none` when there is no previous review to compare with.
 */
export function movementOf(item: MatrixItem, hasPreviousReview: boolean): Movement {
  if (!hasPreviousReview) return { kind: 'none' };
  const previous = item.previous;
  if (!previous || previous.attractiveness === null || previous.strength === null) return { kind: 'new' };
  if (item.attractiveness === null || item.strength === null) return { kind: 'none' };
  const dy = item.attractiveness - previous.attractiveness;
  const dx = item.strength - previous.strength;
  const vertical = dy > STEP ? 'up' : dy < -STEP ? 'down' : null;
  const horizontal = dx > STEP ? 'right' : dx < -STEP ? 'left' : null;
  if (!vertical && !horizontal) return { kind: 'same' };
  const direction = (
    vertical && horizontal
      ? `${vertical}${horizontal === 'right' ? 'Right' : 'Left'}`
      : (vertical ?? horizontal)
  ) as Direction;
  return {
    kind: 'moved',
    arrow: arrows[direction],
    direction,
    from: previous.strategy !== item.strategy ? previous.strategy : null,
  };
}
