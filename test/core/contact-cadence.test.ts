import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, dayIn, daysBetween, isTimeZone, laterDay } from '../../src/core/calendar-day.ts';
import { cadenceDaysOf, compareOverdue, freshnessOf, importanceOf } from '../../src/core/contact-cadence.ts';

const BERLIN = 'Europe/Berlin';
const tiers = { tier1CadenceDays: 14, tier2CadenceDays: 30, tier3CadenceDays: 60 };

const berlinClock = new Intl.DateTimeFormat('en-CA', {
  timeZone: BERLIN,
  hourCycle: 'h23',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
});

/** The instant a Berlin clock shows `day` at hh:mm (a time that exists on that day). */
function berlin(day: string, hh: number, mm = 0): Date {
  const clock = `${String(hh).padStart(2, '0')}:${String(mm).padStart(2, '0')}`;
  const wall = Date.parse(`${day}T${clock}:00Z`);
  for (const offsetHours of [1, 2]) {
    const candidate = new Date(wall - offsetHours * 3_600_000);
    if (berlinClock.format(candidate) === `${day}, ${clock}`) return candidate;
  }
  throw new Error(`${day} ${clock} does not exist in Berlin`);
}

function freshness(
  lastContactAt: Date | null,
  cadenceDays: number | null,
  now: Date,
  sinceDay = '2026-01-01',
) {
  return freshnessOf({ cadenceDays, lastContactAt, sinceDay, now, timeZone: BERLIN });
}

describe('calendar days', () => {
  it('are the days of the zone, not of UTC, on both sides of the daylight-saving changes', () => {
    // 29 March 2026: 02:00 CET becomes 03:00 CEST. 25 October 2026: 03:00 CEST becomes 02:00 CET.
    expect(dayIn(new Date('2026-03-28T23:30:00Z'), BERLIN)).toBe('2026-03-29'); // 00:30 CET
    expect(dayIn(new Date('2026-03-29T21:59:59Z'), BERLIN)).toBe('2026-03-29'); // 23:59:59 CEST
    expect(dayIn(new Date('2026-03-29T22:00:00Z'), BERLIN)).toBe('2026-03-30');
    expect(dayIn(new Date('2026-10-24T22:00:00Z'), BERLIN)).toBe('2026-10-25'); // 00:00 CEST
    expect(dayIn(new Date('2026-10-25T22:59:59Z'), BERLIN)).toBe('2026-10-25'); // 23:59:59 CET
    expect(dayIn(new Date('2026-10-25T23:00:00Z'), BERLIN)).toBe('2026-10-26');
  });

  it('count across a 23- and a 25-hour day as one day each', () => {
    expect(daysBetween('2026-03-28', '2026-03-30')).toBe(2);
    expect(daysBetween('2026-10-24', '2026-10-26')).toBe(2);
    expect(addDays('2026-03-20', 14)).toBe('2026-04-03');
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(laterDay('2026-03-30', '2026-03-29')).toBe('2026-03-30');
  });

  it('add and count days as inverses', () => {
    fc.assert(
      fc.property(
        fc.date({
          min: new Date('1970-01-01T00:00:00Z'),
          max: new Date('2100-12-31T00:00:00Z'),
          noInvalidDate: true,
        }),
        fc.integer({ min: -5000, max: 5000 }),
        (date, days) => {
          const day = date.toISOString().slice(0, 10);
          expect(daysBetween(day, addDays(day, days))).toBe(days);
        },
      ),
    );
  });

  it('know IANA time zones', () => {
    expect(isTimeZone('Europe/Berlin')).toBe(true);
    expect(isTimeZone('America/Argentina/Buenos_Aires')).toBe(true);
    expect(isTimeZone('Europe/Atlantis')).toBe(false);
    expect(isTimeZone('')).toBe(false);
  });
});

