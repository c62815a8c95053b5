/**
 * Runs one revenue import and nothing else, so that its process's peak memory is the import's:
 * the same calls as `kontor import revenue FILE --create-accounts` (src/cli/import-revenue.ts),
 * i.e. uploadRevenueFile → startValidation(wait) → startCommit({ createAccounts }, wait).
 *
 *   node bench/support/import-child.ts DATABASE_URL WORKSPACE_ID USER_ID FILE
 *
 * Prints JSON lines on stdout: `{"phase":…}` as each step starts (the parent tags its
 * PostgreSQL samples with it), then `{"result":…}` with times, CPU and memory per step.
 */
import { createReadStream } from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import v8 from 'node:v8';
import vm from 'node:vm';
import type { Auth } from '#contracts/identity.ts';
import { loadConfig } from '../../src/config.ts';
import { systemClock } from '../../src/core/clock.ts';
import { connect } from '../../src/db/client.ts';
import { startValidation } from '../../src/features/identify/imports/import-check.service.ts';
import { startCommit } from '../../src/features/identify/imports/import-commit.service.ts';
import { uploadRevenueFile } from '../../src/features/identify/imports/import-upload.service.ts';

const [url, workspaceId, userId, file] = process.argv.slice(2) as [string, string, string, string];
const config = loadConfig({ LOG_LEVEL: 'silent' });
const database = connect(url, config.dbPoolSize);
const auth: Auth = {
  workspaceId,
  userId,
  role: 'admin',
  name: 'Bench',
  email: 'bench@kontor.example',
  locale: 'de',
  readOnly: false,
};
await database.pool.query('SELECT 1');

const MiB = 1024 * 1024;
v8.setFlagsFromString('--expose-gc');
/** A full GC between steps (not during them), so that each starts from, and reports, live memory. */
const collectGarbage = vm.runInNewContext('gc') as () => void;
let peakRss = process.memoryUsage().rss;
let peakHeap = process.memoryUsage().heapUsed;
const sampler = setInterval(() => {
  const usage = process.memoryUsage();
  peakRss = Math.max(peakRss, usage.rss);
  peakHeap = Math.max(peakHeap, usage.heapUsed);
}, 20);

interface Phase {
  ms: number;
  cpuMs: number;
  peakRssMiB: number;
  peakHeapMiB: number;
  /** Heap still reachable after the step (after a full GC). */
  liveHeapAfterMiB: number;
}
const phases: Record<string, Phase> = {};

async function phase<T>(name: string, step: () => Promise<T>): Promise<T> {
  collectGarbage();
  console.log(JSON.stringify({ phase: name }));
  peakRss = process.memoryUsage().rss;
  peakHeap = process.memoryUsage().heapUsed;
  const cpu = process.cpuUsage();
  const start = performance.now();
  const result = await step();
  const used = process.cpuUsage(cpu);
  const ms = performance.now() - start;
  const usage = process.memoryUsage();
  collectGarbage();
  phases[name] = {
    ms,
    cpuMs: (used.user + used.system) / 1000,
    peakRssMiB: Math.max(peakRss, usage.rss) / MiB,
    peakHeapMiB: Math.max(peakHeap, usage.heapUsed) / MiB,
    liveHeapAfterMiB: process.memoryUsage().heapUsed / MiB,
  };
  return result;
}

collectGarbage();
const baselineRssMiB = process.memoryUsage().rss / MiB;
const baselineHeapMiB = process.memoryUsage().heapUsed / MiB;
const uploaded = await phase('upload', () =>
  uploadRevenueFile(database.db, auth, path.basename(file), createReadStream(file), config.importMaxBytes),
);
if (uploaded.status !== 'uploaded') throw new Error(`upload: ${JSON.stringify(uploaded.report)}`);
const validated = await phase('validate', () =>
  startValidation(
    database.db,
    auth,
    uploaded.id,
    { mapping: uploaded.mapping as Record<string, string>, defaultCurrency: 'EUR' },
    true,
  ),
);
if (validated.status !== 'validated') throw new Error(`validate: ${JSON.stringify(validated.report)}`);
const committed = await phase('commit', () =>
  startCommit(database.db, auth, systemClock, uploaded.id, { createAccounts: true }, true),
);
if (committed.status !== 'committed') throw new Error(`commit: ${JSON.stringify(committed.report)}`);
clearInterval(sampler);
await database.close();

const report = committed.report as {
  rows: number;
  acceptedRows: number;
  rejectedRows: number;
  customers: number;
  commit: { stagedLines: number; insertedLines: number; duplicateLines: number; accountsCreated: number };
};
console.log(
  JSON.stringify({
    result: {
      importId: uploaded.id,
      fileSize: uploaded.fileSize,
      baselineRssMiB,
      baselineHeapMiB,
      maxRssMiB: process.resourceUsage().maxRSS / 1024,
      phases,
      rows: report.rows,
      acceptedRows: report.acceptedRows,
      rejectedRows: report.rejectedRows,
      customers: report.customers,
      commit: report.commit,
    },
  }),
);
