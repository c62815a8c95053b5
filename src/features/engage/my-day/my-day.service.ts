import type { Auth } from '#contracts/identity.ts';
import type { DayScope, MyDay } from '#contracts/my-day.ts';
import type { Visit } from '#contracts/visits.ts';
import { AppError } from '../../../core/app-error.ts';
import { addDays } from '../../../core/calendar-day.ts';
import { weekOf } from '../../../core/calendar-week.ts';
import type { Clock } from '../../../core/clock.ts';
import { startOfDay } from '../../../core/zoned-time.ts';
import type { Queryable } from '../../../db/client.ts';
import { kamWorkload } from '../../identify/key-accounts/key-accounts.service.ts';
import { listAccounts } from '../../know/accounts/accounts.service.ts';
import { coverageWarningsOf } from '../../know/buying-centre/buying-centre.service.ts';
import { overdueContacts } from '../contact-cadence/contact-cadence.service.ts';
import { workspaceToday } from '../contact-cadence/relationship-settings.service.ts';
import { listNextSteps } from '../next-steps/next-steps.service.ts';
import { listVisits, visitsOfAttendee } from '../visits/visits.service.ts';
import { teamRows } from './team-day.ts';

/** The most of each list the page shows (most urgent first); the team's counts use the whole lists. */
const LIST_LIMIT = 200;
/** More than a whole sales team has open at once: the lists are read whole. */
const TEAM_LIMIT = 10_000;

/** Heads of sales and admins lead the team; nobody else sees the others' days. */
const leadsTheTeam = (auth: Auth) => auth.role === 'head_of_sales' || auth.role === 'admin';

interface Window {
  from: Date;
  to: Date;
}

/** Open next steps: overdue, due today, due later this week (up to Sunday). */
async function nextStepsOf(
  db: Queryable,
  auth: Auth,
  clock: Clock,
  ownerId: string | undefined,
  today: string,
  sunday: string,
) {
  // One read, split by the page's own today (a second read could fall on the other side of midnight).
  const open = await listNextSteps(db, auth, clock, {
    ownerId,
    status: 'open',
    dueBefore: addDays(sunday, 1),
    limit: TEAM_LIMIT,
  });
  return {
    overdue: open.items.filter((step) => step.dueOn < today),
    dueToday: open.items.filter((step) => step.dueOn === today),
    dueThisWeek: open.items.filter((step) => step.dueOn > today),
  };
}

/** The week's visits that take place: the person's (organised or attended), or everyone's. */
async function visitsOf(
  db: Queryable,
  auth: Auth,
  ownerId: string | undefined,
  week: Window,
): Promise<Visit[]> {
  if (ownerId) return visitsOfAttendee(db, auth, { userId: ownerId, ...week, limit: TEAM_LIMIT });
  const page = await listVisits(db, auth, {
    from: week.from.toISOString(),
    to: week.to.toISOString(),
    limit: TEAM_LIMIT,
  });
  return page.items.filter((visit) => visit.status !== 'cancelled');
}

const overlaps = (visit: Visit, window: Window) =>
  new Date(visit.startsAt) < window.to && new Date(visit.endsAt) > window.from;

/** The key accounts (of the owner, or all) with gaps in their buying centre; tier 1 first. */
async function coverageOf(db: Queryable, auth: Auth, ownerId: string | undefined) {
  const accounts = await listAccounts(db, auth, {
    ownerId,
    keyAccount: true,
    archived: 'false',
    limit: TEAM_LIMIT,
  });
  const warnings = await coverageWarningsOf(
    db,
    auth,
    accounts.items.map((account) => account.id),
  );
  return accounts.items
    .map((account) => ({ account, warnings: warnings.get(account.id) ?? [] }))
    .filter((entry) => entry.warnings.length > 0)
    .sort((a, b) => (a.account.keyAccountTier ?? 4) - (b.account.keyAccountTier ?? 4));
}

/**
 * The start page. "Today" and "this week" (Monday to Sunday) are calendar days in the
 * workspace's time zone. An internal colleague gets only their next steps: the relationship
 * work of the sellers is not theirs to read.
 */
export async function myDay(db: Queryable, auth: Auth, clock: Clock, scope: DayScope): Promise<MyDay> {
  if (scope === 'team' && !leadsTheTeam(auth)) {
    throw new AppError('forbidden', "Only a head of sales or an admin sees the team's day");
  }
  const { today, timeZone } = await workspaceToday(db, auth, clock);
  const { monday, sunday } = weekOf(today);
  const ownerId = scope === 'me' ? auth.userId : undefined;
  const steps = await nextStepsOf(db, auth, clock, ownerId, today, sunday);
  const nextSteps = {
    overdue: steps.overdue.slice(0, LIST_LIMIT),
    dueToday: steps.dueToday.slice(0, LIST_LIMIT),
    dueThisWeek: steps.dueThisWeek.slice(0, LIST_LIMIT),
  };
  if (auth.role === 'internal') {
    return {
      date: today,
      timeZone,
      visitsToday: [],
      visitsThisWeek: [],
      overdueContacts: [],
      nextSteps,
      coverageWarnings: [],
    };
  }
  const dayOf = (day: string) => ({
    from: startOfDay(day, timeZone),
    to: startOfDay(addDays(day, 1), timeZone),
  });
  const visits = await visitsOf(db, auth, ownerId, { from: dayOf(monday).from, to: dayOf(sunday).to });
  const overdue = await overdueContacts(db, auth, clock, { ownerId });
  const coverage = await coverageOf(db, auth, ownerId);
  const day: MyDay = {
    date: today,
    timeZone,
    visitsToday: visits.filter((visit) => overlaps(visit, dayOf(today))).slice(0, LIST_LIMIT),
    visitsThisWeek: visits.slice(0, LIST_LIMIT),
    overdueContacts: overdue.slice(0, LIST_LIMIT),
    nextSteps,
    coverageWarnings: coverage.slice(0, LIST_LIMIT).map(({ account, warnings }) => ({
      account: { id: account.id, name: account.name, keyAccountTier: account.keyAccountTier },
      warnings,
    })),
  };
  if (scope === 'me') return day;
  const kams = (await kamWorkload(db, auth)).items.map((item) => item.user);
  const team = teamRows(kams, {
    visits,
    overdueContacts: overdue,
    overdueNextSteps: steps.overdue,
    coverage: coverage.map(({ account, warnings }) => ({
      ownerId: account.owner?.id ?? null,
      warnings: warnings.length,
    })),
  });
  return { ...day, team };
}
