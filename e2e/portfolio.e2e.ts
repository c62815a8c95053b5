import iconv from 'iconv-lite';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, newContext, screenshot, watchErrors } from './support/browser.ts';
import { sameOrigin, signInAs, signInByApi } from './support/fixtures.ts';
import { choose, field } from './support/forms.ts';
import { type RunningServer, startServer } from './support/server.ts';

const headOfSales = {
  name: 'Sabine Krüger',
  email: 'sabine.krueger@example.com',
  password: 'Vertrieb-Leitung-2026',
};
const kam = { name: 'Jonas Weber', email: 'jonas.weber@example.com', password: 'Startpasswort-2026' };

/**
 * Ten customers whose revenue makes the classes obvious: shares 50, 20, 12 % are A (the accounts
 * above them hold less than 80 %), 8 and 5 % are B, the rest C. The first six exist in Kontor;
 * the last four are only in the file and get accounts from the import.
 */
const customers = [
  { number: '10001', name: 'Müller Maschinenbau GmbH', euros: 50_000, known: true },
  { number: '10002', name: 'Schäfer Präzisionsteile AG', euros: 20_000, known: true },
  { number: '10003', name: 'Hansen Logistik GmbH', euros: 12_000, known: true },
  { number: '10004', name: 'Öztürk Anlagenbau KG', euros: 8_000, known: true },
  { number: '10005', name: 'Weiß Elektrotechnik GmbH', euros: 5_000, known: true },
  { number: '10006', name: 'Bäckerei Groß', euros: 3_000, known: true },
  { number: '20001', name: 'Nordlicht Handel GmbH', euros: 1_000, known: false },
  { number: '20002', name: 'Südwind Service GmbH', euros: 500, known: false },
  { number: '20003', name: 'Ostsee Werkzeuge e.K.', euros: 300, known: false },
  { number: '20004', name: 'Westfalen Bau GmbH', euros: 200, known: false },
];

const german = (euros: number) =>
  euros.toLocaleString('de-DE', { minimumFractionDigits: 2, maximumFractionDigits: 2 });

function daysAgo(days: number): string {
  const date = new Date(Date.now() - days * 86_400_000);
  return [date.getDate(), date.getMonth() + 1]
    .map((part) => String(part).padStart(2, '0'))
    .concat(String(date.getFullYear()))
    .join('.');
}

/**
 * The export as German Excel saves it: Windows-1252 bytes, semicolons, decimal commas, dates
 * DD.MM.YYYY. Each customer's revenue comes in four invoice lines within the last year; the
 * largest customer also bought a year earlier (growth), and one line has a date that does not exist.
 */
function germanExport(): { bytes: Buffer; goodLines: number } {
  const rows = [
    'Kundennummer;Kunde;Rechnungsdatum;Belegnummer;Artikel;Warengruppe;Menge;Nettoumsatz;Wareneinsatz',
  ];
  let document = 1;
  for (const [index, customer] of customers.entries()) {
    for (let part = 0; part < 4; part++) {
      const euros = customer.euros / 4;
      rows.push(
        [
          customer.number,
          customer.name,
          daysAgo(20 + index * 7 + part * 60),
          `RE-2026-${String(document++).padStart(4, '0')}`,
          part % 2 === 0 ? 'Fräse FX-200' : 'Ersatzteil-Set',
          part % 2 === 0 ? 'Maschinen' : 'Ersatzteile',
          String(part + 1),
          german(euros),
          german(euros * 0.6),
        ].join(';'),
      );
    }
  }
  rows.push(
    [
      '10001',
      'Müller Maschinenbau GmbH',
      daysAgo(400),
      'RE-2025-0001',
      'Fräse FX-200',
      'Maschinen',
      '1',
      german(40_000),
      '',
    ].join(';'),
  );
  rows.push(
    [
      '10002',
      'Schäfer Präzisionsteile AG',
      '31.02.2026',
      'RE-2026-9999',
      'Fräse',
      'Maschinen',
      '1',
      '100,00',
      '',
    ].join(';'),
  );
  return { bytes: iconv.encode(`${rows.join('\r\n')}\r\n`, 'win1252'), goodLines: customers.length * 4 + 1 };
}

