import type { OverdueItem } from '#contracts/contact-cadence.ts';
import type { TeamDayRow } from '#contracts/my-day.ts';
import type { NextStep } from '#contracts/next-steps.ts';
import type { Visit } from '#contracts/visits.ts';

/** What the team's day is counted from: the whole lists, not the shortened ones the page shows. */
export interface TeamDay {
  visits: readonly Visit[];
  overdueContacts: readonly OverdueItem[];
  overdueNextSteps: readonly NextStep[];
  coverage: readonly { ownerId: string | null; warnings: number }[];
}

const attends = (visit: Visit, userId: string) =>
  visit.organiser.id === userId || visit.participants.some((participant) => participant.id === userId);

/** One row per KAM for the head of sales, by name. */
export function teamRows(kams: readonly { id: string; name: string }[], day: TeamDay): TeamDayRow[] {
  return kams
    .map((kam) => ({
      kam: { id: kam.id, name: kam.name },
      visitsThisWeek: day.visits.filter((visit) => attends(visit, kam.id)).length,
      overdueContacts: day.overdueContacts.filter((item) => item.kam?.id === kam.id).length,
      overdueNextSteps: day.overdueNextSteps.filter((step) => step.owner.id === kam.id).length,
      coverageWarnings: day.coverage
        .filter((account) => account.ownerId === kam.id)
        .reduce((sum, account) => sum + account.warnings, 0),
    }))
    .sort((a, b) => a.kam.name.localeCompare(b.kam.name, 'de'));
}
