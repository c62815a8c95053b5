import { drizzle } from 'drizzle-orm/node-postgres';
import type { Auth } from '#contracts/identity.ts';
import type { CommitRequest, InspectRequest, ValidateRequest } from '#contracts/imports.ts';
import { DEFAULT_CURRENCY } from '#contracts/portfolio.ts';
import { AppError } from '../../../core/app-error.ts';
import { newId } from '../../../core/ids.ts';
import type { Db, Queryable } from '../../../db/client.ts';
import * as schema from '../../../db/schema/index.ts';
import { createAccountsForImport, unknownCustomerNumbers } from '../../know/accounts/accounts.service.ts';
import { recordChange } from '../../platform/audit/audit.service.ts';
import { abcSnapshot, revenueChanged } from '../portfolio/portfolio.service.ts';
import { trackProgress } from './import-progress.ts';
import * as store from './imports.store.ts';
import {
  type ColumnMapping,
  ImportFileError,
  inspectFile,
  type RevenueLine,
  type RowProblem,
  readRevenueBatches,
} from './parsing/index.ts';
import {
  countStagedLines,
  deleteStagedLines,
  deleteStaleStagedLines,
  insertStagedLines,
  stageLines,
  unknownStagedCustomers,
} from './staged-lines.ts';

const KIND = 'revenue';
const CHUNK_BYTES = 1024 * 1024;
/** Bad rows listed in a report; all are counted. */
const PROBLEM_LIMIT = 1000;
const UNKNOWN_SAMPLE = 100;

function view(row: store.ImportRow) {
  const { workspaceId: _, createdBy: __, ...rest } = row;
  return rest;
}

async function owned(db: Queryable, auth: Auth, id: string) {
  await store.failStaleImports(db, auth.workspaceId);
  const row = await store.findImport(db, auth.workspaceId, id);
  if (!row) throw new AppError('not_found', 'Import not found');
  return row;
}

export async function getImport(db: Queryable, auth: Auth, id: string) {
  return view(await owned(db, auth, id));
}

export async function listImports(db: Queryable, auth: Auth) {
  await store.failStaleImports(db, auth.workspaceId);
  return { items: (await store.listImports(db, auth.workspaceId, 50)).map(view) };
}

function fileRefusal(error: ImportFileError) {
  return { fileError: { code: error.code, message: error.message, rowNumber: error.rowNumber ?? null } };
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
    kind: KIND,
    fileName,
    createdBy: auth.userId,
  });
  let size = 0;
  try {
    let pending: Buffer[] = [];
    let pendingBytes = 0;
    let seq = 0;
    const flush = async () => {
      if (pendingBytes === 0) return;
      await store.appendChunk(db, auth.workspaceId, id, seq++, Buffer.concat(pending));
      pending = [];
      pendingBytes = 0;
    };
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
    await store.deleteImport(db, auth.workspaceId, id);
    throw error;
  }
  try {
    const format = await inspectFile(store.readChunks(db, auth.workspaceId, id), { fileName });
    const { previewRows, ...detected } = format;
    await store.updateImport(db, auth.workspaceId, id, {
      fileSize: size,
      format: detected,
      mapping: format.mapping,
      preview: previewRows,
    });
  } catch (error) {
    if (!(error instanceof ImportFileError)) throw error;
    await store.updateImport(db, auth.workspaceId, id, {
      fileSize: size,
      status: 'rejected',
      report: fileRefusal(error),
    });
  }
  return getImport(db, auth, id);
}

/**
 * Reads the stored file again with the settings the user chose (encoding, separator, header row,
 * decimal style, date format): new headers, preview, suggested mapping and reasons. An earlier
 * check no longer applies, so the import is `uploaded` again (or `rejected` if the file cannot be
 * read that way); written in one step, and only if nobody started a check or commit meanwhile.
 */
export async function reinspect(db: Db, auth: Auth, id: string, request: InspectRequest) {
  const row = await owned(db, auth, id);
  const chunks = store.readChunks(db, auth.workspaceId, id);
  let outcome: Pick<store.ImportChanges, 'format' | 'mapping' | 'preview' | 'report'>;
  let status: 'uploaded' | 'rejected';
  try {
    const { previewRows, ...detected } = await inspectFile(chunks, {
      fileName: row.fileName,
      overrides: request.overrides,
    });
    outcome = { format: detected, mapping: detected.mapping, preview: previewRows, report: null };
    status = 'uploaded';
  } catch (error) {
    if (!(error instanceof ImportFileError)) throw error;
    outcome = { report: fileRefusal(error) };
    status = 'rejected';
  }
  const claimed = await store.claimImport(
    db,
    auth.workspaceId,
    id,
    ['uploaded', 'validated', 'rejected', 'failed'],
    status,
    { ...outcome, options: { overrides: request.overrides } },
  );
  if (!claimed) throw new AppError('version_conflict', 'This import is busy or already committed');
  // Lines staged by an earlier check no longer apply.
  await deleteStagedLines(db.$client, auth.workspaceId, id);
  return getImport(db, auth, id);
}

