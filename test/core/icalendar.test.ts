import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { allDay, type CalendarEvent, escapeText, foldLine, writeCalendar } from '../../src/core/icalendar.ts';
import { vtimezoneLines } from '../../src/core/vtimezone.ts';
import { instantAt, instantsAt, offsetMinutes, startOfDay } from '../../src/core/zoned-time.ts';
import { parseIcalendar } from '../setup/parse-icalendar.ts';

const stamp = new Date('2026-05-04T07:30:00Z');

function event(overrides: Partial<CalendarEvent> = {}): CalendarEvent {
  return {
    uid: 'visit-0197a0c2-0000-7000-8000-000000000001@kontor',
    sequence: 0,
    start: { at: new Date('2026-03-29T08:00:00Z') },
    end: { at: new Date('2026-03-29T09:30:00Z') },
    summary: 'Jahresgespräch',
    status: 'CONFIRMED',
    created: new Date('2026-03-01T10:00:00Z'),
    lastModified: new Date('2026-03-02T10:00:00Z'),
    ...overrides,
  };
}

const unfold = (text: string) => text.replaceAll('\r\n ', '');

describe('TEXT escaping', () => {
  it('escapes backslash, semicolon, comma and every kind of line break', () => {
    expect(escapeText('a\\b;c,d\ne\r\nf\rg')).toBe('a\\\\b\\;c\\,d\\ne\\nf\\ng');
  });

  it('drops control characters that TEXT may not hold, keeps tabs', () => {
    expect(escapeText('a\u0000b\u0007c\td\u007f')).toBe('abc\td');
  });
});

describe('line folding', () => {
  it('keeps short lines as they are', () => {
    expect(foldLine('SUMMARY:kurz')).toBe('SUMMARY:kurz');
  });

  it('folds at 75 octets, never inside a UTF-8 sequence, and unfolds to the original', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 400 }), (text) => {
        const line = `DESCRIPTION:${text}`;
        const folded = foldLine(line);
        const physical = folded.split('\r\n');
        for (const [index, part] of physical.entries()) {
          expect(Buffer.byteLength(part, 'utf8')).toBeLessThanOrEqual(75);
          // Each line on its own is whole UTF-8: no lone surrogate from a split character.
          expect(Buffer.from(part, 'utf8').toString('utf8')).toBe(part);
          if (index > 0) expect(part.startsWith(' ')).toBe(true);
        }
        expect(unfold(folded)).toBe(line);
      }),
    );
  });

  it('fills lines of multi-byte characters up to the limit', () => {
    const folded = foldLine(`X:${'€'.repeat(60)}`).split('\r\n');
    // "X:" and 24 euro signs (3 octets each) make 74 octets; a 25th would make 77.
    expect(folded[0]).toBe(`X:${'€'.repeat(24)}`);
    expect(Buffer.byteLength(folded[1] ?? '', 'utf8')).toBe(1 + 24 * 3);
  });
});

