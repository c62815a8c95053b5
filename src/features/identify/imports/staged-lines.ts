import { once } from 'node:events';
import type pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import { contentHash } from './line-fingerprint.ts';
import type { RevenueLine } from './parsing/index.ts';

/**
 * The accepted lines of a checked import in `import_lines`: written by the check in one COPY,
 * turned into revenue lines by the commit, which deletes them in its transaction.
 */

/** A connection or the pool. */
type Sql = pg.ClientBase | pg.Pool;

const columns = `workspace_id, import_id, row_no, customer_number, customer_name, invoice_date, document_number,
  product, product_line, quantity, net_revenue_cents, cost_of_goods_cents, currency, content`;

const needsQuotes = /[",\n\r]/;

/** A text as a CSV field: empty for a missing value, quoted when empty or when CSV needs it. */
function csvText(value: string | null): string {
  if (value === null) return '';
  return value === '' || needsQuotes.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

/** One staged line; numbers, dates, codes and the hash never need quotes. */
function csvLine(prefix: string, line: RevenueLine): string {
  return (
    `${prefix}${line.rowNumber},${csvText(line.customerNumber)},${csvText(line.customerName)},` +
    `${line.invoiceDate},${csvText(line.documentNumber)},${csvText(line.product)},${csvText(line.productLine)},` +
    `${line.quantity ?? ''},${line.netRevenueCents},${line.costOfGoodsCents ?? ''},${line.currency},` +
    `${contentHash(line)}\n`
  );
}

export interface LineSink {
  write(lines: RevenueLine[]): Promise<void>;
  /** Ends the COPY: the lines are stored once this resolves. */
  finish(): Promise<void>;
  /** Cancels the COPY: none of the lines is stored. */
  abort(error: Error): void;
}

/**
 * A COPY into import_lines that honours back-pressure, so that memory stays flat. An empty
 * string is quoted, so that only a missing value is NULL.
 */
export function stageLines(client: pg.PoolClient, workspaceId: string, importId: string): LineSink {
  const stream = client.query(copyFrom(`COPY import_lines (${columns}) FROM STDIN (FORMAT csv)`));
  const finished = once(stream, 'finish');
  // A failed COPY rejects `finished`; until someone awaits it, that must not count as unhandled.
  finished.catch(() => undefined);
  const prefix = `${workspaceId},${importId},`;
  return {
    async write(lines) {
      if (lines.length === 0) return;
      let text = '';
      for (const line of lines) text += csvLine(prefix, line);
      if (!stream.write(text)) await once(stream, 'drain');
    },
    async finish() {
      stream.end();
      await finished;
    },
    abort(error) {
      stream.destroy(error);
    },
  };
}

export async function countStagedLines(db: Sql, workspaceId: string, importId: string) {
  const result = await db.query<{ lines: string }>(
    'SELECT count(*) AS lines FROM import_lines WHERE workspace_id = $1 AND import_id = $2',
    [workspaceId, importId],
  );
  return Number(result.rows[0]?.lines ?? 0);
}

export async function deleteStagedLines(db: Sql, workspaceId: string, importId: string) {
  await db.query('DELETE FROM import_lines WHERE workspace_id = $1 AND import_id = $2', [
    workspaceId,
    importId,
  ]);
}

/** How long checked lines wait for their commit before a new check is needed. */
const STAGED_DAYS = 7;

/**
 * Before a check of `importId` stages its lines, in one pass over the table: that import's
 * earlier lines, and those nobody will commit — of imports no longer checked (read again,
 * failed, committed) and of checks older than STAGED_DAYS. Their commit, if it comes, finds the
 * lines gone and asks for a new check. Never those of another running check or commit.
 */
export async function deleteStaleStagedLines(db: Sql, workspaceId: string, importId: string) {
  await db.query(
    `DELETE FROM import_lines l WHERE l.workspace_id = $1 AND (l.import_id = $3 OR NOT EXISTS (
       SELECT 1 FROM imports i WHERE i.workspace_id = $1 AND i.id = l.import_id
         AND (i.status IN ('validating', 'committing')
           OR (i.status = 'validated' AND i.updated_at > now() - make_interval(days => $2)))))`,
    [workspaceId, STAGED_DAYS, importId],
  );
}

/** Customer numbers of the staged lines that no account has, each with the first name the file gives it. */
export async function unknownStagedCustomers(db: Sql, workspaceId: string, importId: string) {
  // Grouping by hash, then fetching the first row of each new number, spares sorting every line.
  const result = await db.query<{ customer_number: string; customer_name: string | null }>(
    `SELECT s.customer_number, s.customer_name
     FROM (
       SELECT customer_number, min(row_no) AS row_no FROM import_lines s
       WHERE s.workspace_id = $1 AND s.import_id = $2
         AND NOT EXISTS (SELECT 1 FROM accounts a WHERE a.workspace_id = $1 AND a.customer_number = s.customer_number)
       GROUP BY customer_number
     ) f
     JOIN import_lines s ON s.workspace_id = $1 AND s.import_id = $2 AND s.row_no = f.row_no
     ORDER BY s.customer_number`,
    [workspaceId, importId],
  );
  return result.rows.map((row) => ({ customerNumber: row.customer_number, name: row.customer_name }));
}

/**
 * Turns the staged lines into revenue lines, skipping those imported before (same fingerprint,
 * see line-fingerprint.ts; identical lines of the file are numbered in file order here). Returns
 * how many were new.
 */
export async function insertStagedLines(db: Sql, workspaceId: string, importId: string) {
  const result = await db.query(
    `INSERT INTO revenue_lines (workspace_id, account_id, invoice_date, document_number, product, product_line,
       quantity, net_revenue_cents, cost_of_goods_cents, currency, fingerprint, import_id)
     SELECT s.workspace_id, a.id, s.invoice_date, s.document_number, s.product, s.product_line, s.quantity,
       s.net_revenue_cents, s.cost_of_goods_cents, s.currency,
       CASE WHEN r.occurrence > 1 THEN md5(replace(s.content::text, '-', '') || ':' || r.occurrence)::uuid
         ELSE s.content END,
       s.import_id
     FROM import_lines s
     JOIN accounts a ON a.workspace_id = s.workspace_id AND a.customer_number = s.customer_number
     LEFT JOIN (
       SELECT row_no, row_number() OVER (PARTITION BY content ORDER BY row_no) AS occurrence
       FROM import_lines
       WHERE workspace_id = $1 AND import_id = $2 AND content IN (
         SELECT content FROM import_lines WHERE workspace_id = $1 AND import_id = $2
         GROUP BY content HAVING count(*) > 1)
     ) r ON r.row_no = s.row_no
     WHERE s.workspace_id = $1 AND s.import_id = $2
     ON CONFLICT (workspace_id, account_id, invoice_date, fingerprint) DO NOTHING`,
    [workspaceId, importId],
  );
  return result.rowCount ?? 0;
}
