import { addDays } from './calendar-day.ts';
import { formatLocalTime, formatUtc, vtimezoneLines } from './vtimezone.ts';
import { instantsAt, localTimeIn } from './zoned-time.ts';

/**
 * An iCalendar (RFC 5545) writer for what Kontor publishes: visits and next steps as events, for
 * the .ics download of a visit and for the calendar feed that Outlook, Google Calendar and Apple
 * Calendar subscribe to. Times are written as wall-clock times of the workspace's zone with its
 * VTIMEZONE, so that a visit at 10:00 in Köln stays at 10:00 across daylight-saving changes.
 */

export type EventTime =
  /** A moment, written in the calendar's time zone. */
  | { at: Date }
  /** A whole day (`YYYY-MM-DD`), the same date wherever the reader is. */
  | { day: string };

export interface CalendarEvent {
  /** Stable across requests and versions: calendars match updates by it. */
  uid: string;
  /** Rises with every change, so that calendars take the newer copy. */
  sequence: number;
  start: EventTime;
  /** Exclusive: the end of a timed event, or the day after the last day of an all-day one. */
  end: EventTime;
  summary: string;
  description?: string | null;
  location?: string | null;
  status: 'CONFIRMED' | 'TENTATIVE' | 'CANCELLED';
  /** A transparent event (a task's due day) does not block the reader's free/busy time. */
  transparent?: boolean;
  created: Date;
  lastModified: Date;
  url?: string | null;
}

export interface Calendar {
  /** The calendar's name, shown by the subscribing application. */
  name?: string;
  timeZone: string;
  events: CalendarEvent[];
  /** When this copy was made: every event's DTSTAMP (METHOD:PUBLISH). */
  stamp: Date;
}

const CRLF = '\r\n';
const MAX_LINE_OCTETS = 75;

/**
 * TEXT values (§3.3.11): backslash, semicolon and comma escaped, every line break as `\n`.
 * Other control characters are not allowed in TEXT and are dropped.
 */
export function escapeText(value: string): string {
  return value
    .replace(/\r\n?/g, '\n')
    .replaceAll('\\', '\\\\')
    .replaceAll(';', '\\;')
    .replaceAll(',', '\\,')
    .replaceAll('\n', '\\n')
    .replace(/\p{Cc}/gu, (character) => (character === '\t' ? character : ''));
}

/**
 * Folds a content line after at most 75 octets (§3.1); continuation lines start with a space.
 * A line is only broken between characters, never inside a UTF-8 sequence.
 */
export function foldLine(line: string): string {
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  for (const character of line) {
    const size = Buffer.byteLength(character, 'utf8');
    // The space that starts a continuation line counts towards its 75 octets.
    if (octets + size > MAX_LINE_OCTETS) {
      parts.push(current);
      current = ' ';
      octets = 1;
    }
    current += character;
    octets += size;
  }
  parts.push(current);
  return parts.join(CRLF);
}

function timeProperty(name: 'DTSTART' | 'DTEND', time: EventTime, timeZone: string): string {
  if ('day' in time) return `${name};VALUE=DATE:${time.day.replaceAll('-', '')}`;
  const local = localTimeIn(time.at, timeZone);
  // In the hour the clocks go back a wall-clock time names two moments, and parsers disagree
  // which one is meant (RFC 5545: the first; ical.js: the second). UTC leaves no doubt.
  if (instantsAt(local, timeZone).length > 1) return `${name}:${formatUtc(time.at)}`;
  return `${name};TZID=${timeZone}:${formatLocalTime(local)}`;
}

function eventLines(event: CalendarEvent, calendar: Calendar): string[] {
  const optional = (name: string, value: string | null | undefined) =>
    value ? [`${name}:${escapeText(value)}`] : [];
  return [
    'BEGIN:VEVENT',
    `UID:${event.uid}`,
    `DTSTAMP:${formatUtc(calendar.stamp)}`,
    timeProperty('DTSTART', event.start, calendar.timeZone),
    timeProperty('DTEND', event.end, calendar.timeZone),
    `SEQUENCE:${event.sequence}`,
    `SUMMARY:${escapeText(event.summary)}`,
    ...optional('DESCRIPTION', event.description),
    ...optional('LOCATION', event.location),
    `STATUS:${event.status}`,
    `TRANSP:${event.transparent ? 'TRANSPARENT' : 'OPAQUE'}`,
    `CREATED:${formatUtc(event.created)}`,
    `LAST-MODIFIED:${formatUtc(event.lastModified)}`,
    // A URI value, not TEXT: written as it is (the caller passes a valid absolute URL).
    ...(event.url ? [`URL:${event.url}`] : []),
    'END:VEVENT',
  ];
}

function yearOf(time: EventTime): number {
  return 'day' in time ? Number(time.day.slice(0, 4)) : time.at.getUTCFullYear();
}

/** The whole calendar object, CRLF-terminated lines, folded. */
export function writeCalendar(calendar: Calendar): string {
  const years = calendar.events.flatMap((event) => [yearOf(event.start), yearOf(event.end)]);
  const thisYear = calendar.stamp.getUTCFullYear();
  // From the year before the first event: its changes cover the months before the next one's.
  const fromYear = Math.min(thisYear, ...years) - 1;
  const toYear = Math.max(thisYear, ...years);
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Kontor//Kontor Key Account Management//DE',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    ...(calendar.name
      ? [`NAME:${escapeText(calendar.name)}`, `X-WR-CALNAME:${escapeText(calendar.name)}`]
      : []),
    `X-WR-TIMEZONE:${calendar.timeZone}`,
    // How often a subscriber should fetch the feed again (RFC 7986, and Outlook's older name for it).
    'REFRESH-INTERVAL;VALUE=DURATION:PT1H',
    'X-PUBLISHED-TTL:PT1H',
    ...vtimezoneLines(calendar.timeZone, fromYear, toYear),
    ...calendar.events.flatMap((event) => eventLines(event, calendar)),
    'END:VCALENDAR',
  ];
  return lines.map(foldLine).join(CRLF) + CRLF;
}

/** An all-day event's exclusive end: the day after its (last) day. */
export function allDay(day: string): { start: EventTime; end: EventTime } {
  return { start: { day }, end: { day: addDays(day, 1) } };
}
