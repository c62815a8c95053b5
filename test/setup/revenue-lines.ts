import { sql } from 'drizzle-orm';
import { newId } from '../../src/core/ids.ts';
import type { Database } from '../../src/db/client.ts';
import { revenueChanged } from '../../src/features/identify/portfolio/portfolio.service.ts';

export interface LineOptions {
  currency?: string;
  costEuros?: number | null;
  productLine?: string;
}

/**
 * Invoice lines straight into the table, for tests of the analyses (the import has its own
 * tests): an account, a date, whole euros; the revenue version raised as the import does.
 */
export async function insertRevenueLine(
  database: Database,
  workspaceId: string,
  accountId: string,
  date: string,
  euros: number,
  { currency = 'EUR', costEuros = null, productLine = 'Maschinen' }: LineOptions = {},
) {
  await database.db.execute(sql`
    INSERT INTO revenue_lines (workspace_id, account_id, invoice_date, document_number, net_revenue_cents,
      cost_of_goods_cents, product_line, currency, fingerprint)
    VALUES (${workspaceId}, ${accountId}, ${date}, ${`R-${newId()}`}, ${euros * 100},
      ${costEuros === null ? null : costEuros * 100}, ${productLine}, ${currency}, ${newId()})`);
  await revenueChanged(database.db, workspaceId);
}
