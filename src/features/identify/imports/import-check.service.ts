import type { Auth } from '#contracts/identity.ts';
import type { ValidateRequest } from '#contracts/imports.ts';
import { AppError } from '../../../core/app-error.ts';
import type { Db } from '../../../db/client.ts';
import { withDedicatedConnection } from '../../../db/connection.ts';
import { unknownCustomerNumbers } from '../../know/accounts/accounts.service.ts';
import { checkReport, newTally, tallyBatch } from './check-tally.ts';
import { trackProgress } from './import-progress.ts';
import { fileRefusal, getImport, ownedImport } from './imports.service.ts';
import * as store from './imports.store.ts';
import { ImportFileError, inspectFile, readRevenueBatches } from './parsing/index.ts';
import { runImportJob } from './run-import-job.ts';
import { deleteStaleStagedLines, stageLines } from './staged-lines.ts';

/**
 * Reads the whole file once with the user's mapping and reports every bad row. Writes no revenue
 * line: the accepted ones are staged (import_lines) for the commit, in one COPY that a rejected
 * file cancels. The COPY holds a connection of its own; the file is read through the pool.
 */
async function check(db: Db, auth: Auth, row: store.ImportRow, request: ValidateRequest) {
  const progress = trackProgress(db, auth.workspaceId, row.id);
  try {
    await withDedicatedConnection(db, async (client) => {
      await deleteStaleStagedLines(client, auth.workspaceId, row.id);
      const chunks = () => store.readChunks(db, auth.workspaceId, row.id);
      const { previewRows: _, ...format } = await inspectFile(chunks(), {
        fileName: row.fileName,
        mapping: request.mapping,
        overrides: request.overrides,
      });
      const tally = newTally();
      const batches = readRevenueBatches(progress.count(chunks()), {
        settings: format.settings,
        mapping: request.mapping,
        defaultCurrency: request.defaultCurrency,
      });
      const sink = stageLines(client, auth.workspaceId, row.id);
      try {
        for await (const batch of batches) await sink.write(tallyBatch(tally, batch));
        await sink.finish();
      } catch (error) {
        sink.abort(error as Error);
        throw error;
      }
      // Statistics for the commit's plan (a million fresh rows would otherwise look like none).
      await client.query('ANALYZE import_lines');
      const unknown = await unknownCustomerNumbers(db, auth.workspaceId, [...tally.customers.keys()]);
      await store.updateImport(db, auth.workspaceId, row.id, {
        status: 'validated',
        format,
        processedBytes: row.fileSize,
        report: checkReport(tally, unknown),
      });
    });
  } catch (error) {
    if (!(error instanceof ImportFileError)) throw error;
    await store.updateImport(db, auth.workspaceId, row.id, {
      status: 'rejected',
      report: fileRefusal(error),
    });
  } finally {
    progress.stop();
  }
}

/** Starts the check of an import that is not busy nor committed; `wait` runs it before answering. */
export async function startValidation(
  db: Db,
  auth: Auth,
  id: string,
  request: ValidateRequest,
  wait = false,
) {
  const row = await ownedImport(db, auth, id);
  const claimed = await store.claimImport(
    db,
    auth.workspaceId,
    id,
    ['uploaded', 'validated', 'rejected', 'failed'],
    'validating',
    {
      mapping: request.mapping,
      options: { overrides: request.overrides ?? {}, defaultCurrency: request.defaultCurrency },
      report: null,
    },
  );
  if (!claimed) throw new AppError('version_conflict', 'This import is busy or already committed');
  await runImportJob(
    () => check(db, auth, { ...row, status: 'validating' }, request),
    wait,
    (error) =>
      store.updateImport(db, auth.workspaceId, id, { status: 'failed', report: { failure: String(error) } }),
  );
  return getImport(db, auth, id);
}
