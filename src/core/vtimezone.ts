import { type LocalTime, localTimeAtOffset, offsetMinutes } from './zoned-time.ts';

/**
 * The VTIMEZONE component (RFC 5545 §3.6.5) of an IANA zone, derived from the runtime's zone
 * data: the offset changes in the years asked for are found, and changes that recur on the same
 * weekday rule year after year (Berlin: the last Sunday of March and of October) become one
 * yearly RRULE. A rule still in force in the last year stays open-ended, so that events beyond
 * the years asked for are still read right.
 */

interface Transition {
  at: Date;
  from: number;
  to: number;
  /** The wall-clock time of the change, read on the clock before it (RFC 5545: DTSTART). */
  onset: LocalTime;
}

const DAY_MS = 86_400_000;
const transitionCache = new Map<string, Transition[]>();

/** The first instant in (low, high] at the offset of `high`; the offsets at low and high differ. */
function changeBetween(low: number, high: number, timeZone: string): number {
  const target = offsetMinutes(new Date(high), timeZone);
  let lo = low;
  let hi = high;
  while (hi - lo > 60_000) {
    const mid = lo + Math.floor((hi - lo) / 120_000) * 60_000;
    if (offsetMinutes(new Date(mid), timeZone) === target) hi = mid;
    else lo = mid;
  }
  return hi;
}

function transitionsIn(year: number, timeZone: string): Transition[] {
  const key = `${timeZone} ${year}`;
  const cached = transitionCache.get(key);
  if (cached) return cached;
  const found: Transition[] = [];
  const end = Date.UTC(year + 1, 0, 1);
  let previous = Date.UTC(year, 0, 1);
  let previousOffset = offsetMinutes(new Date(previous), timeZone);
  // Day by day: zones change their offset at most a few times a year, never twice in a day.
  for (let next = previous + DAY_MS; next <= end; next += DAY_MS) {
    const offset = offsetMinutes(new Date(next), timeZone);
    if (offset !== previousOffset) {
      const at = changeBetween(previous, next, timeZone);
      found.push({
        at: new Date(at),
        from: previousOffset,
        to: offset,
        onset: localTimeAtOffset(new Date(at), previousOffset),
      });
    }
    previous = next;
    previousOffset = offset;
  }
  transitionCache.set(key, found);
  return found;
}

const weekdays = ['SU', 'MO', 'TU', 'WE', 'TH', 'FR', 'SA'];

/** The BYDAY values that name the day of a change: "2SU" (second Sunday), and "-1SU" if it is the last. */
function weekdayRules(onset: LocalTime): string[] {
  const weekday = weekdays[new Date(Date.UTC(onset.year, onset.month - 1, onset.day)).getUTCDay()];
  const daysInMonth = new Date(Date.UTC(onset.year, onset.month, 0)).getUTCDate();
  const rules = [`${Math.ceil(onset.day / 7)}${weekday}`];
  if (onset.day + 7 > daysInMonth) rules.push(`-1${weekday}`);
  return rules;
}

/** Changes that may belong to one yearly rule: same offsets, month and time of day. */
function seriesKey(t: Transition): string {
  return [t.from, t.to, t.onset.month, t.onset.hour, t.onset.minute, t.onset.second].join(' ');
}

interface Series {
  first: Transition;
  last: Transition;
  /** The weekday rule all members follow; undefined for a single change. */
  byDay: string | undefined;
}

function yearlySeries(transitions: Transition[]): Series[] {
  const used = new Set<Transition>();
  const series: Series[] = [];
  for (const first of transitions) {
    if (used.has(first)) continue;
    used.add(first);
    let rules = weekdayRules(first.onset);
    let last = first;
    for (;;) {
      const next = transitions.find(
        (t) => !used.has(t) && t.onset.year === last.onset.year + 1 && seriesKey(t) === seriesKey(first),
      );
      const common = next ? rules.filter((rule) => weekdayRules(next.onset).includes(rule)) : [];
      if (!next || common.length === 0) break;
      used.add(next);
      rules = common;
      last = next;
    }
    // The last Sunday reads more naturally than "the fourth" when both fit every year.
    series.push({ first, last, byDay: last === first ? undefined : (rules.at(-1) ?? rules[0]) });
  }
  return series;
}

const pad = (value: number, width = 2) => String(value).padStart(width, '0');

export function formatLocalTime(t: LocalTime): string {
  return `${pad(t.year, 4)}${pad(t.month)}${pad(t.day)}T${pad(t.hour)}${pad(t.minute)}${pad(t.second)}`;
}

export function formatUtc(instant: Date): string {
  return `${instant.toISOString().replace(/[-:]/g, '').slice(0, 15)}Z`;
}

function formatOffset(minutes: number): string {
  const sign = minutes < 0 ? '-' : '+';
  const absolute = Math.abs(minutes);
  return `${sign}${pad(Math.floor(absolute / 60))}${pad(absolute % 60)}`;
}

const nameFormatters = new Map<string, Intl.DateTimeFormat>();

/** The zone's abbreviation at `instant` ("CET", "CEST"), if the runtime knows one. */
function abbreviation(instant: Date, timeZone: string): string | undefined {
  let formatter = nameFormatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-GB', { timeZone, timeZoneName: 'short' });
    nameFormatters.set(timeZone, formatter);
  }
  const name = formatter.formatToParts(instant).find((part) => part.type === 'timeZoneName')?.value;
  return name && /^[A-Z]{2,6}$/.test(name) ? name : undefined;
}

function observance(
  kind: 'STANDARD' | 'DAYLIGHT',
  from: number,
  to: number,
  start: string,
  name: string | undefined,
  rule: string | undefined,
): string[] {
  return [
    `BEGIN:${kind}`,
    `DTSTART:${start}`,
    `TZOFFSETFROM:${formatOffset(from)}`,
    `TZOFFSETTO:${formatOffset(to)}`,
    ...(name ? [`TZNAME:${name}`] : []),
    ...(rule ? [`RRULE:${rule}`] : []),
    `END:${kind}`,
  ];
}

/** The unfolded content lines of the zone's VTIMEZONE, right for every moment from `fromYear` on. */
export function vtimezoneLines(timeZone: string, fromYear: number, toYear: number): string[] {
  const transitions: Transition[] = [];
  for (let year = fromYear; year <= toYear; year++) transitions.push(...transitionsIn(year, timeZone));
  const lines = ['BEGIN:VTIMEZONE', `TZID:${timeZone}`];
  if (transitions.length === 0) {
    const start = new Date(Date.UTC(fromYear, 0, 1));
    const offset = offsetMinutes(start, timeZone);
    lines.push(
      ...observance('STANDARD', offset, offset, '19700101T000000', abbreviation(start, timeZone), undefined),
    );
  }
  for (const { first, last, byDay } of yearlySeries(transitions)) {
    const stillInForce = last.onset.year === toYear;
    const rule = byDay
      ? `FREQ=YEARLY;BYMONTH=${first.onset.month};BYDAY=${byDay}${stillInForce ? '' : `;UNTIL=${formatUtc(last.at)}`}`
      : undefined;
    lines.push(
      ...observance(
        first.to > first.from ? 'DAYLIGHT' : 'STANDARD',
        first.from,
        first.to,
        formatLocalTime(first.onset),
        abbreviation(first.at, timeZone),
        rule,
      ),
    );
  }
  lines.push('END:VTIMEZONE');
  return lines;
}