interface Tally {
  rows: number;
  acceptedRows: number;
  rejectedRows: number;
  problems: RowProblem[];
  customers: Map<string, string | null>;
  currencies: Map<string, { lines: number; netRevenueCents: number }>;
  firstDate: string | null;
  lastDate: string | null;
}

/**
 * A copy of a text that does not keep the file alive. V8's substrings point into the string they
 * were cut from, so a customer name kept from each 1 MiB piece of the file would keep every
 * piece in memory (200 MiB for a million lines); a copy keeps its own few bytes.
 */
function detached<T extends string | null>(text: T): T {
  return (text === null ? null : Buffer.from(text, 'utf8').toString('utf8')) as T;
}

function tallyLine(tally: Tally, line: RevenueLine) {
  tally.acceptedRows++;
  if (!tally.customers.has(line.customerNumber))
    tally.customers.set(detached(line.customerNumber), detached(line.customerName));
  const currency = tally.currencies.get(line.currency) ?? { lines: 0, netRevenueCents: 0 };
  currency.lines++;
  currency.netRevenueCents += line.netRevenueCents;
  tally.currencies.set(line.currency, currency);
  if (!tally.firstDate || line.invoiceDate < tally.firstDate) tally.firstDate = line.invoiceDate;
  if (!tally.lastDate || line.invoiceDate > tally.lastDate) tally.lastDate = line.invoiceDate;
}

/**
 * Reads the whole file once with the user's mapping and reports every bad row. Writes no revenue
 * line: the accepted ones are staged (import_lines) for the commit, in one COPY that a rejected
 * file cancels.
 */
async function validate(db: Db, auth: Auth, row: store.ImportRow, request: ValidateRequest) {
  const progress = trackProgress(db, auth.workspaceId, row.id);
  const client = await db.$client.connect();
  let broken = false;
  try {
    await deleteStaleStagedLines(client, auth.workspaceId, row.id);
    const chunks = () => store.readChunks(db, auth.workspaceId, row.id);
    const format = await inspectFile(chunks(), {
      fileName: row.fileName,
      mapping: request.mapping,
      overrides: request.overrides,
    });
    const tally: Tally = {
      rows: 0,
      acceptedRows: 0,
      rejectedRows: 0,
      problems: [],
      customers: new Map(),
      currencies: new Map(),
      firstDate: null,
      lastDate: null,
    };
    const batches = readRevenueBatches(progress.count(chunks()), {
      settings: format.settings,
      mapping: request.mapping,
      defaultCurrency: request.defaultCurrency,
    });
    const sink = stageLines(client, auth.workspaceId, row.id);
    try {
      for await (const batch of batches) {
        const accepted: RevenueLine[] = [];
        for (const parsed of batch) {
          tally.rows++;
          if (parsed.ok) {
            tallyLine(tally, parsed.line);
            accepted.push(parsed.line);
          } else {
            tally.rejectedRows++;
            for (const problem of parsed.problems) {
              if (tally.problems.length >= PROBLEM_LIMIT) break;
              tally.problems.push({
                ...problem,
                column: detached(problem.column),
                message: detached(problem.message),
                value: detached(problem.value),
              });
            }
          }
        }
        await sink.write(accepted);
      }
      await sink.finish();
    } catch (error) {
      // The connection is mid-COPY: cancel it and let the pool discard the connection.
      broken = true;
      sink.abort(error as Error);
      throw error;
    }
    // Statistics for the commit's plan (a million fresh rows would otherwise look like none).
    await client.query('ANALYZE import_lines');
    const unknown = await unknownCustomerNumbers(db, auth.workspaceId, [...tally.customers.keys()]);
    const { previewRows: _, ...detected } = format;
    await store.updateImport(db, auth.workspaceId, row.id, {
      status: 'validated',
      format: detected,
      processedBytes: row.fileSize,
      report: {
        rows: tally.rows,
        acceptedRows: tally.acceptedRows,
        rejectedRows: tally.rejectedRows,
        problems: tally.problems,
        problemsListed: tally.problems.length,
        customers: tally.customers.size,
        unknownCustomers: {
          count: unknown.length,
          sample: unknown.slice(0, UNKNOWN_SAMPLE).map((number) => ({
            customerNumber: number,
            customerName: tally.customers.get(number) ?? null,
          })),
        },
        currencies: [...tally.currencies].map(([currency, sums]) => ({ currency, ...sums })),
        period: { from: tally.firstDate, to: tally.lastDate },
      },
    });
  } catch (error) {
    if (!(error instanceof ImportFileError)) throw error;
    await store.updateImport(db, auth.workspaceId, row.id, {
      status: 'rejected',
      report: fileRefusal(error),
    });
  } finally {
    client.release(broken);
    progress.stop();
  }
}

interface ValidationReport {
  acceptedRows: number;
  rejectedRows: number;
  unknownCustomers: { count: number };
}

