import type { Account, AccountCreate, AccountListQuery, AccountUpdate } from '#contracts/accounts.ts';
import type { Auth } from '#contracts/identity.ts';
import { AppError, type FieldError, refuse, versionConflict } from '../../../core/app-error.ts';
import type { Clock } from '../../../core/clock.ts';
import { newId } from '../../../core/ids.ts';
import { omit } from '../../../core/omit.ts';
import { canOwnAccount } from '../../../core/permissions.ts';
import { foldForSearch, searchTextOf } from '../../../core/search-fold.ts';
import type { Queryable } from '../../../db/client.ts';
import { allPages } from '../../../db/keyset.ts';
import { type Archivable, archiveOrRestore } from '../../platform/archiving/archiving.service.ts';
import { recordChange, recordChanges } from '../../platform/audit/audit.service.ts';
import { findMember, memberErrors } from '../../platform/users/users.service.ts';
import { assertSelectableIndustry, listIndustries } from '../industries/industries.service.ts';
import { buildHierarchy } from './account-hierarchy.ts';
import * as store from './accounts.store.ts';

const GROUP_LIMIT = 500;

/** What the API shows of a row: without the columns that only serve sorting and search. */
function toListItem(row: store.AccountRow) {
  return omit(row, ['nameSort', 'relevance', 'businessModel', 'processes']);
}

async function loadAccount(db: Queryable, workspaceId: string, id: string): Promise<Account> {
  const row = await store.findAccount(db, workspaceId, id);
  if (!row) throw new AppError('not_found', 'Account not found');
  const team = await store.teamOf(db, workspaceId, id);
  return { ...toListItem(row), businessModel: row.businessModel, processes: row.processes, team };
}

export async function listAccounts(db: Queryable, auth: Auth, query: AccountListQuery) {
  const page = await store.listAccounts(db, auth.workspaceId, query);
  return { items: page.items.map(toListItem), nextCursor: page.nextCursor };
}

/**
 * Every account the list's filters select, in the list's order, for a download; with the names
 * of the industries in German and English.
 */
export async function exportAccounts(
  db: Queryable,
  auth: Auth,
  filters: Omit<AccountListQuery, 'limit' | 'cursor'>,
) {
  const rows = await allPages((cursor) => listAccounts(db, auth, { ...filters, limit: 500, cursor }));
  const industries = new Map(
    (await listIndustries(db, auth.workspaceId)).map((industry) => [industry.key, industry]),
  );
  const industryName = (key: string, locale: 'de' | 'en') => {
    const industry = industries.get(key);
    return industry && (locale === 'de' ? industry.labelDe : industry.labelEn);
  };
  return { rows, industryName };
}

export async function getAccount(
  db: Queryable,
  auth: Pick<Auth, 'workspaceId'>,
  id: string,
): Promise<Account> {
  return loadAccount(db, auth.workspaceId, id);
}

export async function listRegions(db: Queryable, auth: Auth) {
  return { items: await store.distinctRegions(db, auth.workspaceId, 1000) };
}

/** Used by imports: the customer numbers no account has yet. */
export async function unknownCustomerNumbers(db: Queryable, workspaceId: string, numbers: string[]) {
  return store.unknownCustomerNumbers(db, workspaceId, numbers);
}

/** Used by contacts: which of these ids are accounts of the workspace. */
export async function existingAccountIds(db: Queryable, workspaceId: string, ids: string[]) {
  return store.existingAccountIds(db, workspaceId, ids);
}

type Resolved = Omit<
  Account,
  'id' | 'parent' | 'owner' | 'team' | 'archivedAt' | 'version' | 'createdAt' | 'updatedAt'
> & {
  parentId: string | null;
  ownerId: string | null;
};

const blank: Resolved = {
  name: '',
  legalName: null,
  customerNumber: null,
  industryKey: null,
  customerType: null,
  countryCode: null,
  region: null,
  language: null,
  website: null,
  street: null,
  postalCode: null,
  city: null,
  parentId: null,
  businessModel: null,
  processes: null,
  lifecycleStatus: 'prospect',
  isKeyAccount: false,
  keyAccountTier: null,
  contactCadenceDays: null,
  ownerId: null,
};

function resolvedOf(account: Account): Resolved {
  const fields = Object.fromEntries(
    Object.keys(blank).map((key) => [key, (account as Record<string, unknown>)[key]]),
  );
  return { ...fields, parentId: account.parent?.id ?? null, ownerId: account.owner?.id ?? null } as Resolved;
}

/** The record as it will be after the change: current values (or blanks) overlaid by the input. */
function merge(current: Account | undefined, input: AccountUpdate | AccountCreate): Resolved {
  const next: Record<string, unknown> = current ? resolvedOf(current) : { ...blank };
  for (const [key, value] of Object.entries(input)) {
    if (key in blank && value !== undefined) next[key] = value;
  }
  const resolved = next as Resolved;
  // A tier only means something for a key account; demoting one clears it.
  return resolved.isKeyAccount ? resolved : { ...resolved, keyAccountTier: null };
}

