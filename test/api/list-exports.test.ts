import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../setup/test-app.ts';
import { type WorkspaceFixture, workspaceWithAllRoles } from '../setup/workspace-fixture.ts';

let t: TestApp;
let ws: WorkspaceFixture;
let other: WorkspaceFixture;

beforeAll(async () => {
  t = await createTestApp();
  ws = await workspaceWithAllRoles(t.app, t.database);
  other = await workspaceWithAllRoles(t.app, t.database, 'other');
  const kam = ws.as.key_account_manager;
  const muller = await kam.post('/api/v1/accounts', {
    name: 'Müller Maschinenbau GmbH',
    legalName: 'Müller Maschinenbau GmbH & Co. KG',
    customerNumber: '10001',
    industryKey: 'automotive',
    customerType: 'sme',
    lifecycleStatus: 'customer',
    isKeyAccount: true,
    keyAccountTier: 1,
    ownerId: ws.users.key_account_manager.id,
    street: 'Industriestraße 5',
    postalCode: '70565',
    city: 'Stuttgart',
    countryCode: 'DE',
    region: 'Deutschland Süd',
  });
  await kam.post('/api/v1/accounts', { name: '=HYPERLINK("x") AG', city: 'Köln' });
  const archived = (await kam.post('/api/v1/accounts', { name: 'Alt GmbH' })).body;
  await ws.as.admin.post(`/api/v1/accounts/${archived.id}/archive`, { version: archived.version });
  const foreign = await other.as.key_account_manager.post('/api/v1/accounts', { name: 'Fremdfirma GmbH' });
  await kam.post('/api/v1/contacts', {
    firstName: 'Jürgen',
    lastName: 'Weiß',
    jobTitle: 'Leiter Einkauf',
    email: 'juergen.weiss@mueller.example',
    phones: [
      { label: 'Büro', number: '+49 711 123456' },
      { label: 'Mobil', number: '+49 170 1234567' },
    ],
    accountIds: [muller.body.id],
  });
  await kam.post('/api/v1/contacts', { lastName: 'Adler', accountIds: [muller.body.id] });
  const stranger = await other.as.key_account_manager.post('/api/v1/contacts', {
    lastName: 'Fremd',
    accountIds: [foreign.body.id],
  });
  expect(stranger.status).toBe(201);
});
afterAll(() => t.close());

function download(query: string, list = 'accounts') {
  return t.app.inject({
    method: 'GET',
    url: `/api/v1/${list}/export?${query}`,
    headers: { cookie: ws.as.viewer.cookie ?? '' },
  });
}

function csvLines(body: string): string[] {
  return body
    .replace(/^\uFEFF/, '')
    .trim()
    .split('\r\n');
}

describe('the accounts export', () => {
  it('downloads the active accounts as German CSV, in words a reader understands, formulas defused', async () => {
    const response = await download('format=csv&locale=de');
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-disposition']).toBe('attachment; filename="kunden.csv"');
    expect(csvLines(response.body)).toEqual([
      'Kundennummer;Name;Firmierung;Status;Key Account;Betreuer;Branche;Kundentyp;Konzern;Straße;PLZ;Ort;Land;Region;Website',
      `;"'=HYPERLINK(""x"") AG";;Interessent;;;;;;;;Köln;;;`,
      `10001;Müller Maschinenbau GmbH;Müller Maschinenbau GmbH & Co. KG;Kunde;Stufe 1;key_account_manager user;Automobil;KMU / Mittelstand;;Industriestraße 5;70565;Stuttgart;DE;Deutschland Süd;`,
    ]);
  });

  it("takes the list's filters and sort, and English words", async () => {
    const response = await download('format=csv&locale=en&keyAccount=true');
    const lines = csvLines(response.body);
    expect(lines[0]).toMatch(/^Customer number,Name,Legal name,Status,Key account,Owner,Industry,/);
    expect(lines.slice(1).map((line) => line.split(',').slice(0, 7))).toEqual([
      [
        '10001',
        'Müller Maschinenbau GmbH',
        'Müller Maschinenbau GmbH & Co. KG',
        'Customer',
        'Tier 1',
        'key_account_manager user',
        'Automotive',
      ],
    ]);
    const archived = csvLines((await download('format=csv&archived=true')).body);
    expect(archived.slice(1).map((line) => line.split(';')[1])).toEqual(['Alt GmbH']);
    const byCity = csvLines((await download('format=csv&sort=city&order=desc')).body);
    expect(byCity.slice(1).map((line) => line.split(';')[11])).toEqual(['Stuttgart', 'Köln']);
  });

  it('downloads XLSX that Excel opens with text cells', async () => {
    const response = await download('format=xlsx&q=muller');
    expect(response.headers['content-type']).toContain('spreadsheetml');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(response.rawPayload as unknown as ArrayBuffer);
    const sheet = workbook.getWorksheet('Kunden');
    expect(sheet?.rowCount).toBe(2);
    expect(sheet?.getRow(2).getCell(1).value).toBe('10001');
    expect(sheet?.getRow(2).getCell(2).value).toBe('Müller Maschinenbau GmbH');
  });

  it('refuses a format it does not write, and anyone not signed in', async () => {
    const bad = await download('format=pdf');
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors[0]).toMatchObject({ path: 'format' });
    const anonymous = await t.app.inject({ method: 'GET', url: '/api/v1/accounts/export' });
    expect(anonymous.statusCode).toBe(401);
  });
});

describe('the contacts export', () => {
  it('downloads the contacts of the workspace with how to reach them and their accounts, searched as the list is', async () => {
    const all = await download('format=csv&locale=de', 'contacts');
    expect(all.headers['content-disposition']).toBe('attachment; filename="kontakte.csv"');
    expect(csvLines(all.body)).toEqual([
      'Vorname;Nachname;Position;Abteilung;E-Mail;Telefon;Sprache;Kunden',
      ';Adler;;;;;;Müller Maschinenbau GmbH',
      'Jürgen;Weiß;Leiter Einkauf;;juergen.weiss@mueller.example;"Büro: +49 711 123456; Mobil: +49 170 1234567";;Müller Maschinenbau GmbH',
    ]);
    const searched = csvLines((await download('format=csv&locale=en&q=weiss', 'contacts')).body);
    expect(searched).toHaveLength(2);
    expect(searched[0]).toBe('First name,Last name,Job title,Department,E-mail,Phone,Language,Accounts');
    expect(searched[1]).toMatch(/^Jürgen,Weiß,/);
  });
});
