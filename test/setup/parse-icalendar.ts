import ICAL from 'ical.js';
import { expect, vi } from 'vitest';

export interface ParsedEvent {
  uid: string;
  summary: string;
  description: string | null;
  location: string | null;
  status: string | null;
  sequence: number;
  /** As the parser resolves it through the VTIMEZONE. */
  start: Date;
  end: Date;
  allDay: boolean;
  /** The date as written, for all-day events (`2026-11-26`). */
  startDay: string;
  endDay: string;
  startTzid: string | null;
}

/**
 * Parses iCalendar text with ical.js, an independent parser, and fails the test on anything it
 * or the RFC's line rules object to: bare line feeds, lines over 75 octets, warnings.
 */
export function parseIcalendar(text: string): { calendar: ICAL.Component; events: ParsedEvent[] } {
  expect(text.endsWith('\r\n')).toBe(true);
  const lines = text.slice(0, -2).split('\r\n');
  for (const line of lines) {
    expect(line.includes('\n') || line.includes('\r'), JSON.stringify(line)).toBe(false);
    expect(Buffer.byteLength(line, 'utf8'), line).toBeLessThanOrEqual(75);
  }
  const warn = vi.spyOn(console, 'warn');
  const error = vi.spyOn(console, 'error');
  try {
    const calendar = new ICAL.Component(ICAL.parse(text));
    for (const zone of calendar.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(zone);
    const events = calendar.getAllSubcomponents('vevent').map((component) => {
      const event = new ICAL.Event(component);
      const text = (name: string) => {
        const value = component.getFirstPropertyValue(name);
        return value === null ? null : String(value);
      };
      return {
        uid: event.uid,
        summary: event.summary,
        description: text('description'),
        location: text('location'),
        status: text('status'),
        sequence: event.sequence,
        start: event.startDate.toJSDate(),
        end: event.endDate.toJSDate(),
        allDay: event.startDate.isDate,
        startDay: event.startDate.toString().slice(0, 10),
        endDay: event.endDate.toString().slice(0, 10),
        startTzid: component.getFirstProperty('dtstart')?.getParameter('tzid') as string | null,
      };
    });
    expect(warn).not.toHaveBeenCalled();
    expect(error).not.toHaveBeenCalled();
    return { calendar, events };
  } finally {
    warn.mockRestore();
    error.mockRestore();
  }
}
