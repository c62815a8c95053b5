import type { PageQuery } from '#contracts/common.ts';
import type { Contact, ContactCreate, ContactListQuery, ContactUpdate } from '#contracts/contacts.ts';
import type { Auth } from '#contracts/identity.ts';
import { AppError, type FieldError, versionConflict } from '../../../core/app-error.ts';
import type { Clock } from '../../../core/clock.ts';
import { newId } from '../../../core/ids.ts';
import { omit } from '../../../core/omit.ts';
import { foldForSearch, searchTextOf } from '../../../core/search-fold.ts';
import type { Queryable } from '../../../db/client.ts';
import { allPages } from '../../../db/keyset.ts';
import { type Archivable, archiveOrRestore } from '../../platform/archiving/archiving.service.ts';
import { recordChange } from '../../platform/audit/audit.service.ts';
import { existingAccountIds, getAccount } from '../accounts/accounts.service.ts';
import * as store from './contacts.store.ts';

function toContact(row: store.ContactRow): Contact {
  return omit(row, ['nameSort', 'relevance']);
}

async function loadContact(db: Queryable, workspaceId: string, id: string): Promise<Contact> {
  const row = await store.findContact(db, workspaceId, id);
  if (!row) throw new AppError('not_found', 'Contact not found');
  return toContact(row);
}

export async function listContacts(db: Queryable, auth: Auth, query: ContactListQuery) {
  const page = await store.listContacts(db, auth.workspaceId, query);
  return { items: page.items.map(toContact), nextCursor: page.nextCursor };
}

/** The people at an account, by name: 404 for an account that is not in the caller's workspace. */
export async function listContactsOfAccount(db: Queryable, auth: Auth, accountId: string, page: PageQuery) {
  await getAccount(db, auth, accountId);
  return listContacts(db, auth, { ...page, accountId, archived: 'false', sort: 'name', order: 'asc' });
}

/** Every contact the list's search and filters select, in the list's order, for a download. */
export async function exportContacts(
  db: Queryable,
  auth: Auth,
  filters: Omit<ContactListQuery, 'limit' | 'cursor'>,
) {
  return allPages((cursor) => listContacts(db, auth, { ...filters, limit: 500, cursor }));
}

export async function getContact(db: Queryable, auth: Auth, id: string) {
  return loadContact(db, auth.workspaceId, id);
}

/**
 * Used by visits (and other relationship work): a field error `contactIds.N` for each contact
 * that does not work for the account, including contacts of other workspaces.
 */
export async function checkContactsAtAccount(
  db: Queryable,
  auth: Pick<Auth, 'workspaceId'>,
  accountId: string,
  contactIds: readonly string[],
): Promise<FieldError[]> {
  const atAccount = await store.contactsAtAccount(db, auth.workspaceId, accountId, [...contactIds]);
  return contactIds.flatMap((id, index) =>
    atAccount.has(id)
      ? []
      : [{ path: `contactIds.${index}`, code: 'not_at_account', message: 'Not a contact of this account' }],
  );
}

async function checkAccounts(db: Queryable, workspaceId: string, accountIds: string[]) {
  const found = await existingAccountIds(db, workspaceId, accountIds);
  const errors = accountIds
    .map((id, index) => ({ id, index }))
    .filter(({ id }) => !found.has(id))
    .map(({ index }) => ({
      path: `accountIds.${index}`,
      code: 'unknown_reference',
      message: 'Unknown account',
    }));
  if (errors.length > 0) throw new AppError('validation_failed', 'Unknown account', errors);
}

interface ContactFields {
  firstName: string | null;
  lastName: string;
  jobTitle: string | null;
  department: string | null;
  email: string | null;
  phones: { label: string; number: string }[];
  language: string | null;
  notes: string | null;
}
const fieldNames = [
  'firstName',
  'lastName',
  'jobTitle',
  'department',
  'email',
  'phones',
  'language',
  'notes',
] as const;

/** The contact's fields after the change: the input where given, else the current value. */
function fieldsOf(contact: Contact | undefined, input: ContactCreate | ContactUpdate): ContactFields {
  const entries = fieldNames.map((key) => [
    key,
    input[key] !== undefined ? input[key] : (contact?.[key] ?? null),
  ]);
  const fields = Object.fromEntries(entries) as ContactFields;
  return { ...fields, phones: fields.phones ?? [] };
}

function storedValues(fields: ContactFields) {
  return {
    ...fields,
    searchText: searchTextOf([
      fields.firstName,
      fields.lastName,
      fields.email,
      fields.jobTitle,
      fields.department,
    ]),
    nameSort: foldForSearch(`${fields.lastName} ${fields.firstName ?? ''}`),
  };
}

export async function createContact(db: Queryable, auth: Auth, input: ContactCreate): Promise<Contact> {
  return db.transaction(async (tx) => {
    const id = newId();
    const accountIds = [...new Set(input.accountIds ?? [])];
    await checkAccounts(tx, auth.workspaceId, accountIds);
    await store.insertContact(tx, auth.workspaceId, id, storedValues(fieldsOf(undefined, input)));
    await store.replaceAccounts(tx, auth.workspaceId, id, accountIds);
    const created = await loadContact(tx, auth.workspaceId, id);
    await recordChange(tx, auth, {
      action: 'create',
      entityType: 'contact',
      entityId: id,
      before: null,
      after: created,
    });
    return created;
  });
}

export async function updateContact(
  db: Queryable,
  auth: Auth,
  id: string,
  input: ContactUpdate,
): Promise<Contact> {
  return db.transaction(async (tx) => {
    const current = await loadContact(tx, auth.workspaceId, id);
    if (current.version !== input.version) throw versionConflict('this contact');
    const accountIds = input.accountIds ? [...new Set(input.accountIds)] : undefined;
    if (accountIds) await checkAccounts(tx, auth.workspaceId, accountIds);
    if (
      !(await store.updateContact(
        tx,
        auth.workspaceId,
        id,
        input.version,
        storedValues(fieldsOf(current, input)),
      ))
    ) {
      throw versionConflict('this contact');
    }
    if (accountIds) await store.replaceAccounts(tx, auth.workspaceId, id, accountIds);
    const updated = await loadContact(tx, auth.workspaceId, id);
    await recordChange(tx, auth, {
      action: 'update',
      entityType: 'contact',
      entityId: id,
      before: current,
      after: updated,
    });
    return updated;
  });
}

const archivableContact: Archivable<Contact> = {
  entityType: 'contact',
  called: 'this contact',
  load: loadContact,
  store: store.setContactArchived,
};

/** Archives a contact (e.g. who left the company) or restores one. */
export async function setArchived(
  db: Queryable,
  auth: Auth,
  clock: Clock,
  change: { id: string; version: number; archived: boolean },
): Promise<Contact> {
  return archiveOrRestore(db, auth, clock, archivableContact, change);
}
