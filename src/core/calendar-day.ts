/**
 * Business days (`YYYY-MM-DD`) as people in one place see them. An instant becomes a day through
 * the IANA time zone; from then on days are counted as dates, never as 24-hour spans, so that
 * the 23- and 25-hour days of a daylight-saving change count as one day each.
 */

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    // en-CA formats as YYYY-MM-DD.
    formatter = new Intl.DateTimeFormat('en-CA', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

export function isTimeZone(name: string): boolean {
  try {
    formatterFor(name);
    return true;
  } catch {
    return false;
  }
}

/** The day `instant` falls on in `timeZone`. */
export function dayIn(instant: Date, timeZone: string): string {
  return formatterFor(timeZone).format(instant);
}

const DAY_MS = 86_400_000;

function epochDay(day: string): number {
  const [year, month, date] = day.split('-').map(Number) as [number, number, number];
  return Date.UTC(year, month - 1, date) / DAY_MS;
}

export function addDays(day: string, days: number): string {
  return new Date((epochDay(day) + days) * DAY_MS).toISOString().slice(0, 10);
}

/** Calendar days from `from` to `to`: positive when `to` is later. */
export function daysBetween(from: string, to: string): number {
  return epochDay(to) - epochDay(from);
}

export function laterDay(a: string, b: string): string {
  return daysBetween(a, b) > 0 ? b : a;
}