async function checkReferences(
  db: Queryable,
  workspaceId: string,
  accountId: string,
  next: Resolved,
  current: Account | undefined,
  team: AccountCreate['team'],
) {
  const errors: FieldError[] = [];
  if (next.industryKey && next.industryKey !== current?.industryKey) {
    await assertSelectableIndustry(db, workspaceId, next.industryKey);
  }
  if (next.customerNumber && next.customerNumber !== current?.customerNumber) {
    const holder = await store.customerNumberOwner(db, workspaceId, next.customerNumber);
    if (holder && holder !== accountId) {
      throw new AppError('duplicate', 'Customer number already in use', [
        {
          path: 'customerNumber',
          code: 'taken',
          message: 'Another account already has this customer number',
        },
      ]);
    }
  }
  const ownerChanged =
    next.ownerId !== (current?.owner?.id ?? null) || next.isKeyAccount !== current?.isKeyAccount;
  if (next.ownerId && ownerChanged) {
    const owner = await findMember(db, workspaceId, next.ownerId);
    if (!owner?.active) errors.push({ path: 'ownerId', code: 'unknown_reference', message: 'Unknown user' });
    else if (!canOwnAccount(owner.role, next.isKeyAccount)) {
      errors.push({
        path: 'ownerId',
        code: next.isKeyAccount ? 'key_account_owner_role' : 'owner_role',
        message: next.isKeyAccount
          ? 'A key account is owned by a key account manager'
          : 'An account is owned by a key account manager or an account manager',
      });
    }
  }
  const members = (team ?? []).map((member) => member.userId);
  errors.push(
    ...(await memberErrors(db, workspaceId, members, (index) => `team.${index}.userId`, { active: false })),
  );
  if (next.parentId && next.parentId !== (current?.parent?.id ?? null)) {
    await store.lockHierarchy(db, workspaceId);
    const chain = await store.ancestorIds(db, workspaceId, next.parentId);
    if (chain.length === 0)
      errors.push({ path: 'parentId', code: 'unknown_reference', message: 'Unknown account' });
    else if (chain.includes(accountId)) {
      throw new AppError('hierarchy_cycle', 'The parent would make the group a circle', [
        {
          path: 'parentId',
          code: 'cycle',
          message: 'This account is already above the chosen parent in its group',
        },
      ]);
    }
  }
  refuse(errors);
}

function storedValues(next: Resolved) {
  return {
    ...next,
    searchText: searchTextOf([next.name, next.legalName, next.customerNumber, next.city]),
    nameSort: foldForSearch(next.name),
  };
}

function dedupeTeam(team: AccountCreate['team']) {
  if (!team) return undefined;
  return [...new Map(team.map((member) => [member.userId, member])).values()];
}

export async function createAccount(db: Queryable, auth: Auth, input: AccountCreate): Promise<Account> {
  return db.transaction(async (tx) => {
    const id = newId();
    const next = merge(undefined, input);
    const team = dedupeTeam(input.team);
    await checkReferences(tx, auth.workspaceId, id, next, undefined, team);
    await store.insertAccount(tx, auth.workspaceId, { id, ...storedValues(next) });
    if (team) await store.replaceTeam(tx, auth.workspaceId, id, team);
    const created = await loadAccount(tx, auth.workspaceId, id);
    await recordChange(tx, auth, {
      action: 'create',
      entityType: 'account',
      entityId: id,
      before: null,
      after: created,
    });
    return created;
  });
}

export async function updateAccount(
  db: Queryable,
  auth: Auth,
  id: string,
  input: AccountUpdate,
): Promise<Account> {
  return db.transaction(async (tx) => {
    const current = await loadAccount(tx, auth.workspaceId, id);
    if (current.version !== input.version) throw versionConflict('this account');
    const next = merge(current, input);
    const team = dedupeTeam(input.team);
    await checkReferences(tx, auth.workspaceId, id, next, current, team);
    if (!(await store.updateAccount(tx, auth.workspaceId, id, input.version, storedValues(next))))
      throw versionConflict('this account');
    if (team) await store.replaceTeam(tx, auth.workspaceId, id, team);
    const updated = await loadAccount(tx, auth.workspaceId, id);
    await recordChange(tx, auth, {
      action: 'update',
      entityType: 'account',
      entityId: id,
      before: current,
      after: updated,
    });
    return updated;
  });
}

const archivableAccount: Archivable<Account> = {
  entityType: 'account',
  called: 'this account',
  load: loadAccount,
  store: store.setAccountArchived,
};

export async function setArchived(
  db: Queryable,
  auth: Auth,
  clock: Clock,
  change: { id: string; version: number; archived: boolean },
): Promise<Account> {
  return archiveOrRestore(db, auth, clock, archivableAccount, change);
}

/** The whole group the account belongs to, from its top-most parent down. */
export async function getHierarchy(db: Queryable, auth: Auth, id: string) {
  const chain = await store.ancestorIds(db, auth.workspaceId, id);
  const rootId = chain.at(-1);
  if (!rootId) throw new AppError('not_found', 'Account not found');
  const rows = await store.groupMembers(db, auth.workspaceId, rootId, GROUP_LIMIT + 1);
  return buildHierarchy(rows.slice(0, GROUP_LIMIT), rootId, rows.length > GROUP_LIMIT);
}

/**
 * Accounts for customer numbers an import met for the first time: status customer, the name
 * from the file (or "Kunde <number>"). One audit entry each, like any other creation.
 */
export async function createAccountsForImport(
  db: Queryable,
  auth: Auth,
  customers: readonly { customerNumber: string; name: string | null }[],
): Promise<number> {
  const created = customers.map(({ customerNumber, name }) => {
    const next = {
      ...blank,
      name: name ?? `Kunde ${customerNumber}`,
      customerNumber,
      lifecycleStatus: 'customer' as const,
    };
    return { id: newId(), ...storedValues(next) };
  });
  await store.insertNamedAccounts(db, auth.workspaceId, created);
  await recordChanges(
    db,
    auth,
    created.map((account) => ({
      action: 'create' as const,
      entityType: 'account',
      entityId: account.id,
      before: null,
      after: { name: account.name, customerNumber: account.customerNumber, source: 'revenue import' },
    })),
  );
  return customers.length;
}
