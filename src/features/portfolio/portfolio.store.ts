import { sql } from 'drizzle-orm';
import type { Queryable } from '../../db/client.ts';

export interface AccountRevenue {
  accountId: string;
  customerNumber: string | null;
  name: string;
  nameSort: string;
  revenueCents: number;
}

/** Net revenue per account in the period (both days included), in one currency. */
export async function revenueByAccount(
  db: Queryable,
  workspaceId: string,
  from: string,
  to: string,
  currency: string,
) {
  const result = await db.execute<{
    account_id: string;
    customer_number: string | null;
    name: string;
    name_sort: string;
    revenue: string;
  }>(sql`
    SELECT a.id AS account_id, a.customer_number, a.name, a.name_sort, r.revenue
    FROM (
      SELECT account_id, sum(net_revenue_cents) AS revenue
      FROM revenue_lines
      WHERE workspace_id = ${workspaceId} AND invoice_date BETWEEN ${from} AND ${to} AND currency = ${currency}
      GROUP BY account_id
    ) r
    JOIN accounts a ON a.workspace_id = ${workspaceId} AND a.id = r.account_id`);
  return result.rows.map(
    (row): AccountRevenue => ({
      accountId: row.account_id,
      customerNumber: row.customer_number,
      name: row.name,
      nameSort: row.name_sort,
      revenueCents: Number(row.revenue),
    }),
  );
}

/** Lines of the period in currencies other than the one analysed. */
export async function otherCurrencyLines(
  db: Queryable,
  workspaceId: string,
  from: string,
  to: string,
  currency: string,
) {
  const result = await db.execute<{ currency: string; lines: string }>(sql`
    SELECT currency, count(*) AS lines FROM revenue_lines
    WHERE workspace_id = ${workspaceId} AND invoice_date BETWEEN ${from} AND ${to} AND currency <> ${currency}
    GROUP BY currency ORDER BY currency`);
  return result.rows.map((row) => ({ currency: row.currency, lines: Number(row.lines) }));
}
