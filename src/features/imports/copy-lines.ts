import { once } from 'node:events';
import type pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import { newId } from '../../core/ids.ts';
import type { RevenueLine } from './parsing/index.ts';

/** The staging table of one commit: dropped with its transaction. */
export const stagingTable = `CREATE TEMP TABLE staging_lines (
  id uuid, row_no bigint, customer_number text, customer_name text, invoice_date date,
  document_number text, product text, product_line text, quantity numeric, net bigint, cost bigint,
  currency char(3)) ON COMMIT DROP`;

function csvField(value: string | number | null): string {
  if (value === null) return '';
  const text = String(value);
  return /[",\n\r]/.test(text) || text === '' ? `"${text.replaceAll('"', '""')}"` : text;
}

function csvLine(line: RevenueLine): string {
  return `${[
    newId(),
    line.rowNumber,
    line.customerNumber,
    line.customerName,
    line.invoiceDate,
    line.documentNumber,
    line.product,
    line.productLine,
    line.quantity,
    line.netRevenueCents,
    line.costOfGoodsCents,
    line.currency,
  ]
    .map(csvField)
    .join(',')}\n`;
}

/**
 * Streams lines into staging_lines with COPY, PostgreSQL's bulk path, honouring back-pressure
 * so that memory stays flat. An empty string is quoted, so that only a missing value is NULL.
 */
export async function copyIntoStaging(
  client: pg.PoolClient,
  batches: AsyncIterable<RevenueLine[]>,
): Promise<number> {
  const stream = client.query(copyFrom('COPY staging_lines FROM STDIN (FORMAT csv)'));
  const done = once(stream, 'finish');
  let count = 0;
  try {
    for await (const batch of batches) {
      if (batch.length === 0) continue;
      count += batch.length;
      if (!stream.write(batch.map(csvLine).join(''))) await once(stream, 'drain');
    }
  } catch (error) {
    stream.destroy(error as Error);
    throw error;
  }
  stream.end();
  await done;
  return count;
}
