import type { Auth } from '#contracts/identity.ts';
import { AppError, versionConflict } from '../../../core/app-error.ts';
import type { Queryable } from '../../../db/client.ts';
import { recordChange } from '../../platform/audit/audit.service.ts';
import * as store from './industries.store.ts';

export { seedIndustries } from './industries.store.ts';

export async function listIndustries(db: Queryable, workspaceId: string) {
  return store.listIndustries(db, workspaceId);
}

/** Checks an industry key a record refers to: it must be in the workspace's list and not archived. */
export async function assertSelectableIndustry(
  db: Queryable,
  workspaceId: string,
  key: string,
  path = 'industryKey',
) {
  const industry = await store.findIndustry(db, workspaceId, key);
  if (!industry || industry.archived) {
    throw new AppError('validation_failed', 'Unknown industry', [
      { path, code: 'unknown_reference', message: `Unknown industry "${key.slice(0, 64)}"` },
    ]);
  }
}

export async function addIndustry(
  db: Queryable,
  auth: Auth,
  input: { key: string; labelDe: string; labelEn: string },
) {
  return db.transaction(async (tx) => {
    if (await store.findIndustry(tx, auth.workspaceId, input.key)) {
      throw new AppError('duplicate', 'Industry exists', [
        { path: 'key', code: 'taken', message: 'This key is already in use' },
      ]);
    }
    const industry = await store.insertIndustry(tx, auth.workspaceId, input);
    await recordChange(tx, auth, {
      action: 'create',
      entityType: 'industry',
      entityId: auth.workspaceId,
      before: null,
      after: industry,
    });
    return industry;
  });
}

export async function changeIndustry(
  db: Queryable,
  auth: Auth,
  key: string,
  {
    version,
    ...changes
  }: { version: number } & Partial<{
    labelDe: string;
    labelEn: string;
    position: number;
    archived: boolean;
  }>,
) {
  return db.transaction(async (tx) => {
    const before = await store.findIndustry(tx, auth.workspaceId, key);
    if (!before) throw new AppError('not_found', 'Industry not found');
    const after = await store.updateIndustry(tx, auth.workspaceId, key, version, changes);
    if (!after) throw versionConflict('this industry');
    await recordChange(tx, auth, {
      action: 'update',
      entityType: 'industry',
      entityId: auth.workspaceId,
      before,
      after,
    });
    return after;
  });
}
