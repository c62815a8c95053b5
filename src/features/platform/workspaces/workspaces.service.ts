import type { UserCreate } from '#contracts/users.ts';
import { AppError } from '../../../core/app-error.ts';
import { newId } from '../../../core/ids.ts';
import type { Queryable } from '../../../db/client.ts';
import { seedIndustries } from '../../know/industries/industries.service.ts';
import { addUser } from '../users/users.service.ts';
import * as store from './workspaces.store.ts';

export async function getWorkspace(db: Queryable, id: string) {
  const workspace = await store.findWorkspace(db, id);
  if (!workspace) throw new AppError('not_found', 'Workspace not found');
  return workspace;
}

export async function setupNeeded(db: Queryable): Promise<boolean> {
  return (await store.countWorkspaces(db)) === 0;
}

export async function findWorkspaceByName(db: Queryable, name: string) {
  return store.findWorkspaceByName(db, name);
}

export async function renameWorkspace(db: Queryable, id: string, name: string) {
  await store.renameWorkspace(db, id, name);
}

/** Removes a workspace and all it holds, at once or not at all. */
export async function deleteWorkspace(db: Queryable, id: string) {
  await db.transaction((tx) => store.deleteWorkspace(tx, id));
}

/** A new workspace with the default industries, and its first user. */
export async function createWorkspace(db: Queryable, name: string, firstUser: UserCreate) {
  const workspaceId = newId();
  await store.insertWorkspace(db, workspaceId, name);
  await seedIndustries(db, workspaceId);
  const user = await addUser(db, { workspaceId }, firstUser);
  return { workspace: { id: workspaceId, name }, user };
}

/** Onboarding in the browser: only while no workspace exists, and only one at a time. */
export async function setUp(db: Queryable, input: { workspaceName: string } & Omit<UserCreate, 'role'>) {
  return db.transaction(async (tx) => {
    await store.lockOnboarding(tx);
    if ((await store.countWorkspaces(tx)) > 0)
      throw new AppError('setup_done', 'Kontor is already set up; sign in');
    const { workspaceName, ...user } = input;
    return createWorkspace(tx, workspaceName, { ...user, role: 'admin' });
  });
}

/**
 * For the CLI: the workspace of that name, else the only one there is, else a new one.
 * Returns undefined when several exist and none has that name.
 */
export async function findOrCreateWorkspaceFor(db: Queryable, name: string | undefined) {
  if (name) {
    const named = await store.findWorkspaceByName(db, name);
    if (named) return { workspace: named, created: false };
  }
  const count = await store.countWorkspaces(db);
  if (count === 1 && !name) return { workspace: await store.firstWorkspace(db), created: false };
  if (count > 0 && !name) return undefined;
  return { workspace: undefined, created: true };
}