describe('contact cadence', () => {
  it('takes the stakeholder interval over the account interval over the tier interval', () => {
    expect(cadenceDaysOf(tiers, { keyAccountTier: 1, contactCadenceDays: null })).toBe(14);
    expect(cadenceDaysOf(tiers, { keyAccountTier: 3, contactCadenceDays: null })).toBe(60);
    expect(cadenceDaysOf(tiers, { keyAccountTier: 1, contactCadenceDays: 21 })).toBe(21);
    expect(cadenceDaysOf(tiers, { keyAccountTier: 1, contactCadenceDays: 21 }, 7)).toBe(7);
    expect(cadenceDaysOf(tiers, { keyAccountTier: null, contactCadenceDays: null })).toBeNull();
    expect(cadenceDaysOf(tiers, { keyAccountTier: null, contactCadenceDays: 90 })).toBe(90);
  });

  it('is due the cadence in calendar days after the last contact, across the spring change', () => {
    const last = berlin('2026-03-20', 10);
    expect(freshness(last, 14, berlin('2026-04-03', 23, 59))).toMatchObject({
      dueOn: '2026-04-03',
      overdueDays: 0,
    });
    expect(freshness(last, 14, berlin('2026-04-04', 0, 0))).toMatchObject({ overdueDays: 1 });
    // A naive 24-hour count would still say 3 April at 23:30 UTC + 1 h.
    expect(freshness(last, 14, new Date('2026-04-03T22:30:00Z')).overdueDays).toBe(1);
  });

  it('counts a contact late in the evening on its Berlin day, across the autumn change', () => {
    const lateEvening = new Date('2026-10-20T21:30:00Z'); // 23:30 CEST on 20 October
    expect(freshness(lateEvening, 7, berlin('2026-10-27', 23, 59))).toMatchObject({
      dueOn: '2026-10-27',
      overdueDays: 0,
    });
    expect(freshness(lateEvening, 7, new Date('2026-10-27T23:00:00Z')).overdueDays).toBe(1); // 00:00 CET
    expect(freshness(lateEvening, 7, new Date('2026-10-27T22:59:00Z')).overdueDays).toBe(0);
  });

  it('counts an interaction logged for a past date from that date', () => {
    const now = berlin('2026-05-20', 9);
    // Logged today for a meeting on 1 May: due on 15 May, five days overdue.
    expect(freshness(berlin('2026-05-01', 15), 14, now)).toMatchObject({
      dueOn: '2026-05-15',
      overdueDays: 5,
    });
  });

  it('applies a changed cadence at once: nothing is stored', () => {
    const last = berlin('2026-02-01', 11);
    const now = berlin('2026-03-10', 11); // 37 days later
    expect(freshness(last, 60, now).overdueDays).toBe(0);
    expect(freshness(last, 30, now).overdueDays).toBe(7);
    expect(freshness(last, 14, now).overdueDays).toBe(23);
  });

  it('is due from the start day when never contacted, and has nothing due without a cadence', () => {
    expect(freshness(null, 14, berlin('2026-03-10', 8), '2026-03-01')).toEqual({
      cadenceDays: 14,
      lastContactAt: null,
      dueOn: '2026-03-01',
      overdueDays: 9,
    });
    expect(freshness(berlin('2026-01-01', 8), null, berlin('2026-12-31', 8))).toMatchObject({
      dueOn: null,
      overdueDays: 0,
    });
  });

  it('is overdue by exactly the calendar days past the due day, at any hour, in any year, DST or not', () => {
    const existingHour = fc.integer({ min: 0, max: 23 }).filter((hour) => hour !== 2);
    fc.assert(
      fc.property(
        fc.date({
          min: new Date('2000-01-01T00:00:00Z'),
          max: new Date('2040-12-31T00:00:00Z'),
          noInvalidDate: true,
        }),
        fc.integer({ min: 1, max: 365 }),
        fc.integer({ min: -40, max: 40 }),
        existingHour,
        fc.integer({ min: 0, max: 59 }),
        (last, cadence, daysPastDue, hour, minute) => {
          const dueOn = addDays(dayIn(last, BERLIN), cadence);
          const now = berlin(addDays(dueOn, daysPastDue), hour, minute);
          const result = freshness(last, cadence, now);
          expect(result.dueOn).toBe(dueOn);
          expect(result.overdueDays).toBe(Math.max(0, daysPastDue));
        },
      ),
    );
  });

  it('grows by one a day and shrinks by a day for each day more of cadence', () => {
    fc.assert(
      fc.property(
        fc.date({
          min: new Date('2000-01-01T00:00:00Z'),
          max: new Date('2040-12-31T00:00:00Z'),
          noInvalidDate: true,
        }),
        fc.integer({ min: 1, max: 200 }),
        fc.integer({ min: 0, max: 100 }),
        fc.integer({ min: 0, max: 300 }),
        (last, cadence, extra, elapsed) => {
          const now = berlin(addDays(dayIn(last, BERLIN), elapsed), 12);
          const before = freshness(last, cadence, now).overdueDays;
          const tomorrow = berlin(addDays(dayIn(now, BERLIN), 1), 12);
          expect(freshness(last, cadence, tomorrow).overdueDays).toBe(elapsed + 1 > cadence ? before + 1 : 0);
          expect(freshness(last, cadence + extra, now).overdueDays).toBe(
            Math.max(0, elapsed - cadence - extra),
          );
        },
      ),
    );
  });
});

describe('overdue order', () => {
  it('weighs tier by influence, influence 3 when unknown', () => {
    expect(importanceOf(1, 5)).toBe(15);
    expect(importanceOf(1, null)).toBe(9);
    expect(importanceOf(3, 1)).toBe(1);
    expect(importanceOf(null, null)).toBe(3);
  });

  it('puts the most important first, then the longest overdue, and is a total order', () => {
    const item = (importance: number, overdueDays: number, account: string, contact: string | null) => ({
      importance,
      overdueDays,
      account: { id: account },
      contact: contact ? { id: contact } : null,
    });
    const sorted = [
      item(3, 40, 'a', null),
      item(15, 2, 'b', 'x'),
      item(15, 9, 'c', 'y'),
      item(9, 9, 'a', 'z'),
      item(9, 9, 'a', null),
    ].sort(compareOverdue);
    expect(
      sorted.map((i) => `${i.importance}/${i.overdueDays}/${i.account.id}/${i.contact?.id ?? '-'}`),
    ).toEqual(['15/9/c/y', '15/2/b/x', '9/9/a/-', '9/9/a/z', '3/40/a/-']);
  });
});