describe('the calendar', () => {
  it('parses in ical.js with its texts, times, UID, sequence and status intact', () => {
    const tricky = 'Müller, Söhne; Partner \\ Co.\nZweite Zeile\r\nDritte, mit Komma';
    const text = writeCalendar({
      name: 'Kontor – Ada',
      timeZone: 'Europe/Berlin',
      stamp,
      events: [
        event({
          summary: tricky,
          description: `${tricky} ${'ä'.repeat(120)}`,
          location: 'Hauptstr. 1, Köln',
        }),
        event({ uid: 'visit-2@kontor', sequence: 4, status: 'CANCELLED' }),
        event({ uid: 'next-step-3@kontor', ...allDay('2026-12-31'), transparent: true }),
      ],
    });
    const { calendar, events } = parseIcalendar(text);
    expect(calendar.getFirstPropertyValue('version')).toBe('2.0');
    expect(calendar.getFirstPropertyValue('method')).toBe('PUBLISH');
    const [visit, cancelled, step] = events;
    expect(visit).toMatchObject({
      summary: 'Müller, Söhne; Partner \\ Co.\nZweite Zeile\nDritte, mit Komma',
      location: 'Hauptstr. 1, Köln',
      startTzid: 'Europe/Berlin',
      status: 'CONFIRMED',
      start: new Date('2026-03-29T08:00:00Z'),
      end: new Date('2026-03-29T09:30:00Z'),
    });
    expect(visit?.description).toBe(
      `Müller, Söhne; Partner \\ Co.\nZweite Zeile\nDritte, mit Komma ${'ä'.repeat(120)}`,
    );
    expect(cancelled).toMatchObject({ uid: 'visit-2@kontor', sequence: 4, status: 'CANCELLED' });
    expect(step).toMatchObject({ allDay: true, startDay: '2026-12-31', endDay: '2027-01-01' });
    expect(text).toContain('DTSTAMP:20260504T073000Z');
    expect(text).toContain('DTSTART;TZID=Europe/Berlin:20260329T100000');
    expect(text).toContain('TRANSP:TRANSPARENT');
  });

  it('writes the wall-clock time of the zone with its VTIMEZONE, right across daylight saving', () => {
    const moments = [
      '2026-01-15T09:00:00Z',
      '2026-03-29T00:59:00Z', // the minute before the change
      '2026-03-29T01:00:00Z', // 03:00 summer time
      '2026-10-25T00:30:00Z', // 02:30 summer time, before the clocks go back
      '2026-10-25T01:30:00Z', // 02:30 winter time, after
      '2027-07-01T12:00:00Z',
      '2030-03-31T01:00:00Z',
    ].map((iso) => new Date(iso));
    const text = writeCalendar({
      timeZone: 'Europe/Berlin',
      stamp,
      events: moments.map((at, i) =>
        event({ uid: `e${i}`, start: { at }, end: { at: new Date(at.getTime() + 3_600_000) } }),
      ),
    });
    expect(parseIcalendar(text).events.map((e) => e.start)).toEqual(moments);
    expect(text).toContain('DTSTART;TZID=Europe/Berlin:20260329T030000');
    // 02:30 on the autumn day happens twice: written in UTC, each one stays itself.
    expect(text).toContain('DTSTART:20261025T003000Z');
    expect(text).toContain('DTSTART:20261025T013000Z');
  });

  it('gives Europe/Berlin the rules of the last Sundays of March and October', () => {
    const lines = vtimezoneLines('Europe/Berlin', 2025, 2027);
    expect(lines).toEqual([
      'BEGIN:VTIMEZONE',
      'TZID:Europe/Berlin',
      'BEGIN:DAYLIGHT',
      'DTSTART:20250330T020000',
      'TZOFFSETFROM:+0100',
      'TZOFFSETTO:+0200',
      'TZNAME:CEST',
      'RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU',
      'END:DAYLIGHT',
      'BEGIN:STANDARD',
      'DTSTART:20251026T030000',
      'TZOFFSETFROM:+0200',
      'TZOFFSETTO:+0100',
      'TZNAME:CET',
      'RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU',
      'END:STANDARD',
      'END:VTIMEZONE',
    ]);
  });

  it('ends a rule that stopped (São Paulo gave up daylight saving in 2019) and covers zones without any', () => {
    const saoPaulo = vtimezoneLines('America/Sao_Paulo', 2016, 2021).join('\n');
    expect(saoPaulo).toMatch(/RRULE:FREQ=YEARLY;BYMONTH=\d+;BYDAY=[-\dA-Z]+;UNTIL=\d{8}T\d{6}Z/);
    expect(vtimezoneLines('Asia/Kolkata', 2025, 2026)).toContain('TZOFFSETTO:+0530');
  });

  it.each([
    'Europe/Berlin',
    'Europe/London',
    'America/New_York',
    'America/Sao_Paulo',
    'Australia/Sydney',
    'Asia/Kolkata',
    'Pacific/Chatham',
  ])('lets ical.js read every moment in %s as the moment it was', (timeZone) => {
    fc.assert(
      fc.property(
        fc.date({
          min: new Date('2017-01-01T00:00:00Z'),
          max: new Date('2032-12-31T00:00:00Z'),
          noInvalidDate: true,
        }),
        (drawn) => {
          const at = new Date(Math.floor(drawn.getTime() / 60_000) * 60_000);
          const text = writeCalendar({
            timeZone,
            stamp,
            events: [event({ start: { at }, end: { at: new Date(at.getTime() + 60_000) } })],
          });
          expect(parseIcalendar(text).events[0]?.start).toEqual(at);
        },
      ),
      { numRuns: 60 },
    );
  });
});

describe('zoned time', () => {
  it('reads offsets and turns wall-clock times into instants, also on the change days', () => {
    expect(offsetMinutes(new Date('2026-07-01T00:00:00Z'), 'Europe/Berlin')).toBe(120);
    expect(offsetMinutes(new Date('2026-07-01T00:00:00Z'), 'America/St_Johns')).toBe(-150);
    expect(startOfDay('2026-03-29', 'Europe/Berlin')).toEqual(new Date('2026-03-28T23:00:00Z'));
    expect(startOfDay('2026-03-30', 'Europe/Berlin')).toEqual(new Date('2026-03-29T22:00:00Z'));
    const local = { year: 2026, month: 3, day: 29, hour: 2, minute: 30, second: 0 };
    // Skipped by the change: as if the clock had not been put forward yet.
    expect(instantAt(local, 'Europe/Berlin')).toEqual(new Date('2026-03-29T01:30:00Z'));
    // Occurs twice: the first one.
    expect(instantsAt({ ...local, month: 10, day: 25 }, 'Europe/Berlin')).toEqual([
      new Date('2026-10-25T00:30:00Z'),
      new Date('2026-10-25T01:30:00Z'),
    ]);
    expect(instantAt({ ...local, month: 10, day: 25 }, 'Europe/Berlin')).toEqual(
      new Date('2026-10-25T00:30:00Z'),
    );
  });
});
