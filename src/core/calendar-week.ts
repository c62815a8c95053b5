import { addDays } from './calendar-day.ts';

/** The calendar week (Monday to Sunday, as in ISO 8601 and in Germany) that a business day belongs to. */
export function weekOf(day: string): { monday: string; sunday: string } {
  const [year = 1970, month = 1, date = 1] = day.split('-').map(Number);
  // getUTCDay counts from Sunday (0); a week here starts on Monday.
  const daysSinceMonday = (new Date(Date.UTC(year, month - 1, date)).getUTCDay() + 6) % 7;
  const monday = addDays(day, -daysSinceMonday);
  return { monday, sunday: addDays(monday, 6) };
}
