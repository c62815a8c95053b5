import { sql } from 'drizzle-orm';
import iconv from 'iconv-lite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eventually } from '../setup/eventually.ts';
import { createTestApp, type TestApp } from '../setup/test-app.ts';
import { type WorkspaceFixture, workspaceWithAllRoles } from '../setup/workspace-fixture.ts';

let t: TestApp;
let ws: WorkspaceFixture;

beforeAll(async () => {
  t = await createTestApp();
  ws = await workspaceWithAllRoles(t.app, t.database);
  await ws.as.head_of_sales.post('/api/v1/accounts', {
    name: 'Müller Maschinenbau GmbH',
    customerNumber: '10001',
  });
});
afterAll(() => t.close());

/** A German ERP export: Windows-1252, semicolons, decimal commas, DD.MM.YYYY. */
const germanCsv = (rows: string[]) =>
  iconv.encode(
    ['Kundennummer;Kunde;Rechnungsdatum;Belegnummer;Artikel;Warengruppe;Menge;Nettoumsatz', ...rows].join(
      '\r\n',
    ),
    'win1252',
  );

async function upload(body: Buffer, fileName = 'umsatz.csv') {
  const response = await t.app.inject({
    method: 'POST',
    url: `/api/v1/imports/revenue?fileName=${encodeURIComponent(fileName)}`,
    headers: {
      cookie: ws.as.head_of_sales.cookie ?? '',
      'sec-fetch-site': 'same-origin',
      'content-type': 'text/csv',
    },
    payload: body,
  });
  expect(response.statusCode, response.body).toBe(201);
  return response.json();
}

async function settled(id: string) {
  let status: unknown;
  return eventually(
    async () => {
      const current = await ws.as.head_of_sales.get(`/api/v1/imports/${id}`);
      status = current.body.status;
      return ['validating', 'committing'].includes(current.body.status) ? undefined : current.body;
    },
    { timeoutMs: 20_000, message: () => `import ${id} to finish its step; it is still ${status}` },
  );
}

async function validate(id: string, mapping: Record<string, string>) {
  const started = await ws.as.head_of_sales.post(`/api/v1/imports/${id}/validate`, { mapping });
  expect(started.status, JSON.stringify(started.body)).toBe(202);
  return settled(id);
}

async function commit(id: string, createAccounts: boolean) {
  const started = await ws.as.head_of_sales.post(`/api/v1/imports/${id}/commit`, { createAccounts });
  return { started, result: started.status === 202 ? await settled(id) : undefined };
}

async function stagedLines(id: string) {
  const result = await t.database.db.execute<{ lines: string }>(
    sql`SELECT count(*) AS lines FROM import_lines WHERE import_id = ${id}`,
  );
  return Number(result.rows[0]?.lines);
}

const rows = [
  '10001;Müller Maschinenbau GmbH;15.03.2026;RE-1;Fräse;Maschinen;1;12.345,67',
  '10001;Müller Maschinenbau GmbH;16.03.2026;GS-1;Fräse;Maschinen;-1;-345,67',
  '20002;Größner Logistik AG;17.03.2026;RE-2;Wartung;Service;2;1.000,00',
  '20002;Größner Logistik AG;17.03.2026;RE-2;Wartung;Service;2;1.000,00',
];

