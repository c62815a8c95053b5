/**
 * Wall-clock time in an IANA time zone, from the zone data the JavaScript runtime carries (Intl),
 * so that no zone table has to be kept in Kontor.
 */

/** A wall-clock reading: what a clock in the zone shows. Months count from 1. */
export interface LocalTime {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

const offsetFormatters = new Map<string, Intl.DateTimeFormat>();

function offsetFormatter(timeZone: string): Intl.DateTimeFormat {
  let formatter = offsetFormatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', { timeZone, timeZoneName: 'longOffset' });
    offsetFormatters.set(timeZone, formatter);
  }
  return formatter;
}

/** Minutes the zone is ahead of UTC at `instant` (Berlin: 60 in winter, 120 in summer). */
export function offsetMinutes(instant: Date, timeZone: string): number {
  const name = offsetFormatter(timeZone)
    .formatToParts(instant)
    .find((part) => part.type === 'timeZoneName')?.value;
  // "GMT" alone for UTC itself, else "GMT+05:30" / "GMT-03:00".
  const match = /GMT(?:([+-])(\d{2}):(\d{2}))?/.exec(name ?? '');
  if (!match?.[1]) return 0;
  const minutes = Number(match[2]) * 60 + Number(match[3]);
  return match[1] === '-' ? -minutes : minutes;
}

/** The wall-clock reading of a clock at `offset` minutes from UTC at `instant`. */
export function localTimeAtOffset(instant: Date, offset: number): LocalTime {
  const shifted = new Date(instant.getTime() + offset * 60_000);
  return {
    year: shifted.getUTCFullYear(),
    month: shifted.getUTCMonth() + 1,
    day: shifted.getUTCDate(),
    hour: shifted.getUTCHours(),
    minute: shifted.getUTCMinutes(),
    second: shifted.getUTCSeconds(),
  };
}

export function localTimeIn(instant: Date, timeZone: string): LocalTime {
  return localTimeAtOffset(instant, offsetMinutes(instant, timeZone));
}

function asUtc(local: LocalTime): number {
  return Date.UTC(local.year, local.month - 1, local.day, local.hour, local.minute, local.second);
}

/**
 * The instants a clock in the zone shows `local`: one as a rule, two in the hour the clocks go
 * back (earlier first), none in the hour they skip.
 */
export function instantsAt(local: LocalTime, timeZone: string): Date[] {
  const wall = asUtc(local);
  // The offsets around the moment: a wall time can only be read with one of them.
  const offsets = new Set([
    offsetMinutes(new Date(wall - 86_400_000), timeZone),
    offsetMinutes(new Date(wall + 86_400_000), timeZone),
  ]);
  return [...offsets]
    .sort((a, b) => b - a)
    .map((offset) => ({ offset, instant: new Date(wall - offset * 60_000) }))
    .filter(({ offset, instant }) => offsetMinutes(instant, timeZone) === offset)
    .map(({ instant }) => instant);
}

/**
 * The instant a clock in the zone shows `local`. A time skipped by a daylight-saving change
 * (02:30 on the spring day in Berlin) becomes the instant it would have been at the old offset
 * (03:30); a time that occurs twice (02:30 on the autumn day) becomes the first of the two.
 */
export function instantAt(local: LocalTime, timeZone: string): Date {
  const [first] = instantsAt(local, timeZone);
  if (first) return first;
  const wall = asUtc(local);
  return new Date(wall - offsetMinutes(new Date(wall - 86_400_000), timeZone) * 60_000);
}

/** The instant a business day (`YYYY-MM-DD`) begins in the zone. */
export function startOfDay(day: string, timeZone: string): Date {
  const [year = 1970, month = 1, date = 1] = day.split('-').map(Number);
  return instantAt({ year, month, day: date, hour: 0, minute: 0, second: 0 }, timeZone);
}
