import type { Visit } from '#contracts/visits.ts';
import type { CalendarEvent } from '../../../core/icalendar.ts';

const labels = {
  de: { agenda: 'Agenda', topics: 'Themen', ours: 'Wir', theirs: 'Kunde' },
  en: { agenda: 'Agenda', topics: 'Topics', ours: 'Our attendees', theirs: 'Customer' },
};

function description(visit: Visit, locale: string): string {
  const label = locale === 'en' ? labels.en : labels.de;
  const names = (refs: { name: string }[]) => refs.map((ref) => ref.name).join(', ');
  return [
    visit.agenda ? `${label.agenda}:\n${visit.agenda}` : '',
    visit.topics.length > 0 ? `${label.topics}: ${visit.topics.join(', ')}` : '',
    visit.participants.length > 0 ? `${label.ours}: ${names(visit.participants)}` : '',
    visit.contacts.length > 0 ? `${label.theirs}: ${names(visit.contacts)}` : '',
  ]
    .filter(Boolean)
    .join('\n\n');
}

/**
 * A visit as a calendar event. Its UID never changes, and its SEQUENCE follows the visit's
 * version, so a calendar replaces its copy on every change; a cancelled visit stays in the
 * .ics as CANCELLED, so that importing it again takes the event out of the reader's calendar.
 */
export function visitEvent(visit: Visit, locale: string): CalendarEvent {
  return {
    uid: `visit-${visit.id}@kontor`,
    sequence: visit.version - 1,
    start: { at: new Date(visit.startsAt) },
    end: { at: new Date(visit.endsAt) },
    summary: `${visit.title} – ${visit.account.name}`,
    description: description(visit, locale),
    location: visit.place,
    status: visit.status === 'cancelled' ? 'CANCELLED' : 'CONFIRMED',
    created: new Date(visit.createdAt),
    lastModified: new Date(visit.updatedAt),
  };
}