describe('revenue import', () => {
  it('detects a German export, maps its columns, reports, and commits all accepted lines once', async () => {
    const created = await upload(germanCsv(rows));
    expect(created.status).toBe('uploaded');
    expect(created.format.settings).toMatchObject({ kind: 'csv', encoding: 'windows-1252', delimiter: ';' });
    expect(created.mapping).toMatchObject({ customerNumber: 'Kundennummer', netRevenue: 'Nettoumsatz' });
    expect(created.preview[0].cells).toContain('Müller Maschinenbau GmbH');

    const validated = await validate(created.id, created.mapping);
    expect(validated.status).toBe('validated');
    expect(validated.report).toMatchObject({ rows: 4, acceptedRows: 4, rejectedRows: 0, customers: 2 });
    expect(validated.report.unknownCustomers).toEqual({
      count: 1,
      sample: [{ customerNumber: '20002', customerName: 'Größner Logistik AG' }],
    });

    const refused = await commit(created.id, false);
    expect(refused.started.status).toBe(400);
    expect(refused.started.body.errors[0]).toMatchObject({
      path: 'createAccounts',
      code: 'unknown_customers',
    });

    const { result } = await commit(created.id, true);
    expect(result.status).toBe('committed');
    expect(result.report.commit).toEqual({
      stagedLines: 4,
      insertedLines: 4,
      duplicateLines: 0,
      accountsCreated: 1,
    });
    expect(await stagedLines(created.id)).toBe(0);

    const abc = await ws.as.head_of_sales.get('/api/v1/portfolio/abc?from=2026-01-01&to=2026-12-31');
    expect(
      abc.body.items.map((row: { name: string; revenueCents: number }) => [row.name, row.revenueCents]),
    ).toEqual([
      ['Müller Maschinenbau GmbH', 1_200_000],
      ['Größner Logistik AG', 200_000],
    ]);
  });

  it('adds nothing when the same export, or an overlapping one, comes again', async () => {
    const same = await upload(germanCsv([...rows].reverse()));
    await validate(same.id, same.mapping);
    expect((await commit(same.id, false)).result.report.commit).toMatchObject({ insertedLines: 0 });

    // The two identical lines are known; a third identical one is a new line, as is RE-9.
    const overlapping = await upload(
      germanCsv([
        ...rows,
        rows[3] as string,
        '10001;Müller Maschinenbau GmbH;01.04.2026;RE-9;Fräse;Maschinen;1;100,00',
      ]),
    );
    await validate(overlapping.id, overlapping.mapping);
    const { result } = await commit(overlapping.id, false);
    expect(result.report.commit).toMatchObject({ stagedLines: 6, insertedLines: 2, duplicateLines: 4 });
  });

  it('asks for a new check when the checked lines are gone, and commits after it', async () => {
    const uploaded = await upload(
      germanCsv(['10001;Müller Maschinenbau GmbH;02.04.2026;RE-10;Fräse;Maschinen;1;10,00']),
    );
    await validate(uploaded.id, uploaded.mapping);
    expect(await stagedLines(uploaded.id)).toBe(1);
    // What a PostgreSQL crash does to the UNLOGGED staging table.
    await t.database.db.execute(sql`DELETE FROM import_lines WHERE import_id = ${uploaded.id}`);

    const lost = await commit(uploaded.id, false);
    expect(lost.started.status).toBe(409);
    expect(lost.started.body.code).toBe('check_expired');
    expect((await ws.as.head_of_sales.get(`/api/v1/imports/${uploaded.id}`)).body.status).toBe('uploaded');

    await validate(uploaded.id, uploaded.mapping);
    expect((await commit(uploaded.id, false)).result.report.commit).toMatchObject({ insertedLines: 1 });
  });

  it('reports every bad row with row, column and reason before anything is written', async () => {
    const bad = await upload(
      germanCsv([
        '10001;Müller;31.02.2026;RE-3;Fräse;Maschinen;1;100,00',
        '10001;Müller;01.03.2026;RE-4;Fräse;Maschinen;1;hundert',
        '10001;Müller;01.03.2026;RE-5;=HYPERLINK("http://x");Maschinen;1;5,00',
      ]),
    );
    const validated = await validate(bad.id, bad.mapping);
    expect(validated.report).toMatchObject({ rows: 3, acceptedRows: 1, rejectedRows: 2 });
    const where = validated.report.problems.map((p: { rowNumber: number; column: string }) => [
      p.rowNumber,
      p.column,
    ]);
    expect(where).toEqual([
      [2, 'Rechnungsdatum'],
      [3, 'Nettoumsatz'],
    ]);
  });

  it.each([
    ['an empty file', Buffer.alloc(0), 'empty_file'],
    [
      'a binary file renamed .csv',
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 13, 0, 1, 2, 3, 0, 0]),
      'binary_file',
    ],
    ['a file of only headers', germanCsv([]), 'header_only'],
  ])('refuses %s with a clear reason', async (_, body, code) => {
    const refused = await upload(body);
    expect(refused.status).toBe('rejected');
    expect(refused.report.fileError.code).toBe(code);
  });

  it('keeps checked lines for a week: a later check clears older ones, and their import asks for a new check', async () => {
    const line = (n: number) => `10001;Müller Maschinenbau GmbH;03.04.2026;RE-${n};Fräse;Maschinen;1;10,00`;
    const old = await upload(germanCsv([line(20)]));
    await validate(old.id, old.mapping);
    const recent = await upload(germanCsv([line(21)]));
    await validate(recent.id, recent.mapping);
    await t.database.db.execute(
      sql`UPDATE imports SET updated_at = now() - interval '8 days' WHERE id = ${old.id}`,
    );

    const next = await upload(germanCsv([line(22)]));
    await validate(next.id, next.mapping);
    expect(await stagedLines(old.id)).toBe(0);
    expect(await stagedLines(recent.id)).toBe(1);
    expect((await commit(old.id, false)).started.status).toBe(409);
    expect((await commit(recent.id, false)).result.report.commit).toMatchObject({ insertedLines: 1 });
  });

  it('reads the file again with the settings the user chose, and forgets an earlier check', async () => {
    const uploaded = await upload(germanCsv(rows));
    const checked = await validate(uploaded.id, uploaded.mapping);
    expect(checked.status).toBe('validated');

    const asUtf8 = await ws.as.head_of_sales.post(`/api/v1/imports/${uploaded.id}/inspect`, {
      overrides: { encoding: 'utf-8', headerRowNumber: 2 },
    });
    expect(asUtf8.status, JSON.stringify(asUtf8.body)).toBe(200);
    expect(asUtf8.body).toMatchObject({ status: 'uploaded', report: null });
    expect(await stagedLines(uploaded.id)).toBe(0);
    expect(asUtf8.body.format.settings).toMatchObject({ encoding: 'utf-8', headerRowNumber: 2 });
    // Row 2 is now the header, read as UTF-8: the Windows-1252 "ü" is not a valid character there.
    expect(asUtf8.body.format.headers[1]).toBe('M\uFFFDller Maschinenbau GmbH');
    expect(asUtf8.body.preview[0].rowNumber).toBe(3);

    const detected = await ws.as.head_of_sales.post(`/api/v1/imports/${uploaded.id}/inspect`, {});
    expect(detected.body.format.settings).toMatchObject({ encoding: 'windows-1252', headerRowNumber: 1 });
    expect(detected.body.format.headers).toContain('Kundennummer');
    expect(detected.body.mapping).toEqual(uploaded.mapping);

    const bad = await ws.as.head_of_sales.post(`/api/v1/imports/${uploaded.id}/inspect`, {
      overrides: { delimiter: '|' },
    });
    expect(bad.status).toBe(400);
    expect(bad.body.errors[0].path).toBe('overrides.delimiter');

    await validate(uploaded.id, uploaded.mapping);
    expect((await commit(uploaded.id, true)).result?.status).toBe('committed');
    const late = await ws.as.head_of_sales.post(`/api/v1/imports/${uploaded.id}/inspect`, {});
    expect(late.status).toBe(409);
  });

  it('is for heads of sales and admins only', async () => {
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/v1/imports/revenue?fileName=x.csv',
      headers: {
        cookie: ws.as.key_account_manager.cookie ?? '',
        'sec-fetch-site': 'same-origin',
        'content-type': 'text/csv',
      },
      payload: germanCsv(rows),
    });
    expect(response.statusCode).toBe(403);
  });
});
