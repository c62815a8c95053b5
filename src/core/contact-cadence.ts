import { addDays, dayIn, daysBetween } from './calendar-day.ts';

/**
 * How fresh a relationship is: when we last really spoke (a logged interaction, never a planned
 * visit or an edit), when the next contact is due after the cadence, and how many calendar days
 * it is overdue. Computed on every read from the interactions and the current cadence, so a
 * changed cadence or an interaction logged for a past date applies at once.
 */
export interface Freshness {
  cadenceDays: number | null;
  lastContactAt: Date | null;
  dueOn: string | null;
  overdueDays: number;
}

export interface TierCadence {
  tier1CadenceDays: number;
  tier2CadenceDays: number;
  tier3CadenceDays: number;
}

/**
 * The interval that applies: the stakeholder's own, else the account's, else its tier's. An
 * account that is no key account has no cadence unless one was set on it.
 */
export function cadenceDaysOf(
  settings: TierCadence,
  account: { keyAccountTier: number | null; contactCadenceDays: number | null },
  stakeholderCadenceDays: number | null = null,
): number | null {
  if (stakeholderCadenceDays !== null) return stakeholderCadenceDays;
  if (account.contactCadenceDays !== null) return account.contactCadenceDays;
  switch (account.keyAccountTier) {
    case 1:
      return settings.tier1CadenceDays;
    case 2:
      return settings.tier2CadenceDays;
    case 3:
      return settings.tier3CadenceDays;
    default:
      return null;
  }
}

export interface FreshnessInput {
  cadenceDays: number | null;
  /** The latest interaction that has happened (occurredAt ≤ now). */
  lastContactAt: Date | null;
  /**
   * The day since which the relationship is tended (the account became a key account, the
   * person came into its buying centre). Never contacted: the first contact is due that day.
   */
  sinceDay: string;
  now: Date;
  timeZone: string;
}

export function freshnessOf(input: FreshnessInput): Freshness {
  const { cadenceDays, lastContactAt, timeZone } = input;
  if (cadenceDays === null) return { cadenceDays, lastContactAt, dueOn: null, overdueDays: 0 };
  const dueOn = lastContactAt ? addDays(dayIn(lastContactAt, timeZone), cadenceDays) : input.sinceDay;
  const overdueDays = Math.max(0, daysBetween(dueOn, dayIn(input.now, timeZone)));
  return { cadenceDays, lastContactAt, dueOn, overdueDays };
}

/**
 * Which overdue relationship to tend first: tier 1 weighs 3, tier 3 (or none) weighs 1, times
 * the person's influence (1–5; 3, the middle, when unknown or for the account as a whole).
 */
export function importanceOf(keyAccountTier: number | null, influence: number | null): number {
  return (4 - (keyAccountTier ?? 3)) * (influence ?? 3);
}

interface OverdueOrder {
  importance: number;
  overdueDays: number;
  account: { id: string };
  contact: { id: string } | null;
}

const byCodeUnits = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * The order of the overdue list: most important first, then longest overdue; then by account
 * (the account as a whole before its people), so that the order is total and pages are stable.
 */
export function compareOverdue(a: OverdueOrder, b: OverdueOrder): number {
  return (
    b.importance - a.importance ||
    b.overdueDays - a.overdueDays ||
    byCodeUnits(a.account.id, b.account.id) ||
    byCodeUnits(a.contact?.id ?? '', b.contact?.id ?? '')
  );
}
