import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import path from 'node:path';
import type { Auth } from '#contracts/identity.ts';
import { type RevenueField, revenueFields } from '#contracts/import-fields.ts';
import { AppError } from '../core/app-error.ts';
import { systemClock } from '../core/clock.ts';
import { isAllowed } from '../core/permissions.ts';
import type { Db } from '../db/client.ts';
import { startValidation } from '../features/identify/imports/import-check.service.ts';
import { startCommit } from '../features/identify/imports/import-commit.service.ts';
import { uploadRevenueFile } from '../features/identify/imports/import-upload.service.ts';
import { getImport } from '../features/identify/imports/imports.service.ts';
import { findUserForLogin, firstActiveAdmin } from '../features/platform/users/users.service.ts';
import { findOrCreateWorkspaceFor } from '../features/platform/workspaces/workspaces.service.ts';

interface Options {
  map: string[];
  createAccounts: boolean;
  as?: string;
  workspace?: string;
  currency: string;
  maxMb: number;
}

/** The user the import acts as (and is audited under). */
async function actor(db: Db, options: Options): Promise<Auth> {
  let user:
    | { id: string; workspaceId: string; role: Auth['role']; name: string; email: string; locale: string }
    | undefined;
  if (options.as) {
    const found = await findUserForLogin(db, options.as);
    if (!found?.active) throw new Error(`No active user ${options.as}`);
    user = found;
  } else {
    const target = await findOrCreateWorkspaceFor(db, options.workspace);
    if (!target?.workspace) throw new Error('Name the workspace (--workspace) or the user to act as (--as).');
    const admin = await firstActiveAdmin(db, target.workspace.id);
    if (!admin) throw new Error('The workspace has no active admin; name a user with --as.');
    user = { ...admin, workspaceId: target.workspace.id };
  }
  if (!isAllowed(user.role, 'imports:run'))
    throw new Error(`${user.email} may not import revenue (role ${user.role}).`);
  return { ...user, userId: user.id, readOnly: false };
}

function parseMapping(pairs: string[]): Partial<Record<RevenueField, string>> {
  const mapping: Partial<Record<RevenueField, string>> = {};
  for (const pair of pairs) {
    const [field, ...header] = pair.split('=');
    if (!revenueFields.includes(field as RevenueField) || header.length === 0) {
      throw new Error(`--map ${pair}: expected field=Header with field one of ${revenueFields.join(', ')}`);
    }
    mapping[field as RevenueField] = header.join('=');
  }
  return mapping;
}

/** Prints the job's progress while it runs. */
function reportProgress(db: Db, auth: Auth, id: string, label: string, size: number) {
  const timer = setInterval(async () => {
    const current = await getImport(db, auth, id).catch(() => undefined);
    if (current)
      process.stderr.write(
        `\r${label} ${Math.floor((100 * current.processedBytes) / Math.max(size, 1))} %   `,
      );
  }, 500);
  return () => {
    clearInterval(timer);
    process.stderr.write(`\r${label} 100 %   \n`);
  };
}

function explain(error: unknown): never {
  if (error instanceof AppError) {
    const details = error.errors.map((e) => `  ${e.path}: ${e.message}`).join('\n');
    throw new Error(`${error.message}${details ? `\n${details}` : ''}`);
  }
  throw error;
}

/** `kontor import revenue FILE`: the same path as the web upload, waiting for each step. */
export async function importRevenueCommand(db: Db, file: string, options: Options): Promise<void> {
  const auth = await actor(db, options);
  const { size } = await stat(file);
  try {
    const uploaded = await uploadRevenueFile(
      db,
      auth,
      path.basename(file),
      createReadStream(file),
      options.maxMb * 1024 * 1024,
    );
    if (uploaded.status === 'rejected') {
      const { fileError } = uploaded.report as { fileError: { message: string } };
      throw new Error(`File refused: ${fileError.message}`);
    }
    const mapping = { ...(uploaded.mapping as object), ...parseMapping(options.map) };
    console.log(
      `Columns: ${Object.entries(mapping)
        .map(([field, header]) => `${field}=${header}`)
        .join(', ')}`,
    );
    const stopValidation = reportProgress(db, auth, uploaded.id, 'Checking', size);
    const validated = await startValidation(
      db,
      auth,
      uploaded.id,
      { mapping, defaultCurrency: options.currency },
      true,
    ).finally(stopValidation);
    const report = validated.report as {
      fileError?: { message: string };
      rows: number;
      acceptedRows: number;
      rejectedRows: number;
      problems: { rowNumber: number; column: string | null; message: string }[];
      unknownCustomers: { count: number };
    };
    if (report.fileError) throw new Error(`File refused: ${report.fileError.message}`);
    console.log(
      `${report.rows} rows: ${report.acceptedRows} accepted, ${report.rejectedRows} with problems.`,
    );
    for (const problem of report.problems.slice(0, 50)) {
      console.log(
        `  row ${problem.rowNumber}${problem.column ? `, ${problem.column}` : ''}: ${problem.message}`,
      );
    }
    if (report.rejectedRows > 0)
      throw new Error('Nothing imported: fix the rows above and import the file again.');
    const stopCommit = reportProgress(db, auth, uploaded.id, 'Importing', size);
    const committed = await startCommit(
      db,
      auth,
      systemClock,
      uploaded.id,
      { createAccounts: options.createAccounts },
      true,
    ).finally(stopCommit);
    const summary = (committed.report as { commit: Record<string, number> }).commit;
    console.log(
      `Imported ${summary.insertedLines} lines (${summary.duplicateLines} already there), ${summary.accountsCreated} accounts created.`,
    );
  } catch (error) {
    explain(error);
  }
}
