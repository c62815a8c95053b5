import type { Auth } from '#contracts/identity.ts';
import type { UserCreate, UserListQuery, UserUpdate } from '#contracts/users.ts';
import { AppError, type FieldError, versionConflict } from '../../../core/app-error.ts';
import { newId } from '../../../core/ids.ts';
import { hashPassword, verifyPassword } from '../../../core/password.ts';
import type { Queryable } from '../../../db/client.ts';
import { recordChange } from '../audit/audit.service.ts';
import { attemptWithPassword } from '../password-attempts/password-attempts.service.ts';
import { signOutEverywhere, signOutOtherSessions } from '../sessions/sessions.service.ts';
import * as store from './users.store.ts';

export type User = NonNullable<Awaited<ReturnType<typeof store.findUser>>>;

/** For sign-in: the user with the password hash, found by e-mail in any workspace. */
export async function findUserForLogin(db: Queryable, email: string) {
  return store.findUserForLogin(db, email);
}

/** Who acts for a command-line job when nobody is named: the workspace's first active admin. */
export async function firstActiveAdmin(db: Queryable, workspaceId: string) {
  const page = await store.listUsers(db, workspaceId, { role: 'admin', active: true, limit: 1 });
  return page.items[0];
}

/**
 * Checks user ids other features refer to (participants, owners, team members) in one query:
 * an error at `pathOf(index)` for each id that names no user of the workspace, or with
 * `active` no active one.
 */
export async function memberErrors(
  db: Queryable,
  workspaceId: string,
  ids: readonly string[],
  pathOf: (index: number) => string,
  { active }: { active: boolean },
): Promise<FieldError[]> {
  const known = await store.activeByUser(db, workspaceId, ids);
  return ids.flatMap((id, index) => {
    const isActive = known.get(id);
    if (isActive === undefined || (active && !isActive)) {
      const message = active ? 'Not an active user of this workspace' : 'Not a user of this workspace';
      return [{ path: pathOf(index), code: 'unknown_reference', message }];
    }
    return [];
  });
}

/** Used by other features (account owners, team members) to check a user id of the workspace. */
export async function findMember(db: Queryable, workspaceId: string, id: string): Promise<User | undefined> {
  return store.findUser(db, workspaceId, id);
}

export async function listUsers(db: Queryable, auth: Auth, query: UserListQuery) {
  return store.listUsers(db, auth.workspaceId, query);
}

export async function getUser(db: Queryable, auth: Auth, id: string): Promise<User> {
  const user = await store.findUser(db, auth.workspaceId, id);
  if (!user) throw new AppError('not_found', 'User not found');
  return user;
}

/** Creates a user in a workspace; the e-mail must be free across all workspaces (login is by e-mail). */
export async function addUser(
  db: Queryable,
  actor: { workspaceId: string; userId?: string | undefined; tokenId?: string | undefined },
  input: UserCreate,
): Promise<User> {
  if (await store.emailTaken(db, input.email)) {
    throw new AppError('duplicate', 'E-mail already in use', [
      { path: 'email', code: 'taken', message: 'This e-mail is already in use' },
    ]);
  }
  const id = newId();
  const user = await store.insertUser(db, {
    id,
    workspaceId: actor.workspaceId,
    email: input.email,
    name: input.name,
    role: input.role,
    team: input.team ?? null,
    passwordHash: await hashPassword(input.password),
    locale: input.locale ?? 'de',
  });
  await recordChange(
    db,
    { workspaceId: actor.workspaceId, userId: actor.userId ?? id, tokenId: actor.tokenId },
    {
      action: 'create',
      entityType: 'user',
      entityId: id,
      before: null,
      after: user,
    },
  );
  return user;
}

export async function createUser(db: Queryable, auth: Auth, input: UserCreate): Promise<User> {
  return db.transaction((tx) => addUser(tx, auth, input));
}

async function applyUpdate(
  tx: Queryable,
  auth: Auth,
  current: User,
  version: number,
  changes: store.UserChanges,
) {
  if (current.version !== version) {
    throw versionConflict('this user');
  }
  const updated = await store.updateUser(tx, auth.workspaceId, current.id, version, changes);
  if (!updated) throw versionConflict('this user');
  await recordChange(tx, auth, {
    action: 'update',
    entityType: 'user',
    entityId: current.id,
    before: current,
    after: updated,
  });
  return updated;
}

export async function updateUser(db: Queryable, auth: Auth, id: string, input: UserUpdate): Promise<User> {
  return db.transaction(async (tx) => {
    const current = await store.findUser(tx, auth.workspaceId, id);
    if (!current) throw new AppError('not_found', 'User not found');
    const { version, password, ...rest } = input;
    const losesAdmin =
      current.role === 'admin' && ((rest.role && rest.role !== 'admin') || rest.active === false);
    if (losesAdmin && current.active && (await store.lockActiveAdmins(tx, auth.workspaceId)) <= 1) {
      throw new AppError('validation_failed', 'The workspace needs at least one active admin', [
        {
          path: rest.role ? 'role' : 'active',
          code: 'last_admin',
          message: 'The last active admin cannot be removed',
        },
      ]);
    }
    const changes: store.UserChanges = { ...rest };
    if (password) changes.passwordHash = await hashPassword(password);
    const updated = await applyUpdate(tx, auth, current, version, changes);
    // A deactivated user, or one whose password an admin reset (perhaps after a break-in), is
    // signed out everywhere, API tokens included.
    if (rest.active === false || password) await signOutEverywhere(tx, auth.workspaceId, id);
    return updated;
  });
}

export interface ProfileUpdate {
  version: number;
  name?: string | undefined;
  locale?: 'de' | 'en' | undefined;
  currentPassword?: string | undefined;
  newPassword?: string | undefined;
  revokeTokens?: boolean | undefined;
}

/**
 * A new password needs the current one, checked under the same limits as a sign-in: a stolen
 * session must not be a way to guess it.
 */
async function checkCurrentPassword(db: Queryable, auth: Auth, password: string | undefined, ip: string) {
  const checked = await attemptWithPassword(db, { email: auth.email.toLowerCase(), ip }, async (tx) => {
    const hash = await store.findPasswordHash(tx, auth.workspaceId, auth.userId);
    return password && hash && (await verifyPassword(password, hash)) ? true : null;
  });
  if (!checked) {
    throw new AppError('validation_failed', 'Current password is wrong', [
      { path: 'currentPassword', code: 'wrong_password', message: 'The current password is wrong' },
    ]);
  }
}

export async function updateProfile(
  db: Queryable,
  auth: Auth,
  input: ProfileUpdate,
  client: { ip: string },
): Promise<User> {
  if (input.newPassword) await checkCurrentPassword(db, auth, input.currentPassword, client.ip);
  return db.transaction(async (tx) => {
    const current = await store.findUser(tx, auth.workspaceId, auth.userId);
    if (!current) throw new AppError('not_found', 'User not found');
    const changes: store.UserChanges = {};
    if (input.name) changes.name = input.name;
    if (input.locale) changes.locale = input.locale;
    if (input.newPassword) changes.passwordHash = await hashPassword(input.newPassword);
    const updated = await applyUpdate(tx, auth, current, input.version, changes);
    // A new password ends the user's other sessions (this one stays signed in) and, unless the
    // user keeps them, their API tokens.
    if (input.newPassword) await signOutOtherSessions(tx, auth, { revokeTokens: input.revokeTokens ?? true });
    return updated;
  });
}
