import type { Auth } from '#contracts/identity.ts';
import type { ColumnMapping } from '#contracts/import-fields.ts';
import { AppError } from '../../../core/app-error.ts';
import { newId } from '../../../core/ids.ts';
import type { Queryable } from '../../../db/client.ts';
import * as store from './imports.store.ts';
import type { ImportFileError } from './parsing/index.ts';

/**
 * Reading imports and their saved mappings. The steps of an import are use cases of their own:
 * import-upload.service.ts (upload, read again), import-check.service.ts, import-commit.service.ts.
 */

export const IMPORT_KIND = 'revenue';

function view(row: store.ImportRow) {
  const { workspaceId: _, createdBy: __, ...rest } = row;
  return rest;
}

/** The caller's import; one whose job died with its process is marked failed first. */
export async function ownedImport(db: Queryable, auth: Auth, id: string) {
  await store.failStaleImports(db, auth.workspaceId);
  const row = await store.findImport(db, auth.workspaceId, id);
  if (!row) throw new AppError('not_found', 'Import not found');
  return row;
}

export async function getImport(db: Queryable, auth: Auth, id: string) {
  return view(await ownedImport(db, auth, id));
}

export async function listImports(db: Queryable, auth: Auth) {
  await store.failStaleImports(db, auth.workspaceId);
  return { items: (await store.listImports(db, auth.workspaceId, 50)).map(view) };
}

/** The report of a file that cannot be read as a table (status rejected). */
export function fileRefusal(error: ImportFileError) {
  return { fileError: { code: error.code, message: error.message, rowNumber: error.rowNumber ?? null } };
}

export async function listPresets(db: Queryable, auth: Auth) {
  return { items: await store.listPresets(db, auth.workspaceId, IMPORT_KIND) };
}

export async function savePreset(db: Queryable, auth: Auth, input: { name: string; mapping: ColumnMapping }) {
  return store.upsertPreset(db, { id: newId(), workspaceId: auth.workspaceId, kind: IMPORT_KIND, ...input });
}