/**
 * The head of sales finds the key accounts: uploads a German ERP export, confirms the mapping,
 * checks and imports it (creating the unknown customers), reads the Pareto chart and the ABC
 * table, designates the largest customer a key account and finds the decision again on the Key
 * Accounts page and in the account's history.
 */
describe('finding the key accounts in the browser', () => {
  let server: RunningServer;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let errors: string[];
  const file = germanExport();

  beforeAll(async () => {
    server = await startServer();
    browser = await launchBrowser();
    const admin = await newContext(browser);
    await signInByApi(admin.request, server.baseUrl);
    for (const user of [
      { ...headOfSales, role: 'head_of_sales' },
      { ...kam, role: 'key_account_manager' },
    ]) {
      const response = await admin.request.post(url('/api/v1/users'), {
        headers: sameOrigin,
        data: { ...user, locale: 'de' },
      });
      expect(response.status()).toBe(201);
    }
    for (const customer of customers.filter((entry) => entry.known)) {
      const response = await admin.request.post(url('/api/v1/accounts'), {
        headers: sameOrigin,
        data: { name: customer.name, customerNumber: customer.number, lifecycleStatus: 'customer' },
      });
      expect(response.status()).toBe(201);
    }
    await admin.close();

    context = await newContext(browser, { viewport: { width: 1400, height: 900 }, locale: 'de-DE' });
    context.setDefaultTimeout(15_000);
    await signInAs(context.request, server.baseUrl, headOfSales.email, headOfSales.password);
    page = await context.newPage();
    errors = watchErrors(page);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  function url(path: string) {
    return `${server.baseUrl}${path}`;
  }

  it('uploads a Windows-1252 CSV and shows what it detected, with the suggested mapping', async () => {
    await page.goto(url('/accounts'));
    await page.getByRole('link', { name: 'Import', exact: true }).click();
    await page.getByRole('heading', { name: 'Umsatzimport', level: 1 }).waitFor();
    await page.getByRole('region', { name: 'Letzte Importe' }).getByText('Noch keine Importe.').waitFor();
    await screenshot(page, '50-import-upload');

    await page
      .getByTestId('import-dropzone')
      .locator('input[type=file]')
      .setInputFiles({ name: 'umsatz-2026.csv', mimeType: 'text/csv', buffer: file.bytes });
    await page.waitForURL(/\/import\/[0-9a-f-]{36}$/);
    await page.getByRole('heading', { name: 'umsatz-2026.csv', level: 1 }).waitFor();

    // The detected settings, each with its reason in plain German.
    await expect(field(page, 'Zeichenkodierung').inputValue()).resolves.toBe(
      'Windows-1252 (ANSI, Westeuropa)',
    );
    await page.getByText(/Kein gültiges UTF-8 – daher als Windows-1252 gelesen/).waitFor();
    await expect(field(page, 'Trennzeichen').inputValue()).resolves.toBe('Semikolon ( ; )');
    await page.getByText('Damit zerfällt die Kopfzeile in 9 bekannte Spaltennamen.').waitFor();
    await expect(field(page, 'Zahlenformat').inputValue()).resolves.toBe('Dezimalkomma: 1.234,56');
    await expect(field(page, 'Datumsformat').inputValue()).resolves.toBe('TT.MM.JJJJ (26.11.2026)');
    await expect(page.getByTestId('date-ambiguous').count()).resolves.toBe(0);

    // The suggested mapping; umlauts survived the encoding.
    await expect(field(page, 'Kundennummer').inputValue()).resolves.toBe('Kundennummer');
    await expect(field(page, 'Rechnungsdatum').inputValue()).resolves.toBe('Rechnungsdatum');
    await expect(field(page, 'Nettoumsatz').inputValue()).resolves.toBe('Nettoumsatz');
    await expect(field(page, 'Wareneinsatz').inputValue()).resolves.toBe('Wareneinsatz');
    await page
      .getByRole('table', { name: 'Vorschau' })
      .getByText('Müller Maschinenbau GmbH')
      .first()
      .waitFor();
    await screenshot(page, '51-import-mapping');
  });

  it('checks every row, lists the bad one and the unknown customers, and imports with new accounts', async () => {
    // A mapping can be kept as a preset for the next export from the same ERP.
    await page.getByRole('button', { name: 'Als Vorlage speichern' }).click();
    const presetDialog = page.getByRole('dialog', { name: 'Zuordnung als Vorlage speichern' });
    await field(page, 'Name der Vorlage').fill('Warenwirtschaft');
    await presetDialog.getByRole('button', { name: 'Vorlage speichern' }).click();
    await presetDialog.waitFor({ state: 'detached' });

    await page.getByRole('button', { name: 'Prüfen', exact: true }).click();
    await page.getByTestId('report-accepted').getByText(String(file.goodLines), { exact: true }).waitFor();
    await page.getByTestId('report-rejected').getByText('1', { exact: true }).waitFor();
    const badRow = page.getByTestId('bad-row');
    await badRow.getByText('Rechnungsdatum').waitFor();
    await badRow.getByText('Den „31.02.2026“ gibt es im Kalender nicht.').waitFor();
    const unknown = page.getByRole('region', { name: '4 unbekannte Kundennummern' });
    await unknown.getByText('Nordlicht Handel GmbH').waitFor();

    // Without new accounts there is nothing to import.
    const importButton = page.getByRole('button', { name: `${file.goodLines} Zeilen importieren` });
    await expect(importButton.isDisabled()).resolves.toBe(true);
    await unknown.getByRole('checkbox', { name: /Kunden anlegen/ }).check();
    await screenshot(page, '52-import-report');

    await importButton.click();
    await page.getByText('Import abgeschlossen').waitFor();
    await page.getByTestId('summary-inserted').getByText(String(file.goodLines), { exact: true }).waitFor();
    await page.getByTestId('summary-duplicates').getByText('0', { exact: true }).waitFor();
    await page.getByTestId('summary-accountsCreated').getByText('4', { exact: true }).waitFor();
    await screenshot(page, '53-import-done');

    // The job can be found again from the list of recent imports.
    await page.goto(url('/import'));
    const recent = page.getByTestId('recent-import').filter({ hasText: 'umsatz-2026.csv' });
    await recent.getByText('Importiert', { exact: true }).waitFor();
    await recent.getByText(`${file.goodLines} importiert`).waitFor();
    await recent.getByRole('link', { name: 'umsatz-2026.csv' }).click();
    await page.getByText('Import abgeschlossen').waitFor();
  });

  it('shows the Pareto chart, the concentration and the ABC table with the expected classes', async () => {
    await page.getByRole('link', { name: 'Zur ABC-Analyse' }).click();
    await page.waitForURL(/\/portfolio\/abc$/);
    await page.getByRole('heading', { name: 'ABC-Analyse', level: 1 }).waitFor();

    const chart = page.getByRole('figure', { name: 'Pareto-Kurve' });
    await chart.locator('.recharts-area-curve').first().waitFor();
    await chart.getByText('Die umsatzstärksten 20 % der Kunden bringen 70 % des Umsatzes.').waitFor();
    await page.getByTestId('class-count-A').getByText('3', { exact: true }).waitFor();
    await page.getByTestId('class-count-B').getByText('2', { exact: true }).waitFor();
    await page.getByTestId('class-count-C').getByText('5', { exact: true }).waitFor();
    // HHI 50² + 20² + 12² + … ≈ 3,143: highly concentrated.
    await page.getByTestId('summary-hhi').getByText('3.143').waitFor();
    await page.getByTestId('hhi-level').getByText('hoch konzentriert').waitFor();

    // The table is virtualised: scrolled into view, all ten rows are there.
    await page.getByTestId('abc-loaded').getByText('10 Kunden').scrollIntoViewIfNeeded();
    const rows = page.getByTestId('abc-row');
    await expect.poll(() => rows.count()).toBe(10);
    const classes = await rows.evaluateAll((elements) =>
      elements.map((row) => [row.querySelector('a')?.textContent, row.children[5]?.textContent]),
    );
    expect(classes).toEqual(
      customers.map((customer, index) => [customer.name, index < 3 ? 'A' : index < 5 ? 'B' : 'C']),
    );
    const first = rows.filter({ hasText: 'Müller Maschinenbau GmbH' });
    await first.getByText('50.000,00 €').waitFor();
    await first.getByText('50,0 %').first().waitFor();
    await first.getByText('+25,0 %').waitFor();
    await first.getByText('40,0 %').waitFor();
    // Tall enough for the whole virtualised table in one picture.
    await page.setViewportSize({ width: 1400, height: 2000 });
    await screenshot(page, '54-abc-analysis');
    await page.setViewportSize({ width: 1400, height: 900 });
  });

  it('designates the largest customer a key account from the ABC table', async () => {
    await page.getByRole('button', { name: 'Müller Maschinenbau GmbH als Key Account festlegen' }).click();
    const dialog = page.getByRole('dialog', { name: 'Müller Maschinenbau GmbH als Key Account festlegen' });
    await field(page, 'Begründung').waitFor();

    // Tier, KAM and reason are needed.
    await dialog.getByRole('button', { name: 'Festlegen' }).click();
    await dialog.getByText('Bitte die Key-Account-Stufe wählen.').waitFor();
    await dialog.getByText('Bitte einen Key Account Manager wählen.').waitFor();

    await choose(page, 'Key-Account-Stufe', 'Stufe 1', dialog);
    await dialog.getByRole('textbox', { name: 'Key Account Manager', exact: true }).fill('Jonas');
    await page.getByRole('option', { name: kam.name }).click();
    await dialog
      .getByTestId('workload-hint')
      .getByText('Betreut derzeit 0 Key Accounts (Grenze 8).')
      .waitFor();
    await field(page, 'Begründung').fill('Größter Kunde: die Hälfte des Umsatzes, wächst um ein Viertel.');
    await screenshot(page, '55-designate-key-account', false);
    await dialog.getByRole('button', { name: 'Festlegen' }).click();
    await dialog.waitFor({ state: 'detached' });

    await page
      .getByTestId('abc-row')
      .filter({ hasText: 'Müller Maschinenbau GmbH' })
      .getByText('KA · Stufe 1')
      .waitFor();
  });

  it('lists the key account with its KAM and the workload, and keeps the decision in the history', async () => {
    await page.getByRole('link', { name: 'Key Accounts', exact: true }).click();
    await page.waitForURL(/\/portfolio\/key-accounts$/);
    const row = page.getByTestId('key-account-row');
    await expect.poll(() => row.count()).toBe(1);
    await row.getByText('KA · Stufe 1').waitFor();
    await row.getByText(kam.name).waitFor();
    await row.getByText('50.000,00 €').waitFor();
    await row.getByText('A', { exact: true }).waitFor();
    await page.getByTestId('kam-workload').filter({ hasText: kam.name }).getByText('1 / 8').waitFor();
    await screenshot(page, '56-key-accounts');

    const settings = page.getByRole('region', { name: 'Einstellungen', exact: true });
    await settings.getByLabel('Key Accounts je KAM').fill('10');
    await settings.getByRole('button', { name: 'Speichern' }).click();
    await settings.getByText('Die Einstellungen wurden gespeichert.').waitFor();
    await page.getByTestId('kam-workload').filter({ hasText: kam.name }).getByText('1 / 10').waitFor();

    await row.getByRole('link', { name: 'Müller Maschinenbau GmbH' }).click();
    await page.getByRole('heading', { name: 'Müller Maschinenbau GmbH', level: 1 }).waitFor();
    const card = page.getByRole('region', { name: 'Key Account', exact: true });
    await card.getByText('Stufe 1').first().waitFor();
    const decision = card.getByTestId('decision');
    await decision.getByText('Als Key Account festgelegt').waitFor();
    await decision.getByText(`KAM ${kam.name}`).waitFor();
    await decision.getByText('„Größter Kunde: die Hälfte des Umsatzes, wächst um ein Viertel.“').waitFor();
    await decision.getByText(new RegExp(`^${headOfSales.name} am `)).waitFor();
    await card.getByRole('button', { name: 'Stufe/KAM ändern' }).waitFor();
    await card.getByRole('button', { name: 'An Account Manager übergeben' }).waitFor();
    await screenshot(page, '57-account-key-account');
  });

  it('scores an account in the selection matrix and designates it as key account from there', async () => {
    // The portfolio's sections unfold in the navigation once inside it.
    await page.goto(url('/portfolio/abc'));
    await page.getByRole('link', { name: 'Auswahlmatrix', exact: true }).click();
    await page.waitForURL(/\/portfolio\/matrix$/);
    await page.getByRole('heading', { name: 'Auswahlmatrix', level: 1 }).waitFor();
    await page.getByText('Noch keine Bewertungsrunde').waitFor();

    // A review of the last twelve months (the default period).
    await page.getByRole('button', { name: 'Neue Bewertungsrunde' }).first().click();
    const reviewDialog = page.getByRole('dialog', { name: 'Neue Bewertungsrunde' });
    await field(page, 'Name').fill('Jahresgespräch 2026');
    // The period reads and types the German way: the same start, typed anew, is kept.
    const from = reviewDialog.getByRole('textbox', { name: 'Von' });
    const start = await from.inputValue();
    expect(start).toMatch(/^\d{2}\.\d{2}\.\d{4}$/);
    await from.fill('');
    await from.pressSequentially(start);
    await field(page, 'Name').click();
    await expect(from.inputValue()).resolves.toBe(start);
    await reviewDialog.getByRole('button', { name: 'Runde starten' }).click();
    await reviewDialog.waitFor({ state: 'detached' });
    await page.waitForURL(/\/portfolio\/matrix\?review=[0-9a-f-]{36}$/);
    await expect(field(page, 'Bewertungsrunde').inputValue()).resolves.toMatch(/^Jahresgespräch 2026 \(/);
    await expect.poll(() => page.getByTestId('matrix-row').count()).toBe(10);
    await page
      .getByRole('figure', { name: 'Portfolio-Matrix' })
      .locator('.recharts-scatter-symbol')
      .first()
      .waitFor();

    // Before anyone scored it, Schäfer stands on its data alone: 20.000 € (2), margin 40 % (5), two
    // product lines (2): attractive, but we are weak there.
    const row = page.getByTestId('matrix-row').filter({ hasText: 'Schäfer Präzisionsteile AG' });
    await row.getByText('Selektiv investieren / halten').waitFor();
    await row.getByText('3,2', { exact: true }).waitFor();
    await row.getByText('2,0', { exact: true }).waitFor();
    // The key account designated from the ABC table is marked.
    await page
      .getByTestId('matrix-row')
      .filter({ hasText: 'Müller Maschinenbau GmbH' })
      .getByTestId('key-account-mark')
      .waitFor();

    await row.getByRole('button', { name: 'Schäfer Präzisionsteile AG' }).click();
    const drawer = page.getByRole('dialog', { name: 'Schäfer Präzisionsteile AG' });
    // Computed criteria are read-only and show their figure.
    await drawer
      .getByTestId('criterion-purchase_volume')
      .getByText(/20\.000\s€/)
      .waitFor();
    await drawer
      .getByTestId('criterion-profitability')
      .getByText(/40,0\s%/)
      .waitFor();
    await drawer
      .getByTestId('criterion-product_breadth')
      .getByText(/2 Warengruppen/)
      .waitFor();
    await expect(
      drawer.getByTestId('criterion-purchase_volume').getByRole('radiogroup').count(),
    ).resolves.toBe(0);

    const rate = (label: string, score: string) =>
      drawer.getByRole('radiogroup', { name: label }).getByText(score, { exact: true }).click();
    await rate('Strategische Passung', '5');
    await rate('Referenzwert / Prestige', '4');
    await rate('Lieferanteil (Share of Wallet)', '4');
    await rate('Beziehungsqualität', '5');
    await rate('Wettbewerbsposition', '4');
    await drawer.getByRole('button', { name: 'Bewertung speichern' }).click();
    await drawer.getByText('Bewertung gespeichert.').waitFor();
    // (2·3 + 5·2 + 5·2 + 4·1) / 8 = 3,75 and (4·2 + 5·3 + 4·2 + 2·1) / 8 = 4,125.
    await drawer.getByTestId('drawer-attractiveness').getByText('3,8').waitFor();
    await drawer.getByTestId('drawer-strength').getByText('4,1').waitFor();
    await drawer.getByText('In Wachstum investieren').waitFor();
    await screenshot(page, '58-matrix-drawer', false);

    // From the matrix, the head of sales makes it a key account.
    await drawer.getByRole('button', { name: 'Als Key Account festlegen' }).click();
    const dialog = page.getByRole('dialog', { name: 'Schäfer Präzisionsteile AG als Key Account festlegen' });
    await choose(page, 'Key-Account-Stufe', 'Stufe 2', dialog);
    await dialog.getByRole('textbox', { name: 'Key Account Manager', exact: true }).fill('Jonas');
    await page.getByRole('option', { name: kam.name }).click();
    await field(page, 'Begründung').fill('Attraktiv und enge Beziehung: in Wachstum investieren.');
    await dialog.getByRole('button', { name: 'Festlegen' }).click();
    await dialog.waitFor({ state: 'detached' });
    await drawer.getByText('Key Account', { exact: true }).waitFor();
    await expect(drawer.getByRole('button', { name: 'Als Key Account festlegen' }).count()).resolves.toBe(0);
    await page.keyboard.press('Escape');
    await drawer.waitFor({ state: 'detached' });

    // In the upper right quadrant, marked as key account.
    await row.getByText('In Wachstum investieren').waitFor();
    await row.getByTestId('key-account-mark').waitFor();
    await page
      .getByRole('figure', { name: 'Portfolio-Matrix' })
      .getByText('In Wachstum investieren (1)')
      .waitFor();
    await screenshot(page, '58-matrix');
  });

  it('reads the same analysis in English and on a phone', async () => {
    await page.getByTestId('user-menu').click();
    await page.getByRole('menuitem', { name: 'English' }).click();
    await page.goto(url('/portfolio/abc'));
    await page.getByRole('heading', { name: 'ABC analysis', level: 1 }).waitFor();
    await page
      .getByRole('figure', { name: 'Pareto curve' })
      .locator('.recharts-area-curve')
      .first()
      .waitFor();
    await page.getByTestId('hhi-level').getByText('highly concentrated').waitFor();
    await page
      .getByTestId('abc-row')
      .filter({ hasText: 'Müller Maschinenbau GmbH' })
      .getByText('€50,000.00')
      .waitFor();
    await screenshot(page, '58-abc-english', false);

    await page.setViewportSize({ width: 390, height: 844 });
    await page.getByTestId('abc-row').first().scrollIntoViewIfNeeded();
    await page.evaluate(() => window.scrollBy(0, -120));
    await screenshot(page, '59-abc-390px', false);
    await page.setViewportSize({ width: 1400, height: 900 });
    expect(errors).toEqual([]);
  });
});
