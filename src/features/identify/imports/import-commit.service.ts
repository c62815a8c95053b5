import type { Auth } from '#contracts/identity.ts';
import { type ValidationReport, ZValidationReport } from '#contracts/import-report.ts';
import type { CommitRequest } from '#contracts/imports.ts';
import { DEFAULT_CURRENCY } from '#contracts/portfolio.ts';
import { AppError } from '../../../core/app-error.ts';
import type { Clock } from '../../../core/clock.ts';
import type { Db } from '../../../db/client.ts';
import { withTransaction } from '../../../db/connection.ts';
import { createAccountsForImport } from '../../know/accounts/accounts.service.ts';
import { recordChange } from '../../platform/audit/audit.service.ts';
import { abcSnapshot, revenueChanged } from '../portfolio/portfolio.service.ts';
import { trackProgress } from './import-progress.ts';
import { getImport, ownedImport } from './imports.service.ts';
import * as store from './imports.store.ts';
import { runImportJob } from './run-import-job.ts';
import {
  countStagedLines,
  deleteStagedLines,
  insertStagedLines,
  unknownStagedCustomers,
} from './staged-lines.ts';

function unknownCustomersRefusal(message: string) {
  return new AppError('validation_failed', 'Unknown customer numbers', [
    { path: 'createAccounts', code: 'unknown_customers', message },
  ]);
}

/**
 * Writes every accepted line in one transaction, or none: accounts for unknown customer numbers
 * if asked, then one INSERT from the lines the check staged that skips lines already imported
 * (a re-imported or overlapping export).
 */
async function commit(
  db: Db,
  auth: Auth,
  clock: Clock,
  row: store.ImportRow,
  report: ValidationReport,
  request: CommitRequest,
) {
  const progress = trackProgress(db, auth.workspaceId, row.id);
  try {
    const summary = await withTransaction(db, async (tx, client) => {
      // The INSERT's hash joins and aggregate span every staged line: in memory, not in temp files.
      await client.query(`SET LOCAL work_mem = '256MB'`);
      const unknown = await unknownStagedCustomers(client, auth.workspaceId, row.id);
      if (unknown.length > 0 && !request.createAccounts) {
        throw unknownCustomersRefusal(`${unknown.length} unknown customer numbers`);
      }
      const accountsCreated = await createAccountsForImport(tx, auth, unknown);
      const insertedLines = await insertStagedLines(client, auth.workspaceId, row.id);
      await deleteStagedLines(client, auth.workspaceId, row.id);
      if (insertedLines > 0) await revenueChanged(tx, auth.workspaceId);
      const committed = {
        stagedLines: report.acceptedRows,
        insertedLines,
        duplicateLines: report.acceptedRows - insertedLines,
        accountsCreated,
      };
      await store.updateImport(tx, auth.workspaceId, row.id, {
        status: 'committed',
        report: { ...report, commit: committed },
        processedBytes: row.fileSize,
      });
      await recordChange(tx, auth, {
        action: 'create',
        entityType: 'import',
        entityId: row.id,
        before: null,
        after: committed,
      });
      return committed;
    });
    // Fresh statistics for the analyses that read the lines next (autovacuum would come later).
    if (summary.insertedLines > 0) await db.$client.query('ANALYZE revenue_lines').catch(() => undefined);
  } catch (error) {
    const failure =
      error instanceof AppError
        ? { code: error.code, message: error.message, errors: error.errors }
        : { message: String(error) };
    await store.updateImport(db, auth.workspaceId, row.id, {
      status: error instanceof AppError ? 'validated' : 'failed',
      report: { ...report, commitFailure: failure },
    });
    throw error;
  } finally {
    progress.stop();
  }
  // The analysis opened next after an import is most likely the default one: classify it now.
  await abcSnapshot(db, auth, clock, { currency: DEFAULT_CURRENCY }).catch(() => undefined);
}

/** The check's report, if the import was checked and its lines can be committed. */
function committableReport(row: store.ImportRow, request: CommitRequest): ValidationReport {
  const checked = ZValidationReport.safeParse(row.report);
  if (row.status !== 'validated' || !checked.success) {
    throw new AppError('version_conflict', 'Only a validated import can be committed; validate it first');
  }
  const report = checked.data;
  if (report.acceptedRows === 0) {
    throw new AppError('validation_failed', 'The file has no line to import', [
      { path: '', code: 'nothing_to_import', message: 'No accepted line' },
    ]);
  }
  const unknown = report.unknownCustomers.count;
  if (unknown > 0 && !request.createAccounts) {
    throw unknownCustomersRefusal(
      `${unknown} customer numbers are unknown: create accounts for them, or add them first`,
    );
  }
  return report;
}

/** Starts the commit of a checked import; `wait` runs it before answering. */
export async function startCommit(
  db: Db,
  auth: Auth,
  clock: Clock,
  id: string,
  request: CommitRequest,
  wait = false,
) {
  const row = await ownedImport(db, auth, id);
  const report = committableReport(row, request);
  if (!(await store.claimImport(db, auth.workspaceId, id, ['validated'], 'committing'))) {
    throw new AppError('version_conflict', 'This import is busy or already committed');
  }
  // Staged lines live in an UNLOGGED table, which PostgreSQL empties after a crash.
  if ((await countStagedLines(db.$client, auth.workspaceId, id)) !== report.acceptedRows) {
    await store.claimImport(db, auth.workspaceId, id, ['committing'], 'uploaded', { report: null });
    throw new AppError(
      'check_expired',
      'The checked lines are gone (checked over a week ago, or the database restarted): check the file again',
    );
  }
  await runImportJob(
    () => commit(db, auth, clock, { ...row, status: 'committing' }, report, request),
    wait,
    async () => undefined,
  );
  return getImport(db, auth, id);
}
