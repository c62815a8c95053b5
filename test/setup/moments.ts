const DAY_MS = 86_400_000;

/** A moment `days` from today (negative: ago) at `hour`:00 UTC, as ISO text. */
export function daysFromNow(days: number, hour = 9): string {
  const day = new Date(Date.now() + days * DAY_MS);
  day.setUTCHours(hour, 0, 0, 0);
  return day.toISOString();
}
