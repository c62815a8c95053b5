import { dayToDate } from '../../i18n/days.ts';

/** Calendar days from one business day to another (negative when `to` comes first). */
export function daysBetween(from: string, to: string): number {
  return Math.round((dayToDate(to).getTime() - dayToDate(from).getTime()) / 86_400_000);
}
