/** Business days travel as `YYYY-MM-DD`; here they are read and written in the browser's own calendar. */

export function isoDay(date: Date): string {
  return [date.getFullYear(), date.getMonth() + 1, date.getDate()]
    .map((part, index) => String(part).padStart(index === 0 ? 4 : 2, '0'))
    .join('-');
}

/** Noon, so that no time-zone offset moves it to another day. */
export function dayToDate(day: string): Date {
  const [year = 1970, month = 1, dayOfMonth = 1] = day.split('-').map(Number);
  return new Date(year, month - 1, dayOfMonth, 12);
}

export function today(): string {
  return isoDay(new Date());
}

export function addDays(day: string, days: number): string {
  const date = dayToDate(day);
  date.setDate(date.getDate() + days);
  return isoDay(date);
}

/** A moment from a day and a time of day (`HH:mm`) in the browser's time zone. */
export function momentOf(day: string, time: string): Date {
  const date = dayToDate(day);
  const [hours = 0, minutes = 0] = time.split(':').map(Number);
  date.setHours(hours, minutes, 0, 0);
  return date;
}

/** The time of day (`HH:mm`) of a moment in the browser's time zone. */
export function timeOf(moment: Date): string {
  return `${String(moment.getHours()).padStart(2, '0')}:${String(moment.getMinutes()).padStart(2, '0')}`;
}

/**
 * A day as people type it: "27.11.2026", "27.11.26", "27/11/2026" (day first, as in German and
 * British English) or "2026-11-27". Null for anything that is no day of the calendar.
 */
export function parseTypedDay(text: string): string | null {
  const trimmed = text.trim();
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(trimmed);
  const dayFirst = /^(\d{1,2})[./](\d{1,2})[./](\d{2}|\d{4})$/.exec(trimmed);
  const parts = iso
    ? [Number(iso[1]), Number(iso[2]), Number(iso[3])]
    : dayFirst
      ? [
          Number(dayFirst[3]) + (dayFirst[3]?.length === 2 ? 2000 : 0),
          Number(dayFirst[2]),
          Number(dayFirst[1]),
        ]
      : null;
  if (!parts) return null;
  const [year = 0, month = 0, day = 0] = parts;
  const date = new Date(year, month - 1, day, 12);
  if (date.getFullYear() !== year || date.getMonth() !== month - 1 || date.getDate() !== day) return null;
  return isoDay(date);
}
