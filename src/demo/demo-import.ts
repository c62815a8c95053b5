import type { Auth } from '#contracts/identity.ts';
import type { Clock } from '../core/clock.ts';
import type { Db } from '../db/client.ts';
import { startValidation } from '../features/identify/imports/import-check.service.ts';
import { startCommit } from '../features/identify/imports/import-commit.service.ts';
import { uploadRevenueFile } from '../features/identify/imports/import-upload.service.ts';

interface ValidationReport {
  fileError?: { message: string };
  acceptedRows: number;
  rejectedRows: number;
  problems: { rowNumber: number; column: string | null; message: string }[];
}

interface CommitReport {
  commit: { insertedLines: number };
}

/**
 * The demo's ERP export through the same steps as an upload in the browser: store and inspect
 * it, validate it with the mapping the import suggested, commit it. Each step runs to its end
 * before the next (the CLI's way). A file the import would not take in whole is a bug of the
 * demo: it stops here with the import's reasons.
 */
export async function importRevenue(
  db: Db,
  auth: Auth,
  clock: Clock,
  file: Buffer,
  maxBytes: number,
): Promise<number> {
  const upload = async function* () {
    yield file;
  };
  const uploaded = await uploadRevenueFile(db, auth, 'Umsatz_Export_ERP.csv', upload(), maxBytes);
  const validated = await startValidation(
    db,
    auth,
    uploaded.id,
    { mapping: uploaded.mapping as Record<string, string>, defaultCurrency: 'EUR' },
    true,
  );
  const report = validated.report as ValidationReport;
  if (validated.status !== 'validated' || report.fileError || report.rejectedRows > 0) {
    const reasons = report.fileError
      ? [report.fileError.message]
      : report.problems.slice(0, 5).map((p) => `row ${p.rowNumber}, ${p.column ?? '-'}: ${p.message}`);
    throw new Error(`The demo's revenue file was not accepted: ${reasons.join('; ')}`);
  }
  const committed = await startCommit(db, auth, clock, uploaded.id, { createAccounts: false }, true);
  return (committed.report as CommitReport).commit.insertedLines;
}
