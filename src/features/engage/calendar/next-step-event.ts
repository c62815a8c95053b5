import type { NextStep } from '#contracts/next-steps.ts';
import { allDay, type CalendarEvent } from '../../../core/icalendar.ts';

/**
 * An open next step as an all-day event on its due day: a reminder, not an appointment, so it
 * does not block the owner's time (TRANSP:TRANSPARENT).
 */
export function nextStepEvent(step: NextStep): CalendarEvent {
  return {
    uid: `next-step-${step.id}@kontor`,
    sequence: step.version - 1,
    ...allDay(step.dueOn),
    summary: `${step.title} – ${step.account.name}`,
    description: step.notes,
    status: 'CONFIRMED',
    transparent: true,
    created: new Date(step.createdAt),
    lastModified: new Date(step.updatedAt),
  };
}