/**
 * Writes every accepted line in one transaction, or none: accounts for unknown customer numbers
 * if asked, then one INSERT from the lines the check staged that skips lines already imported
 * (a re-imported or overlapping export).
 */
async function commit(db: Db, auth: Auth, row: store.ImportRow, request: CommitRequest) {
  const progress = trackProgress(db, auth.workspaceId, row.id);
  const client = await db.$client.connect();
  try {
    await client.query('BEGIN');
    // The INSERT's hash joins and aggregate span every staged line: in memory, not in temp files.
    await client.query(`SET LOCAL work_mem = '256MB'`);
    const tx = drizzle(client, { schema });
    const staged = (row.report as ValidationReport).acceptedRows;
    const unknown = await unknownStagedCustomers(client, auth.workspaceId, row.id);
    if (unknown.length > 0 && !request.createAccounts) {
      throw new AppError('validation_failed', 'Unknown customer numbers', [
        {
          path: 'createAccounts',
          code: 'unknown_customers',
          message: `${unknown.length} unknown customer numbers`,
        },
      ]);
    }
    const accountsCreated = await createAccountsForImport(tx, auth, unknown);
    const insertedLines = await insertStagedLines(client, auth.workspaceId, row.id);
    await deleteStagedLines(client, auth.workspaceId, row.id);
    if (insertedLines > 0) await revenueChanged(tx, auth.workspaceId);
    const summary = {
      stagedLines: staged,
      insertedLines,
      duplicateLines: staged - insertedLines,
      accountsCreated,
    };
    const report = { ...(row.report as object), commit: summary };
    await store.updateImport(tx, auth.workspaceId, row.id, {
      status: 'committed',
      report,
      processedBytes: row.fileSize,
    });
    await recordChange(tx, auth, {
      action: 'create',
      entityType: 'import',
      entityId: row.id,
      before: null,
      after: summary,
    });
    await client.query('COMMIT');
    // Fresh statistics for the analyses that read the lines next (autovacuum would come later).
    if (summary.insertedLines > 0) await client.query('ANALYZE revenue_lines').catch(() => undefined);
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    const failure =
      error instanceof AppError
        ? { code: error.code, message: error.message, errors: error.errors }
        : { message: String(error) };
    await store.updateImport(db, auth.workspaceId, row.id, {
      status: error instanceof AppError ? 'validated' : 'failed',
      report: { ...(row.report as object), commitFailure: failure },
    });
    throw error;
  } finally {
    client.release();
    progress.stop();
  }
  // The analysis opened next after an import is most likely the default one: classify it now.
  await abcSnapshot(db, auth, { currency: DEFAULT_CURRENCY }).catch(() => undefined);
}

/** Runs a job now (the CLI waits) or in the background (the API answers at once and is polled). */
async function run(job: () => Promise<void>, wait: boolean, onFailure: (error: unknown) => Promise<void>) {
  const running = job().catch(async (error: unknown) => {
    await onFailure(error).catch(() => undefined);
    if (wait) throw error;
  });
  if (wait) await running;
}

export async function startValidation(
  db: Db,
  auth: Auth,
  id: string,
  request: ValidateRequest,
  wait = false,
) {
  const row = await owned(db, auth, id);
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
  await run(
    () => validate(db, auth, { ...row, status: 'validating' }, request),
    wait,
    (error) =>
      store.updateImport(db, auth.workspaceId, id, { status: 'failed', report: { failure: String(error) } }),
  );
  return getImport(db, auth, id);
}

export async function startCommit(db: Db, auth: Auth, id: string, request: CommitRequest, wait = false) {
  const row = await owned(db, auth, id);
  const report = row.report as ValidationReport | null;
  if (row.status !== 'validated' || !report) {
    throw new AppError('version_conflict', 'Only a validated import can be committed; validate it first');
  }
  if (report.acceptedRows === 0) {
    throw new AppError('validation_failed', 'The file has no line to import', [
      { path: '', code: 'nothing_to_import', message: 'No accepted line' },
    ]);
  }
  if (report.unknownCustomers.count > 0 && !request.createAccounts) {
    throw new AppError('validation_failed', 'Unknown customer numbers', [
      {
        path: 'createAccounts',
        code: 'unknown_customers',
        message: `${report.unknownCustomers.count} customer numbers are unknown: create accounts for them, or add them first`,
      },
    ]);
  }
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
  await run(
    () => commit(db, auth, { ...row, status: 'committing' }, request),
    wait,
    async () => undefined,
  );
  return getImport(db, auth, id);
}

export async function listPresets(db: Queryable, auth: Auth) {
  return { items: await store.listPresets(db, auth.workspaceId, KIND) };
}

export async function savePreset(db: Queryable, auth: Auth, input: { name: string; mapping: ColumnMapping }) {
  return store.upsertPreset(db, { id: newId(), workspaceId: auth.workspaceId, kind: KIND, ...input });
}
