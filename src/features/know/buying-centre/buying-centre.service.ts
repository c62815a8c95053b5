import type { Member, StakeholderUpdate } from '#contracts/buying-centre.ts';
import type { Auth } from '#contracts/identity.ts';
import { AppError, type FieldError, versionConflict } from '../../../core/app-error.ts';
import { closesReportingLoop } from '../../../core/buying-centre.ts';
import {
  type CoverageMember,
  type CoverageWarning,
  coverageWarnings,
} from '../../../core/buying-centre-coverage.ts';
import type { Clock } from '../../../core/clock.ts';
import type { Freshness } from '../../../core/contact-cadence.ts';
import type { Queryable } from '../../../db/client.ts';
import { freshnessOfStakeholders } from '../../engage/contact-cadence/contact-cadence.service.ts';
import { recordChange } from '../../platform/audit/audit.service.ts';
import { findMember as findUser } from '../../platform/users/users.service.ts';
import { getAccount } from '../accounts/accounts.service.ts';
import * as store from './buying-centre.store.ts';

/** More people than any buying centre has; beyond it the answer says it is truncated. */
const MEMBER_LIMIT = 1000;

type StoredMember = Omit<Member, 'freshness'>;

function toMember(row: store.MemberRow): StoredMember {
  const { accountId: _, storedReportsToContactId: __, ...member } = row;
  return member;
}

/** Someone who became a contact of the account while we were reading is not due yet. */
const notTended: Freshness = { cadenceDays: null, lastContactAt: null, dueOn: null, overdueDays: 0 };

async function withFreshness(
  db: Queryable,
  auth: Auth,
  clock: Clock,
  accountId: string,
  members: StoredMember[],
): Promise<Member[]> {
  const freshness = await freshnessOfStakeholders(db, auth, clock, accountId);
  return members.map((member) => ({ ...member, freshness: freshness.get(member.contact.id) ?? notTended }));
}

export async function getBuyingCentre(db: Queryable, auth: Auth, clock: Clock, accountId: string) {
  const account = await getAccount(db, auth, accountId);
  const rows = await store.membersOf(db, auth.workspaceId, [accountId], { limit: MEMBER_LIMIT + 1 });
  const members = rows.slice(0, MEMBER_LIMIT);
  return {
    account: {
      id: account.id,
      name: account.name,
      isKeyAccount: account.isKeyAccount,
      keyAccountTier: account.keyAccountTier,
    },
    members: await withFreshness(db, auth, clock, accountId, members.map(toMember)),
    warnings: coverageWarnings(members.map(coverageMemberOf)),
    truncated: rows.length > MEMBER_LIMIT,
  };
}

function coverageMemberOf(row: store.MemberRow): CoverageMember {
  return {
    contactId: row.contact.id,
    roles: row.roles,
    relationshipOwnerId: row.relationshipOwner?.id ?? null,
    leftCompanyOn: row.leftCompanyOn,
  };
}

/** For "my day": the coverage warnings of each of these accounts (accounts without members have none). */
export async function coverageWarningsOf(
  db: Queryable,
  auth: Pick<Auth, 'workspaceId'>,
  accountIds: string[],
): Promise<Map<string, CoverageWarning[]>> {
  const membersByAccount = new Map(accountIds.map((id) => [id, [] as CoverageMember[]]));
  for (const row of await store.membersOf(db, auth.workspaceId, accountIds)) {
    membersByAccount.get(row.accountId)?.push(coverageMemberOf(row));
  }
  return new Map([...membersByAccount].map(([id, members]) => [id, coverageWarnings(members)]));
}

async function loadRow(db: Queryable, workspaceId: string, accountId: string, contactId: string) {
  const [row] = await store.membersOf(db, workspaceId, [accountId], { contactId, limit: 1 });
  return row;
}

/** The stored values after the change: the input where given, else what the member has now. */
function merge(current: store.MemberRow, input: StakeholderUpdate): store.StakeholderValues {
  const pick = <T>(given: T | undefined, now: T) => (given === undefined ? now : given);
  return {
    roles: pick(input.roles, current.roles),
    influence: pick(input.influence, current.influence),
    attitude: pick(input.attitude, current.attitude),
    reportsToContactId: pick(input.reportsToContactId, current.storedReportsToContactId),
    relationshipOwnerId: pick(input.relationshipOwnerId, current.relationshipOwner?.id ?? null),
    contactCadenceDays: pick(input.contactCadenceDays, current.contactCadenceDays),
    leftCompanyOn: pick(input.leftCompanyOn, current.leftCompanyOn),
  };
}

/** Checks only what changes, so that an owner deactivated since does not block other edits. */
async function checkReferences(
  db: Queryable,
  workspaceId: string,
  accountId: string,
  current: store.MemberRow,
  next: store.StakeholderValues,
) {
  const errors: FieldError[] = [];
  const managerId = next.reportsToContactId;
  const managerChanged = managerId && managerId !== current.storedReportsToContactId;
  if (managerChanged && !(await loadRow(db, workspaceId, accountId, managerId))) {
    errors.push({
      path: 'reportsToContactId',
      code: 'unknown_reference',
      message: 'Not a current contact of this account',
    });
  }
  const ownerId = next.relationshipOwnerId;
  if (ownerId && ownerId !== (current.relationshipOwner?.id ?? null)) {
    const owner = await findUser(db, workspaceId, ownerId);
    if (!owner?.active) {
      errors.push({ path: 'relationshipOwnerId', code: 'unknown_reference', message: 'Unknown user' });
    }
  }
  if (errors.length > 0)
    throw new AppError('invalid_reference', 'The request refers to unknown records', errors);
  if (managerChanged) {
    const lines = await store.reportingLines(db, workspaceId, accountId);
    if (closesReportingLoop(lines, current.contact.id, managerId)) {
      throw new AppError('reports_to_cycle', 'The org chart would go round in a circle', [
        {
          path: 'reportsToContactId',
          code: 'cycle',
          message: 'This person is already above the chosen manager (or is the manager)',
        },
      ]);
    }
  }
}

/**
 * Records a contact's place in the account's buying centre: creates it (version 0) or changes it.
 * Under a lock per account, so that two concurrent changes of reports-to cannot close a loop.
 */
export async function putMember(
  db: Queryable,
  auth: Auth,
  clock: Clock,
  accountId: string,
  contactId: string,
  input: StakeholderUpdate,
): Promise<Member> {
  return db.transaction(async (tx) => {
    await getAccount(tx, auth, accountId);
    await store.lockBuyingCentre(tx, auth.workspaceId, accountId);
    const current = await loadRow(tx, auth.workspaceId, accountId, contactId);
    if (!current) throw new AppError('not_found', 'No such current contact at this account');
    if (current.version !== input.version) throw versionConflict("this person's buying-centre data");
    const next = merge(current, input);
    await checkReferences(tx, auth.workspaceId, accountId, current, next);
    const key = { workspaceId: auth.workspaceId, accountId, contactId };
    const creating = current.version === 0;
    if (creating) await store.insertStakeholder(tx, key, next);
    else if (!(await store.updateStakeholder(tx, key, input.version, next)))
      throw versionConflict("this person's buying-centre data");
    const updated = toMember((await loadRow(tx, auth.workspaceId, accountId, contactId)) as store.MemberRow);
    await recordChange(tx, auth, {
      action: creating ? 'create' : 'update',
      entityType: 'stakeholder',
      entityId: contactId,
      before: creating ? null : { accountId, ...toMember(current) },
      after: { accountId, ...updated },
    });
    const [member] = await withFreshness(tx, auth, clock, accountId, [updated]);
    return member as Member;
  });
}
