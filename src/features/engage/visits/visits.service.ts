import type { Account } from '#contracts/accounts.ts';
import type { Auth } from '#contracts/identity.ts';
import type { Visit, VisitCreate, VisitListQuery, VisitUpdate } from '#contracts/visits.ts';
import { AppError, type FieldError, refuse, versionConflict } from '../../../core/app-error.ts';
import { addDays } from '../../../core/calendar-day.ts';
import type { Clock } from '../../../core/clock.ts';
import { writeCalendar } from '../../../core/icalendar.ts';
import { newId } from '../../../core/ids.ts';
import { startOfDay } from '../../../core/zoned-time.ts';
import type { Queryable } from '../../../db/client.ts';
import { getAccount } from '../../know/accounts/accounts.service.ts';
import { checkContactsAtAccount } from '../../know/contacts/contacts.service.ts';
import { type AuditChange, recordChange } from '../../platform/audit/audit.service.ts';
import { memberErrors } from '../../platform/users/users.service.ts';
import { getRelationshipSettings } from '../contact-cadence/relationship-settings.service.ts';
import { visitEvent } from './visit-event.ts';

/** A visit as a calendar entry: for the .ics download here and the calendar feed. */
export { visitEvent } from './visit-event.ts';

import * as store from './visits.store.ts';

/** Visits are planned within these years; the calendar writer relies on sane bounds. */
const EARLIEST = Date.UTC(1970, 0, 1);
const LATEST = Date.UTC(2100, 0, 1);
/** Longer than this is no visit but a stay; most likely a typo in the end date. */
const LONGEST_MS = 31 * 86_400_000;

/** Colleagues who go on the visit: active users only. */
const participantErrors = (db: Queryable, auth: Auth, ids: readonly string[]) =>
  memberErrors(db, auth.workspaceId, ids, (index) => `participantIds.${index}`, { active: true });

export function toVisit(row: store.VisitRow): Visit {
  return {
    ...row,
    materials: row.materials.map((material) => ({ ...material, createdAt: new Date(material.createdAt) })),
  };
}

/** The audit entry of a visit planned (no `before`) or changed. */
export function visitChange(before: Visit | null, after: Visit): AuditChange {
  return { action: before ? 'update' : 'create', entityType: 'visit', entityId: after.id, before, after };
}

export function visitNotFound(): AppError {
  return new AppError('not_found', 'Visit not found');
}

export async function getVisit(db: Queryable, auth: Pick<Auth, 'workspaceId'>, id: string): Promise<Visit> {
  const row = await store.findVisit(db, auth.workspaceId, id);
  if (!row) throw visitNotFound();
  return toVisit(row);
}

/** A day of a filter is read in the workspace's time zone: `to` includes the whole day. */
async function boundsOf(db: Queryable, auth: Auth, query: VisitListQuery) {
  const isDay = (value: string | undefined) => value !== undefined && value.length === 10;
  const timeZone =
    isDay(query.from) || isDay(query.to) ? (await getRelationshipSettings(db, auth)).timeZone : 'UTC';
  const at = (value: string | undefined, nextDay: boolean) => {
    if (value === undefined) return undefined;
    if (!isDay(value)) return new Date(value);
    return startOfDay(nextDay ? addDays(value, 1) : value, timeZone);
  };
  return { from: at(query.from, false), to: at(query.to, true) };
}

export async function listVisits(db: Queryable, auth: Auth, query: VisitListQuery) {
  const page = await store.listVisits(db, auth.workspaceId, {
    ...query,
    ...(await boundsOf(db, auth, query)),
    statuses: query.status ? [query.status] : undefined,
  });
  return { items: page.items.map(toVisit), nextCursor: page.nextCursor };
}

/** Used by the calendar feed: a person's visits (organised or attended) in a time window. */
export async function visitsOfAttendee(
  db: Queryable,
  auth: Pick<Auth, 'workspaceId'>,
  window: { userId: string; from: Date; to: Date; limit: number },
): Promise<Visit[]> {
  const page = await store.listVisits(db, auth.workspaceId, {
    attendeeId: window.userId,
    from: window.from,
    to: window.to,
    statuses: ['planned', 'reported'],
    limit: window.limit,
  });
  return page.items.map(toVisit);
}

function checkTimes(startsAt: Date, endsAt: Date): FieldError[] {
  const errors: FieldError[] = [];
  for (const [path, time] of [
    ['startsAt', startsAt],
    ['endsAt', endsAt],
  ] as const) {
    if (time.getTime() < EARLIEST || time.getTime() >= LATEST)
      errors.push({ path, code: 'out_of_range', message: 'A visit is planned between 1970 and 2099' });
  }
  if (endsAt <= startsAt)
    errors.push({ path: 'endsAt', code: 'ends_before_start', message: 'A visit ends after it starts' });
  else if (endsAt.getTime() - startsAt.getTime() > LONGEST_MS)
    errors.push({ path: 'endsAt', code: 'too_long', message: 'A visit lasts at most 31 days' });
  return errors;
}

