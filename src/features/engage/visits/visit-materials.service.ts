import type { Auth } from '#contracts/identity.ts';
import type { LinkCreate } from '#contracts/visit-materials.ts';
import type { Material } from '#contracts/visits.ts';
import { AppError, refuse } from '../../../core/app-error.ts';
import { safeFileName } from '../../../core/file-name.ts';
import { newId } from '../../../core/ids.ts';
import type { Queryable } from '../../../db/client.ts';
import { recordChange } from '../../platform/audit/audit.service.ts';
import { materialTypeOf } from './material-type.ts';
import * as store from './visit-materials.store.ts';
import { getVisit } from './visits.service.ts';

function materialNotFound(): AppError {
  return new AppError('not_found', 'Material not found');
}

async function loadMaterial(db: Queryable, auth: Auth, visitId: string, id: string): Promise<Material> {
  const row = await store.findMaterial(db, auth.workspaceId, visitId, id);
  if (!row) throw materialNotFound();
  return row;
}

async function created(db: Queryable, auth: Auth, visitId: string, id: string): Promise<Material> {
  const material = await loadMaterial(db, auth, visitId, id);
  await recordChange(db, auth, {
    action: 'create',
    entityType: 'visit_material',
    entityId: id,
    before: null,
    after: { ...material, visitId },
  });
  return material;
}

export async function addLink(
  db: Queryable,
  auth: Auth,
  visitId: string,
  input: LinkCreate,
): Promise<Material> {
  return db.transaction(async (tx) => {
    await getVisit(tx, auth, visitId);
    const id = newId();
    await store.insertMaterial(tx, auth.workspaceId, {
      id,
      visitId,
      kind: 'link',
      title: input.title,
      url: input.url,
      uploadedBy: auth.userId,
    });
    return created(tx, auth, visitId, id);
  });
}

function tooLarge(maxBytes: number): AppError {
  const message = `The file is larger than ${Math.floor(maxBytes / 1024 / 1024)} MB`;
  return new AppError('payload_too_large', message, [{ path: 'file', code: 'file_too_large', message }]);
}

/** The whole body, but not a byte more than allowed: a larger upload stops as soon as it shows. */
async function readUpTo(body: AsyncIterable<Buffer>, maxBytes: number): Promise<Buffer> {
  const pieces: Buffer[] = [];
  let size = 0;
  for await (const piece of body) {
    size += piece.length;
    if (size > maxBytes) throw tooLarge(maxBytes);
    pieces.push(piece);
  }
  return Buffer.concat(pieces);
}

export interface FileUpload {
  fileName: string | undefined;
  title: string | undefined;
  /** What the client announced (Content-Length), to refuse a large file before reading it. */
  declaredBytes: number | undefined;
  body: AsyncIterable<Buffer>;
}

/** A file for the visit, kept only if its content is of an allowed type and fits its name. */
export async function addFile(
  db: Queryable,
  auth: Auth,
  visitId: string,
  upload: FileUpload,
  maxBytes: number,
): Promise<Material> {
  await getVisit(db, auth, visitId);
  if (!upload.fileName)
    refuse([{ path: 'fileName', code: 'required', message: 'Name the file: ?fileName=…' }]);
  if (upload.declaredBytes !== undefined && upload.declaredBytes > maxBytes) throw tooLarge(maxBytes);
  const fileName = safeFileName(upload.fileName ?? '');
  const content = await readUpTo(upload.body, maxBytes);
  const detected = materialTypeOf(content, fileName);
  if ('refusal' in detected) {
    throw new AppError('unsupported_media_type', detected.refusal, [
      { path: 'file', code: 'file_type_not_allowed', message: detected.refusal },
    ]);
  }
  return db.transaction(async (tx) => {
    // Again inside: the visit may have gone while the file came in.
    await getVisit(tx, auth, visitId);
    const id = newId();
    await store.insertMaterial(tx, auth.workspaceId, {
      id,
      visitId,
      kind: 'file',
      title: upload.title ?? fileName,
      fileName,
      mediaType: detected.type.mediaType,
      sizeBytes: content.length,
      content,
      uploadedBy: auth.userId,
    });
    return created(tx, auth, visitId, id);
  });
}

/** A file material's content for download; a link has none. */
export async function materialContent(db: Queryable, auth: Auth, visitId: string, id: string) {
  await getVisit(db, auth, visitId);
  const row = await store.findContent(db, auth.workspaceId, visitId, id);
  if (!row?.content || !row.fileName || !row.mediaType) throw materialNotFound();
  return { fileName: row.fileName, mediaType: row.mediaType, content: row.content };
}

export async function deleteMaterial(db: Queryable, auth: Auth, visitId: string, id: string): Promise<void> {
  await db.transaction(async (tx) => {
    await getVisit(tx, auth, visitId);
    const current = await loadMaterial(tx, auth, visitId, id);
    await store.deleteMaterial(tx, auth.workspaceId, visitId, id);
    await recordChange(tx, auth, {
      action: 'delete',
      entityType: 'visit_material',
      entityId: id,
      before: { ...current, visitId },
      after: null,
    });
  });
}
