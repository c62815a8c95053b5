import type { RowProblem, ValidationReport } from '#contracts/import-report.ts';
import type { RevenueLine, RevenueRow } from './parsing/index.ts';

/** Bad rows listed in a report; all are counted. */
const PROBLEM_LIMIT = 1000;
const UNKNOWN_SAMPLE = 100;

/**
 * What a check counts while it reads the file, in memory that stays small for a million lines:
 * figures, the first bad rows, and one name per customer number.
 */
export interface CheckTally {
  rows: number;
  acceptedRows: number;
  rejectedRows: number;
  problems: RowProblem[];
  customers: Map<string, string | null>;
  currencies: Map<string, { lines: number; netRevenueCents: number }>;
  firstDate: string | null;
  lastDate: string | null;
}

export function newTally(): CheckTally {
  return {
    rows: 0,
    acceptedRows: 0,
    rejectedRows: 0,
    problems: [],
    customers: new Map(),
    currencies: new Map(),
    firstDate: null,
    lastDate: null,
  };
}

/**
 * A copy of a text that does not keep the file alive. V8's substrings point into the string they
 * were cut from, so a customer name kept from each 1 MiB piece of the file would keep every
 * piece in memory (200 MiB for a million lines); a copy keeps its own few bytes.
 */
function detached<T extends string | null>(text: T): T {
  return (text === null ? null : Buffer.from(text, 'utf8').toString('utf8')) as T;
}

function tallyLine(tally: CheckTally, line: RevenueLine) {
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

/** Counts one batch of rows and returns its accepted lines, for staging. */
export function tallyBatch(tally: CheckTally, batch: readonly RevenueRow[]): RevenueLine[] {
  const accepted: RevenueLine[] = [];
  for (const parsed of batch) {
    tally.rows++;
    if (parsed.ok) {
      tallyLine(tally, parsed.line);
      accepted.push(parsed.line);
      continue;
    }
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
  return accepted;
}

/** The check's report; `unknown` are the customer numbers no account has. */
export function checkReport(tally: CheckTally, unknown: readonly string[]): ValidationReport {
  return {
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
  };
}
