import type { Auth } from '#contracts/identity.ts';
import type { InspectRequest } from '#contracts/imports.ts';
import { AppError } from '../../../core/app-error.ts';
import { newId } from '../../../core/ids.ts';
import type { Db, Queryable } from '../../../db/client.ts';
import { fileRefusal, getImport, IMPORT_KIND, ownedImport } from './imports.service.ts';
import * as store from './imports.store.ts';
import { type DetectedFormat, ImportFileError, type InspectOptions, inspectFile } from './parsing/index.ts';
import { deleteStagedLines } from './staged-lines.ts';

const CHUNK_BYTES = 1024 * 1024;

type Inspection =
  | { status: 'uploaded'; changes: Pick<store.ImportChanges, 'format' | 'mapping' | 'preview' | 'report'> }
  | { status: 'rejected'; changes: Pick<store.ImportChanges, 'report'> };

/** What an import keeps of reading its file with these settings: the detection, or the refusal. */
async function inspectStored(
  db: Queryable,
  workspaceId: string,
  id: string,
  options: InspectOptions,
): Promise<Inspection> {
  let detected: DetectedFormat;
  try {
    detected = await inspectFile(store.readChunks(db, workspaceId, id), options);
  } catch (error) {
    if (!(error instanceof ImportFileError)) throw error;
    return { status: 'rejected', changes: { report: fileRefusal(error) } };
  }
  const { previewRows, ...format } = detected;
  return {
    status: 'uploaded',
    changes: { format, mapping: format.mapping, preview: previewRows, report: null },
  };
}

/** Stores the body in 1 MiB pieces as it streams in; refuses (and forgets) more than maxBytes. */
async function storeFile(
  db: Queryable,
  workspaceId: string,
  id: string,
  body: AsyncIterable<Buffer>,
  maxBytes: number,
) {
  let size = 0;
  let pending: Buffer[] = [];
  let pendingBytes = 0;
  let seq = 0;
  const flush = async () => {
    if (pendingBytes === 0) return;
    await store.appendChunk(db, workspaceId, id, seq++, Buffer.concat(pending));
    pending = [];
    pendingBytes = 0;
  };
  try {
    for await (const piece of body) {
      size += piece.length;
      if (size > maxBytes) {
        throw new AppError(
          'payload_too_large',
          `The file is larger than ${Math.round(maxBytes / 1024 / 1024)} MB`,
        );
      }
      pending.push(piece);
      pendingBytes += piece.length;
      if (pendingBytes >= CHUNK_BYTES) await flush();
    }
    await flush();
  } catch (error) {
    await store.deleteImport(db, workspaceId, id);
    throw error;
  }
  return size;
}

/**
 * Takes the file as it streams in, in 1 MiB pieces into PostgreSQL, then inspects it: kind,
 * encoding, separator, header, decimal style, date format and a suggested mapping.
 */
export async function uploadRevenueFile(
  db: Queryable,
  auth: Auth,
  fileName: string,
  body: AsyncIterable<Buffer>,
  maxBytes: number,
) {
  const id = newId();
  await store.insertImport(db, {
    id,
    workspaceId: auth.workspaceId,
    kind: IMPORT_KIND,
    fileName,
    createdBy: auth.userId,
  });
  const fileSize = await storeFile(db, auth.workspaceId, id, body, maxBytes);
  const { status, changes } = await inspectStored(db, auth.workspaceId, id, { fileName });
  await store.updateImport(db, auth.workspaceId, id, { ...changes, fileSize, status });
  return getImport(db, auth, id);
}

/**
 * Reads the stored file again with the settings the user chose (encoding, separator, header row,
 * decimal style, date format): new headers, preview, suggested mapping and reasons. An earlier
 * check no longer applies, so the import is `uploaded` again (or `rejected` if the file cannot be
 * read that way); written in one step, and only if nobody started a check or commit meanwhile.
 */
export async function reinspect(db: Db, auth: Auth, id: string, request: InspectRequest) {
  const row = await ownedImport(db, auth, id);
  const { status, changes } = await inspectStored(db, auth.workspaceId, id, {
    fileName: row.fileName,
    overrides: request.overrides,
  });
  const claimed = await store.claimImport(
    db,
    auth.workspaceId,
    id,
    ['uploaded', 'validated', 'rejected', 'failed'],
    status,
    { ...changes, options: { overrides: request.overrides } },
  );
  if (!claimed) throw new AppError('version_conflict', 'This import is busy or already committed');
  // Lines staged by an earlier check no longer apply.
  await deleteStagedLines(db.$client, auth.workspaceId, id);
  return getImport(db, auth, id);
}
