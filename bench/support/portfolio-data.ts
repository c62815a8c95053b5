/**
 * A large portfolio for the ABC benchmark, written with SQL: `accounts` accounts (names, industries
 * and regions from the demo data, folded as the app folds them) and `lines` revenue lines over
 * the analysed period and the year before it (so that year-over-year growth has data).
 *
 * Revenue is concentrated as in real portfolios: each account gets a lognormal weight (σ = 1.5)
 * that sets its number of lines and, more weakly, its invoice size; every account has a line in
 * each period. Some accounts are credited more than they bought (negative revenue), 200 have
 * exactly equal revenue (a tie group), some Swiss accounts bill in CHF and 0.5 % of other lines
 * are in USD (other currencies, reported, not summed), 80 % of lines carry a cost of goods.
 *
 * Lines are stored in date order, as imported exports arrive. revenue_lines' indexes and
 * constraints are dropped for the load and re-created exactly as they were (from pg_indexes /
 * pg_get_constraintdef), then VACUUM ANALYZE, as autovacuum does after an import.
 */
import type pg from 'pg';
import { newId } from '../../src/core/ids.ts';
import { foldForSearch, searchTextOf } from '../../src/core/search-fold.ts';
import { demoAccounts } from '../../src/demo/demo-data.ts';

export interface Period {
  from: string;
  to: string;
}

export async function fillPortfolio(
  pool: pg.Pool,
  workspaceId: string,
  count: { accounts: number; lines: number },
  period: Period,
  previous: Period,
) {
  const templates = demoAccounts(Math.min(count.accounts, 5_000));
  for (let offset = 0; offset < count.accounts; offset += 20_000) {
    const columns: string[][] = [[], [], [], [], [], [], [], [], [], []];
    for (let i = offset; i < Math.min(count.accounts, offset + 20_000); i++) {
      const t = (templates[i % templates.length] as (typeof templates)[number]).input;
      const name = i < templates.length ? t.name : `${t.name} ${i}`;
      const customerNumber = String(100_000 + i);
      const values = [
        newId(),
        name,
        customerNumber,
        t.industryKey ?? '',
        t.customerType ?? '',
        t.countryCode ?? '',
        t.region ?? '',
        t.city ?? '',
        searchTextOf([name, t.legalName, customerNumber, t.city]),
        foldForSearch(name),
      ];
      values.forEach((value, column) => {
        columns[column]?.push(value);
      });
    }
    await pool.query(
      `INSERT INTO accounts (id, workspace_id, name, customer_number, industry_key, customer_type, country_code,
         region, city, lifecycle_status, search_text, name_sort)
       SELECT id, $1, name, number, nullif(industry, ''), nullif(type, '')::customer_type, nullif(country, ''),
         nullif(region, ''), nullif(city, ''), 'customer', search, sort
       FROM unnest($2::uuid[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::text[], $9::text[],
         $10::text[], $11::text[]) AS t(id, name, number, industry, type, country, region, city, search, sort)`,
      [workspaceId, ...columns],
    );
  }

  const indexes = await pool.query<{ indexname: string; indexdef: string }>(
    `SELECT indexname, indexdef FROM pg_indexes WHERE tablename = 'revenue_lines'
       AND indexname NOT IN (SELECT conname FROM pg_constraint WHERE conrelid = 'revenue_lines'::regclass)`,
  );
  const constraints = await pool.query<{ conname: string; def: string }>(
    `SELECT conname, pg_get_constraintdef(oid) AS def FROM pg_constraint
     WHERE conrelid = 'revenue_lines'::regclass ORDER BY contype = 'p' DESC`,
  );
  for (const constraint of constraints.rows)
    await pool.query(`ALTER TABLE revenue_lines DROP CONSTRAINT ${constraint.conname}`);
  for (const index of indexes.rows) await pool.query(`DROP INDEX ${index.indexname}`);

  const client = await pool.connect();
  try {
    await client.query(`SET work_mem = '256MB'`);
    await client.query('SELECT setseed(0.42)');
    await client.query(`CREATE TEMP TABLE bench_weights AS
      SELECT id, k, w, k > count(*) OVER () - 200 AS tie, 0::bigint AS share FROM (
        SELECT id, row_number() OVER (ORDER BY customer_number) AS k,
          exp(1.5 * sqrt(-2 * ln(1 - random())) * cos(2 * pi() * random())) AS w
        FROM accounts WHERE workspace_id = '${workspaceId}'
      ) a`);
    // Two lines per account for sure (one in each period), the rest by weight; the tie group
    // gets exactly its two lines.
    await client.query(
      `UPDATE bench_weights b SET share = floor(b.w / t.total * ($1::bigint - 2 * t.n))
       FROM (SELECT sum(w) FILTER (WHERE NOT tie) AS total, count(*) AS n FROM bench_weights) t
       WHERE NOT b.tie`,
      [count.lines],
    );
    await client.query(
      `UPDATE bench_weights SET share = share + ($1::bigint - (SELECT sum(share + 2) FROM bench_weights))
       WHERE k = 1`,
      [count.lines],
    );
    const ties = 'b.tie';
    await client.query(
      `INSERT INTO revenue_lines (workspace_id, account_id, invoice_date, document_number, product, product_line,
         quantity, net_revenue_cents, cost_of_goods_cents, currency, fingerprint)
       SELECT $1, l.id, l.day, 'RE-' || l.g, 'Artikel ' || (l.g % 2400),
         (ARRAY['Maschinen', 'Werkzeuge', 'Ersatzteile', 'Service', 'Verbrauchsmaterial', 'Messtechnik',
           'Zubehör', 'Schulungen', 'Software', 'Kältetechnik', 'Sägen', 'Schleifmittel'])[1 + l.g % 12],
         1 + l.g % 20, l.net, CASE WHEN random() < 0.8 THEN (l.net * (0.55 + random() * 0.25))::bigint END,
         l.currency, md5(l.g::text)::uuid
       FROM (
         SELECT row_number() OVER () AS g, b.id,
           CASE WHEN i = 1 THEN $2::date + floor(random() * ($3::date - $2::date + 1))::int
                WHEN i = 2 THEN $4::date + floor(random() * ($5::date - $4::date + 1))::int
                ELSE $4::date + floor(random() * ($3::date - $4::date + 1))::int END AS day,
           CASE WHEN ${ties} THEN 50000
             ELSE (CASE WHEN b.k % 997 = 0 OR random() < 0.03 THEN -1 ELSE 1 END
               * round(20000 * power(b.w, 0.3) * exp(0.8 * sqrt(-2 * ln(1 - random())) * cos(2 * pi() * random()))))::bigint
           END AS net,
           CASE WHEN b.k % 97 = 5 THEN 'CHF' WHEN NOT ${ties} AND random() < 0.005 THEN 'USD' ELSE 'EUR' END AS currency
         FROM bench_weights b, generate_series(1, 2 + b.share) i
       ) l
       -- In date order, as exports arrive: the heap is laid out by date like a real one.
       ORDER BY l.day`,
      [workspaceId, period.from, period.to, previous.from, previous.to],
    );
    await client.query('DROP TABLE bench_weights');
    await client.query(`SET maintenance_work_mem = '512MB'`);
    for (const constraint of constraints.rows) {
      await client.query(`ALTER TABLE revenue_lines ADD CONSTRAINT ${constraint.conname} ${constraint.def}`);
    }
    for (const index of indexes.rows) await client.query(index.indexdef);
    await client.query('VACUUM ANALYZE revenue_lines');
    await client.query('VACUUM ANALYZE accounts');
  } finally {
    client.release();
  }
}
