/**
 * The hand-written SQL the ABC benchmark compares the API with: the whole answer of
 * `GET /api/v1/portfolio/abc` in one statement. Parameters: $1 workspace, $2/$3 the period,
 * $4/$5 the same period a year earlier, $6 currency, $7/$8 the A and B thresholds.
 *
 * The input (`source`) is one row per account and currency with the period's lines, revenue,
 * revenue of lines with a cost, cost, and the earlier period's revenue: from the lines in one
 * scan, or from a per-account monthly aggregate plus the lines of partial months.
 */
import type { Period } from './portfolio-data.ts';

export function addDays(iso: string, days: number): string {
  const date = new Date(`${iso}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

export function previousYear(iso: string): string {
  const [year, month, day] = iso.split('-').map(Number) as [number, number, number];
  const lastDay = new Date(Date.UTC(year - 1, month, 0)).getUTCDate();
  return `${year - 1}-${String(month).padStart(2, '0')}-${String(Math.min(day, lastDay)).padStart(2, '0')}`;
}

/**
 * Classification, shares, ranks and concentration over all accounts with window functions (one
 * sort: every window orders by revenue first), then the summary as one aggregate over the
 * classified rows, joined to the page. The accounts ranked above a tie group hold the running
 * sum through the group less the group (a frame with EXCLUDE GROUP would be re-aggregated per
 * row by PostgreSQL: quadratic).
 */
export function bestQuery(source: string, withGrowth: boolean, limit: number | null) {
  return `
  WITH per_account AS MATERIALIZED (
    SELECT s.*, a.customer_number, a.name, a.name_sort
    FROM (${source}) s JOIN accounts a ON a.workspace_id = $1 AND a.id = s.account_id
  ),
  current_rows AS MATERIALIZED (
    SELECT account_id, revenue, costed, cost, coalesce(previous, 0) AS previous, greatest(revenue, 0) AS positive,
      customer_number, name, name_sort
    FROM per_account WHERE currency = $6 AND lines > 0
  ),
  totals AS (SELECT sum(positive) AS positive_total, sum(revenue) AS net_total, count(*) AS accounts FROM current_rows),
  ranked AS (
    SELECT c.*, t.positive_total, t.positive_total::float8 AS total, t.net_total, t.accounts,
      rank() OVER (ORDER BY c.revenue DESC) AS rank,
      row_number() OVER w AS position,
      sum(c.positive) OVER (w ROWS UNBOUNDED PRECEDING) AS cumulative,
      sum(c.positive) OVER (ORDER BY c.revenue DESC)
        - c.positive * count(*) OVER (ORDER BY c.revenue DESC RANGE BETWEEN CURRENT ROW AND CURRENT ROW) AS above
    FROM current_rows c CROSS JOIN totals t
    WINDOW w AS (ORDER BY c.revenue DESC, c.name_sort, c.account_id)
  ),
  classified AS MATERIALIZED (
    SELECT r.*,
      CASE WHEN r.revenue <= 0 THEN 'C'
        WHEN r.above::float8 / r.total < $7 THEN 'A'
        WHEN r.above::float8 / r.total < $8 THEN 'B' ELSE 'C' END AS abc_class
    FROM ranked r
  ),
  summary AS (
    SELECT count(*) FILTER (WHERE abc_class = 'A') AS class_a,
      count(*) FILTER (WHERE abc_class = 'B') AS class_b,
      count(*) FILTER (WHERE abc_class = 'C') AS class_c,
      count(*) FILTER (WHERE positive > 0) AS accounts_with_revenue,
      sum(positive) FILTER (WHERE position <= 1) / nullif(max(total), 0) AS top1,
      sum(positive) FILTER (WHERE position <= 5) / nullif(max(total), 0) AS top5,
      sum(positive) FILTER (WHERE position <= 10) / nullif(max(total), 0) AS top10,
      sum(power(positive::float8 / nullif(total, 0) * 100, 2)) AS hhi,
      (SELECT json_agg(json_build_object('currency', o.currency, 'lines', o.lines) ORDER BY o.currency)
       FROM (SELECT currency, sum(lines) AS lines FROM per_account WHERE currency <> $6 GROUP BY currency
             HAVING sum(lines) > 0) o) AS other_currencies
    FROM classified
  )
  SELECT c.account_id, c.customer_number, c.name, c.rank, c.revenue, c.position,
    CASE WHEN c.total > 0 THEN c.revenue::float8 / c.total ELSE 0 END AS share,
    CASE WHEN c.total > 0 THEN c.cumulative::float8 / c.total ELSE 0 END AS cumulative_share,
    c.abc_class,
    ${
      withGrowth
        ? `c.previous,
    CASE WHEN c.previous > 0 THEN (c.revenue - c.previous)::float8 / c.previous END AS growth,
    CASE WHEN c.cost IS NOT NULL AND c.costed > 0 THEN (c.costed - c.cost)::float8 / c.costed END AS gross_margin,`
        : ''
    }
    c.accounts, c.positive_total, c.net_total, s.*
  FROM classified c CROSS JOIN summary s
  ORDER BY c.position
  ${limit === null ? '' : `LIMIT ${limit}`}`;
}

/**
 * One scan of revenue_lines, grouped by account and currency: over both periods, or (growth
 * left to the page's rows, see the benchmark) over the analysed period only.
 */
export function linesSource(withPrevious = true) {
  return `
    SELECT account_id, currency,
      count(*) FILTER (WHERE invoice_date BETWEEN $2 AND $3) AS lines,
      sum(net_revenue_cents) FILTER (WHERE invoice_date BETWEEN $2 AND $3) AS revenue,
      sum(net_revenue_cents) FILTER (WHERE invoice_date BETWEEN $2 AND $3 AND cost_of_goods_cents IS NOT NULL) AS costed,
      sum(cost_of_goods_cents) FILTER (WHERE invoice_date BETWEEN $2 AND $3) AS cost,
      ${withPrevious ? 'sum(net_revenue_cents) FILTER (WHERE invoice_date BETWEEN $4 AND $5)' : 'NULL::numeric'} AS previous
    FROM revenue_lines
    WHERE workspace_id = $1 AND (invoice_date BETWEEN $2 AND $3${withPrevious ? ' OR invoice_date BETWEEN $4 AND $5' : ''})
      AND $4::date IS NOT NULL AND $5::date IS NOT NULL
    GROUP BY account_id, currency`;
}

/** The earlier period's revenue of some accounts (the page's), through the primary key (workspace, account, date, …). */
export const previousOfAccounts = `
  SELECT account_id, sum(net_revenue_cents) AS previous FROM revenue_lines
  WHERE workspace_id = $1 AND currency = $2 AND account_id = ANY($3::uuid[]) AND invoice_date BETWEEN $4 AND $5
  GROUP BY account_id`;

/** The months wholly inside [from, to] (first days of the first and last), and the days outside them. */
export function splitPeriod({ from, to }: Period) {
  const firstFull = from.endsWith('-01') ? from : `${addDays(`${from.slice(0, 7)}-01`, 32).slice(0, 7)}-01`;
  const lastMonthStart = `${to.slice(0, 7)}-01`;
  const monthEnd = addDays(`${addDays(lastMonthStart, 32).slice(0, 7)}-01`, -1);
  const lastFull = to === monthEnd ? lastMonthStart : `${addDays(lastMonthStart, -1).slice(0, 7)}-01`;
  if (firstFull > lastFull) return { months: null, edges: [{ from, to }] };
  const edges: Period[] = [];
  if (from < firstFull) edges.push({ from, to: addDays(firstFull, -1) });
  const afterLast = `${addDays(lastFull, 32).slice(0, 7)}-01`;
  if (afterLast <= to) edges.push({ from: afterLast, to });
  return { months: { from: firstFull, to: lastFull }, edges };
}

/**
 * The monthly aggregate the alternative reads: what an import commit would maintain. bigint, not
 * the numeric that sum(bigint) returns: summing numerics again costs several times more.
 */
export const monthlyTable = `CREATE TABLE bench_revenue_monthly AS
  SELECT workspace_id, account_id, currency, date_trunc('month', invoice_date)::date AS month,
    count(*)::integer AS lines, sum(net_revenue_cents)::bigint AS revenue,
    (sum(net_revenue_cents) FILTER (WHERE cost_of_goods_cents IS NOT NULL))::bigint AS costed,
    sum(cost_of_goods_cents)::bigint AS cost
  FROM revenue_lines GROUP BY 1, 2, 3, 4`;

/** The same per-account rows from the monthly aggregate plus the lines of partial months. */
export function fromMonthly(period: Period, previous: Period, withPrevious = true) {
  const current = splitPeriod(period);
  const earlier = withPrevious ? splitPeriod(previous) : { months: null, edges: [] };
  const monthIn = (p: Period | null) => (p ? `month BETWEEN '${p.from}' AND '${p.to}'` : 'false');
  const dayIn = (edges: Period[]) =>
    edges.length === 0
      ? 'false'
      : `(${edges.map((e) => `invoice_date BETWEEN '${e.from}' AND '${e.to}'`).join(' OR ')})`;
  return `
    SELECT account_id, currency, sum(lines) AS lines, sum(revenue) AS revenue, sum(costed) AS costed,
      sum(cost) AS cost, sum(previous) AS previous
    FROM (
      SELECT account_id, currency,
        CASE WHEN ${monthIn(current.months)} THEN lines ELSE 0 END AS lines,
        CASE WHEN ${monthIn(current.months)} THEN revenue END AS revenue,
        CASE WHEN ${monthIn(current.months)} THEN costed END AS costed,
        CASE WHEN ${monthIn(current.months)} THEN cost END AS cost,
        CASE WHEN ${monthIn(earlier.months)} THEN revenue END AS previous
      FROM bench_revenue_monthly
      WHERE workspace_id = $1 AND (${monthIn(current.months)} OR ${monthIn(earlier.months)})
      UNION ALL
      SELECT account_id, currency,
        CASE WHEN ${dayIn(current.edges)} THEN 1 ELSE 0 END,
        CASE WHEN ${dayIn(current.edges)} THEN net_revenue_cents END,
        CASE WHEN ${dayIn(current.edges)} AND cost_of_goods_cents IS NOT NULL THEN net_revenue_cents END,
        CASE WHEN ${dayIn(current.edges)} THEN cost_of_goods_cents END,
        CASE WHEN ${dayIn(earlier.edges)} THEN net_revenue_cents END
      FROM revenue_lines
      WHERE workspace_id = $1 AND (${dayIn(current.edges)} OR ${dayIn(earlier.edges)})
    ) u
    -- The dates are in the text (they decide which months are whole); the parameters stay typed.
    WHERE $2::date IS NOT NULL AND $3::date IS NOT NULL AND $4::date IS NOT NULL AND $5::date IS NOT NULL
    GROUP BY account_id, currency`;
}