/** Where a visit takes place unless told otherwise: the account's postal address. */
function addressOf(account: Account, locale: string): string | null {
  if (!account.street && !account.city) return null;
  let country: string | undefined;
  try {
    country = account.countryCode
      ? new Intl.DisplayNames([locale], { type: 'region' }).of(account.countryCode)
      : undefined;
  } catch {
    country = account.countryCode ?? undefined;
  }
  const town = [account.postalCode, account.city].filter(Boolean).join(' ');
  return [account.street, town, country].filter(Boolean).join(', ');
}

export async function createVisit(db: Queryable, auth: Auth, input: VisitCreate): Promise<Visit> {
  return db.transaction(async (tx) => {
    const account = await getAccount(tx, auth, input.accountId).catch((error: unknown) => {
      if (error instanceof AppError && error.code === 'not_found') {
        refuse([{ path: 'accountId', code: 'unknown_reference', message: 'Unknown account' }]);
      }
      throw error;
    });
    const participantIds = [...new Set(input.participantIds ?? [auth.userId])];
    const contactIds = [...new Set(input.contactIds ?? [])];
    const startsAt = new Date(input.startsAt);
    const endsAt = new Date(input.endsAt);
    refuse([
      ...checkTimes(startsAt, endsAt),
      ...(await participantErrors(tx, auth, input.participantIds ?? [])),
      ...(await checkContactsAtAccount(tx, auth, account.id, input.contactIds ?? [])),
    ]);
    const id = newId();
    await store.insertVisit(tx, auth.workspaceId, {
      id,
      accountId: account.id,
      organiserId: auth.userId,
      title: input.title,
      startsAt,
      endsAt,
      place: input.place === undefined ? addressOf(account, auth.locale) : input.place,
      agenda: input.agenda ?? null,
      topics: input.topics ?? [],
    });
    await store.replaceParticipants(tx, auth.workspaceId, id, participantIds);
    await store.replaceContacts(tx, auth.workspaceId, id, contactIds);
    const created = await getVisit(tx, auth, id);
    await recordChange(tx, auth, visitChange(null, created));
    return created;
  });
}

/** A reported visit is history: its report (the interaction) is what gets corrected. */
export function refuseIfReported(visit: Visit) {
  if (visit.status === 'reported') {
    refuse([
      {
        path: 'status',
        code: 'visit_reported',
        message: 'The visit has been reported; correct its report (the interaction) instead',
      },
    ]);
  }
}

export async function updateVisit(db: Queryable, auth: Auth, id: string, input: VisitUpdate): Promise<Visit> {
  return db.transaction(async (tx) => {
    const current = await getVisit(tx, auth, id);
    if (current.version !== input.version) throw versionConflict('this visit');
    refuseIfReported(current);
    const { version, participantIds, contactIds, startsAt, endsAt, ...fields } = input;
    const starts = new Date(startsAt ?? current.startsAt);
    const ends = new Date(endsAt ?? current.endsAt);
    refuse([
      ...(startsAt || endsAt ? checkTimes(starts, ends) : []),
      ...(participantIds ? await participantErrors(tx, auth, participantIds) : []),
      ...(contactIds ? await checkContactsAtAccount(tx, auth, current.account.id, contactIds) : []),
    ]);
    const changes = {
      ...fields,
      ...(startsAt ? { startsAt: starts } : {}),
      ...(endsAt ? { endsAt: ends } : {}),
    };
    if (!(await store.updateVisit(tx, auth.workspaceId, id, version, changes)))
      throw versionConflict('this visit');
    if (participantIds)
      await store.replaceParticipants(tx, auth.workspaceId, id, [...new Set(participantIds)]);
    if (contactIds) await store.replaceContacts(tx, auth.workspaceId, id, [...new Set(contactIds)]);
    const updated = await getVisit(tx, auth, id);
    await recordChange(tx, auth, visitChange(current, updated));
    return updated;
  });
}

/** The visit as an iCalendar file, in the workspace's time zone. */
export async function visitIcs(
  db: Queryable,
  auth: Auth,
  clock: Clock,
  id: string,
): Promise<{ title: string; ics: string }> {
  const visit = await getVisit(db, auth, id);
  const { timeZone } = await getRelationshipSettings(db, auth);
  const ics = writeCalendar({ timeZone, stamp: clock.now(), events: [visitEvent(visit, auth.locale)] });
  return { title: visit.title, ics };
}
