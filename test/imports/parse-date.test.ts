import { describe, expect, it } from 'vitest';
import { parseDate } from '../../src/features/identify/imports/parsing/index.ts';
import {
  isoDateOfExcelDate,
  isoDateOfExcelSerial,
} from '../../src/features/identify/imports/parsing/parse-date.ts';

describe('parseDate', () => {
  it('reads all four formats', () => {
    expect(parseDate('26.11.2026', 'DD.MM.YYYY')).toEqual({ ok: true, date: '2026-11-26' });
    expect(parseDate('2026-11-26', 'YYYY-MM-DD')).toEqual({ ok: true, date: '2026-11-26' });
    expect(parseDate('11/26/2026', 'MM/DD/YYYY')).toEqual({ ok: true, date: '2026-11-26' });
    expect(parseDate('26/11/2026', 'DD/MM/YYYY')).toEqual({ ok: true, date: '2026-11-26' });
    expect(parseDate('3.4.2026', 'DD.MM.YYYY')).toEqual({ ok: true, date: '2026-04-03' });
  });

  it('drops a time of day', () => {
    expect(parseDate('26.11.2026 00:00:00', 'DD.MM.YYYY')).toEqual({ ok: true, date: '2026-11-26' });
    expect(parseDate('2026-11-26T13:45:00Z', 'YYYY-MM-DD')).toEqual({ ok: true, date: '2026-11-26' });
  });

  it('refuses impossible dates', () => {
    expect(parseDate('31.02.2026', 'DD.MM.YYYY')).toMatchObject({ ok: false, code: 'impossible_date' });
    expect(parseDate('29.02.2026', 'DD.MM.YYYY')).toMatchObject({ ok: false, code: 'impossible_date' });
    expect(parseDate('29.02.2028', 'DD.MM.YYYY')).toEqual({ ok: true, date: '2028-02-29' });
    expect(parseDate('2026-13-01', 'YYYY-MM-DD')).toMatchObject({ ok: false, code: 'impossible_date' });
  });

  it('refuses text, another format and implausible years', () => {
    expect(parseDate('morgen', 'DD.MM.YYYY')).toMatchObject({ ok: false, code: 'invalid_date' });
    expect(parseDate('2026-11-26', 'DD.MM.YYYY')).toMatchObject({ ok: false, code: 'invalid_date' });
    expect(parseDate('26.11.0226', 'DD.MM.YYYY')).toMatchObject({ ok: false, code: 'invalid_date' });
  });

  it('hints at the other slash order when a row only fits that', () => {
    const result = parseDate('11/26/2026', 'DD/MM/YYYY');
    expect(result).toMatchObject({ ok: false, code: 'impossible_date' });
    expect(!result.ok && result.message).toContain('MM/DD/YYYY');
  });

  it('reads Excel dates on the calendar day, whatever the time zone', () => {
    expect(isoDateOfExcelDate(new Date(Date.UTC(2026, 10, 26)))).toEqual({ ok: true, date: '2026-11-26' });
    expect(isoDateOfExcelDate(new Date(Date.UTC(2026, 10, 26, 23, 59)))).toEqual({
      ok: true,
      date: '2026-11-26',
    });
    expect(isoDateOfExcelSerial(46352)).toEqual({ ok: true, date: '2026-11-26' });
    expect(isoDateOfExcelSerial(44890, true)).toEqual({ ok: true, date: '2026-11-26' });
  });
});
