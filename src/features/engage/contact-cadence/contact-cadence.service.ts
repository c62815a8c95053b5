import type { OverdueItem, OverdueQuery, RelationshipSettings } from '#contracts/contact-cadence.ts';
import type { Auth } from '#contracts/identity.ts';
import { AppError } from '../../../core/app-error.ts';
import { dayIn, laterDay } from '../../../core/calendar-day.ts';
import type { Clock } from '../../../core/clock.ts';
import {
  cadenceDaysOf,
  compareOverdue,
  type Freshness,
  freshnessOf,
  importanceOf,
} from '../../../core/contact-cadence.ts';
import { decodeCursor, encodeCursor, invalidCursor } from '../../../core/cursor.ts';
import type { Queryable } from '../../../db/client.ts';
import * as store from './contact-cadence.store.ts';
import { getRelationshipSettings } from './relationship-settings.service.ts';

/**
 * Freshness is computed on every read from the interactions and the current settings; nothing
 * of it is stored, so a changed cadence or a contact logged for a past date applies at once.
 */

/** What freshness is measured with: the workspace's cadences and zone, and one moment. */
interface Measure {
  settings: RelationshipSettings;
  now: Date;
}

/** The day since which an account's relationship is tended: designated a key account, else created. */
function accountSinceDay(row: store.AccountCadenceRow, timeZone: string): string {
  return row.designatedOn ?? dayIn(row.createdAt, timeZone);
}

function accountFreshness(row: store.AccountCadenceRow, { settings, now }: Measure): Freshness {
  return freshnessOf({
    cadenceDays: cadenceDaysOf(settings, row),
    lastContactAt: row.lastContactAt,
    sinceDay: accountSinceDay(row, settings.timeZone),
    now,
    timeZone: settings.timeZone,
  });
}

function stakeholderFreshness(
  person: store.StakeholderCadenceRow,
  account: store.AccountCadenceRow,
  { settings, now }: Measure,
): Freshness {
  const accountSince = accountSinceDay(account, settings.timeZone);
  const personSince = dayIn(person.createdAt, settings.timeZone);
  // Someone who left the customer's company is no longer a relationship to keep warm.
  const cadenceDays =
    person.leftCompanyOn === null ? cadenceDaysOf(settings, account, person.contactCadenceDays) : null;
  return freshnessOf({
    cadenceDays,
    lastContactAt: person.lastContactAt,
    sinceDay: laterDay(personSince, accountSince),
    now,
    timeZone: settings.timeZone,
  });
}

async function measure(db: Queryable, auth: Pick<Auth, 'workspaceId'>, clock: Clock): Promise<Measure> {
  return { settings: await getRelationshipSettings(db, auth), now: clock.now() };
}

async function loadAccount(db: Queryable, auth: Pick<Auth, 'workspaceId'>, accountId: string, now: Date) {
  const [row] = await store.accountsForCadence(db, auth.workspaceId, { accountId }, now);
  if (!row) throw new AppError('not_found', 'Account not found');
  return row;
}

/** For the buying centre: the freshness of each current contact of the account, by contact id. */
export async function freshnessOfStakeholders(
  db: Queryable,
  auth: Pick<Auth, 'workspaceId'>,
  clock: Clock,
  accountId: string,
): Promise<Map<string, Freshness>> {
  const at = await measure(db, auth, clock);
  const account = await loadAccount(db, auth, accountId, at.now);
  const people = await store.stakeholdersForCadence(db, auth.workspaceId, [accountId], at.now);
  return new Map(people.map((person) => [person.contact.id, stakeholderFreshness(person, account, at)]));
}

function overdueItem(
  account: store.AccountCadenceRow,
  person: store.StakeholderCadenceRow | null,
  freshness: Freshness,
): OverdueItem[] {
  if (freshness.overdueDays === 0 || freshness.cadenceDays === null || freshness.dueOn === null) return [];
  const influence = person?.influence ?? null;
  return [
    {
      account: { id: account.id, name: account.name, keyAccountTier: account.keyAccountTier },
      kam: account.kam,
      contact: person?.contact ?? null,
      influence,
      importance: importanceOf(account.keyAccountTier, influence),
      cadenceDays: freshness.cadenceDays,
      lastContactAt: freshness.lastContactAt,
      dueOn: freshness.dueOn,
      overdueDays: freshness.overdueDays,
    },
  ];
}

/**
 * For "my day" and the overdue list: every key account, and every current person of its buying
 * centre, not contacted in time; most important first (tier × influence), then longest overdue.
 */
export async function overdueContacts(
  db: Queryable,
  auth: Pick<Auth, 'workspaceId'>,
  clock: Clock,
  filter: { ownerId?: string | undefined } = {},
): Promise<OverdueItem[]> {
  const at = await measure(db, auth, clock);
  const keyAccounts = await store.accountsForCadence(
    db,
    auth.workspaceId,
    { ownerId: filter.ownerId, keyAccountsOnly: true },
    at.now,
  );
  const byId = new Map(keyAccounts.map((account) => [account.id, account]));
  const people = await store.stakeholdersForCadence(db, auth.workspaceId, [...byId.keys()], at.now);
  const items = [
    ...keyAccounts.flatMap((account) => overdueItem(account, null, accountFreshness(account, at))),
    ...people.flatMap((person) => {
      const account = byId.get(person.accountId) as store.AccountCadenceRow;
      return overdueItem(account, person, stakeholderFreshness(person, account, at));
    }),
  ];
  return items.sort(compareOverdue);
}

/** A page position in the computed list: the sort values and keys of the last item shown. */
function cursorOf(item: OverdueItem): string {
  return encodeCursor({
    value: `${item.importance}|${item.overdueDays}|${item.contact?.id ?? ''}`,
    id: item.account.id,
  });
}

function positionOf(cursor: string): Parameters<typeof compareOverdue>[1] {
  const { value, id } = decodeCursor(cursor);
  const [importance, overdueDays, contactId = ''] = String(value).split('|');
  if (!Number.isInteger(Number(importance)) || !Number.isInteger(Number(overdueDays))) throw invalidCursor();
  return {
    importance: Number(importance),
    overdueDays: Number(overdueDays),
    account: { id },
    contact: contactId ? { id: contactId } : null,
  };
}

export async function listOverdue(db: Queryable, auth: Auth, clock: Clock, query: OverdueQuery) {
  const all = await overdueContacts(db, auth, clock, { ownerId: query.ownerId });
  const position = query.cursor ? positionOf(query.cursor) : undefined;
  const rest = position ? all.filter((item) => compareOverdue(item, position) > 0) : all;
  const items = rest.slice(0, query.limit);
  const last = items.at(-1);
  return { items, nextCursor: rest.length > query.limit && last ? cursorOf(last) : null };
}
