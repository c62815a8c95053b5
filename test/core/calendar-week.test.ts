import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, daysBetween } from '../../src/core/calendar-day.ts';
import { weekOf } from '../../src/core/calendar-week.ts';

describe('the calendar week of a day', () => {
  it('runs from Monday to Sunday', () => {
    expect(weekOf('2026-11-26')).toEqual({ monday: '2026-11-23', sunday: '2026-11-29' });
    expect(weekOf('2026-11-23')).toEqual({ monday: '2026-11-23', sunday: '2026-11-29' });
    expect(weekOf('2026-11-29')).toEqual({ monday: '2026-11-23', sunday: '2026-11-29' });
  });

  it('crosses months, years and daylight-saving changes as plain dates', () => {
    expect(weekOf('2027-01-01')).toEqual({ monday: '2026-12-28', sunday: '2027-01-03' });
    expect(weekOf('2026-03-29')).toEqual({ monday: '2026-03-23', sunday: '2026-03-29' });
    expect(weekOf('2028-02-29')).toEqual({ monday: '2028-02-28', sunday: '2028-03-05' });
  });

  it('holds the day, starts on a Monday, and is the same for every day of it', () => {
    const day = fc
      .date({ min: new Date('1970-01-01'), max: new Date('2100-12-31'), noInvalidDate: true })
      .map((date) => date.toISOString().slice(0, 10));
    fc.assert(
      fc.property(day, (d) => {
        const { monday, sunday } = weekOf(d);
        expect(daysBetween(monday, d)).toBeGreaterThanOrEqual(0);
        expect(daysBetween(d, sunday)).toBeGreaterThanOrEqual(0);
        expect(daysBetween(monday, sunday)).toBe(6);
        expect(new Date(`${monday}T00:00:00Z`).getUTCDay()).toBe(1);
        for (let offset = 0; offset < 7; offset++)
          expect(weekOf(addDays(monday, offset)).monday).toBe(monday);
      }),
    );
  });
});
