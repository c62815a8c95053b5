import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, newContext, screenshot, watchErrors } from './support/browser.ts';
import { admin, sameOrigin, signInAs, signInByApi } from './support/fixtures.ts';
import { choose, field } from './support/forms.ts';
import { type RunningServer, startServer } from './support/server.ts';

const kam = { name: 'Jonas Weber', email: 'jonas.weber@example.com', password: 'Startpasswort-2026' };
const headOfSales = {
  name: 'Sabine Krüger',
  email: 'sabine.krueger@example.com',
  password: 'Vertrieb-Leitung-2026',
};

/**
 * Administration in the browser: the region filter, inviting and deactivating a colleague, the
 * last-admin rule, personal API tokens, sessions, the profile, and the industry list.
 */
describe('administration in the browser', () => {
  let server: RunningServer;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let kamContext: BrowserContext;
  let kamPage: Page;
  const errors: string[][] = [];

  beforeAll(async () => {
    server = await startServer();
    browser = await launchBrowser();
    context = await newContext(browser, { viewport: { width: 1400, height: 900 }, locale: 'de-DE' });
    context.setDefaultTimeout(15_000);
    await signInByApi(context.request, server.baseUrl);
    page = await context.newPage();
    errors.push(watchErrors(page));

    for (const [name, region] of [
      ['Alpenland Werkzeuge GmbH', 'Deutschland Süd'],
      ['Hanse Logistik AG', 'Deutschland Nord'],
      ['Polder Techniek B.V.', 'Benelux'],
    ] as const) {
      const response = await context.request.post(url('/api/v1/accounts'), {
        headers: sameOrigin,
        data: { name, region },
      });
      expect(response.status()).toBe(201);
    }
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  const url = (path: string) => `${server.baseUrl}${path}`;

  it('filters the accounts by region with a searchable picker that keeps its state in the URL', async () => {
    await page.goto(url('/accounts'));
    await page.getByRole('link', { name: 'Polder Techniek B.V.' }).waitFor();
    // No umlaut needed: "sud" finds "Deutschland Süd".
    await page.getByRole('textbox', { name: 'Region', exact: true }).fill('sud');
    await expect.poll(() => page.getByRole('option').allTextContents()).toEqual(['Deutschland Süd']);
    await page.getByRole('option', { name: 'Deutschland Süd' }).click();
    await page.waitForURL(/[?&]region=Deutschland(\+|%20)S%C3%BCd/);
    await page.getByRole('link', { name: 'Hanse Logistik AG' }).waitFor({ state: 'detached' });
    await page.getByRole('link', { name: 'Alpenland Werkzeuge GmbH' }).waitFor();
    await screenshot(page, '30-accounts-region-filter');

    // A shared link in other spelling still selects the region (the filter ignores case).
    await page.goto(url('/accounts?region=deutschland%20nord'));
    await page.getByRole('link', { name: 'Hanse Logistik AG' }).waitFor();
    await expect(page.getByRole('textbox', { name: 'Region', exact: true }).inputValue()).resolves.toBe(
      'Deutschland Nord',
    );
    await expect(page.getByRole('link', { name: 'Alpenland Werkzeuge GmbH' }).count()).resolves.toBe(0);
  });

  it('shows the profile with inline errors for a wrong or mistyped password', async () => {
    await page.goto(url('/accounts'));
    await page.getByRole('link', { name: 'Einstellungen', exact: true }).click();
    await page.waitForURL(/\/settings\/profile$/);
    await page.getByRole('heading', { name: 'Profil', level: 1 }).waitFor();
    await screenshot(page, '31-settings-profile');

    const password = page.getByRole('region', { name: 'Passwort ändern' });
    await field(page, 'Aktuelles Passwort').fill('nicht-das-richtige');
    await field(page, 'Neues Passwort').fill('Neues-Passwort-2026');
    await field(page, 'Neues Passwort wiederholen').fill('Neues-Passwort-2062');
    await password.getByRole('button', { name: 'Passwort ändern' }).click();
    await page.getByText('Die beiden Passwörter stimmen nicht überein.').waitFor();

    await field(page, 'Neues Passwort wiederholen').fill('Neues-Passwort-2026');
    await password.getByRole('button', { name: 'Passwort ändern' }).click();
    await page.getByText('Das aktuelle Passwort ist nicht korrekt.').waitFor();
    await screenshot(page, '32-profile-wrong-password');

    // The name is saved with its version; the header follows.
    await field(page, 'Name').fill('Katrin Vogel-Berger');
    await page
      .getByRole('region', { name: 'Persönliche Angaben' })
      .getByRole('button', { name: 'Speichern' })
      .click();
    await page.getByText('Ihre Angaben wurden gespeichert.').waitFor();
    await page.getByTestId('user-menu').getByText('Katrin Vogel-Berger').waitFor();
  });

  it('lists my sessions in plain words and signs out another device', async () => {
    const other = await newContext(browser, {
      userAgent: 'Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:133.0) Gecko/20100101 Firefox/133.0',
    });
    await signInAs(other.request, server.baseUrl, admin.email, admin.password);

    await page.getByRole('link', { name: 'Sitzungen', exact: true }).click();
    await page.waitForURL(/\/settings\/sessions$/);
    const sessions = page.getByTestId('session');
    await sessions.filter({ hasText: 'Firefox unter Windows' }).waitFor();
    await sessions.filter({ hasText: 'Dieses Gerät' }).getByText('Chrome unter Linux').waitFor();
    await screenshot(page, '33-settings-sessions');

    await page.getByRole('button', { name: 'Firefox unter Windows abmelden' }).click();
    await sessions.filter({ hasText: 'Firefox unter Windows' }).waitFor({ state: 'detached' });
    expect((await other.request.get(url('/api/v1/me'))).status()).toBe(401);
    await other.close();
  });

  it('invites a key account manager', async () => {
    await page.getByRole('link', { name: 'Benutzer', exact: true }).click();
    await page.waitForURL(/\/settings\/users$/);
    await page.getByRole('button', { name: 'Benutzer einladen' }).click();
    const dialog = page.getByRole('dialog', { name: 'Kollegin oder Kollegen einladen' });
    await dialog.waitFor();

    // Inline validation before anything is sent.
    await dialog.getByRole('button', { name: 'Einladen' }).click();
    await dialog.getByText('Bitte ausfüllen.').first().waitFor();

    await field(page, 'Name').fill(kam.name);
    await field(page, 'E-Mail').fill(kam.email);
    await choose(page, 'Rolle', 'Interne Fachabteilung', dialog);
    const team = dialog.getByRole('textbox', { name: 'Fachabteilung' });
    await team.waitFor();
    await choose(page, 'Rolle', 'Key Account Manager', dialog);
    await expect(team.count()).resolves.toBe(0);
    await field(page, 'Startpasswort').fill(kam.password);
    await screenshot(page, '34-user-invite', false);
    await dialog.getByRole('button', { name: 'Einladen' }).click();

    const done = page.getByRole('dialog', { name: 'Zugang angelegt' });
    await done.getByText(`${kam.name} kann sich jetzt bei Kontor anmelden.`).waitFor();
    await expect(done.getByRole('textbox', { name: 'Startpasswort' }).inputValue()).resolves.toBe(
      kam.password,
    );
    await done.getByRole('button', { name: 'Fertig' }).click();

    const row = page.getByTestId('user-row').filter({ hasText: kam.email });
    await row.getByText('Key Account Manager').waitFor();
    await row.getByText('Aktiv').waitFor();
    await screenshot(page, '35-settings-users');

    // The same e-mail twice is refused at the field.
    await page.getByRole('button', { name: 'Benutzer einladen' }).click();
    await field(page, 'Name').fill('Noch ein Jonas');
    await field(page, 'E-Mail').fill(kam.email);
    await field(page, 'Startpasswort').fill(kam.password);
    await dialog.getByRole('button', { name: 'Einladen' }).click();
    await dialog.getByText('Diese E-Mail-Adresse wird bereits verwendet.').waitFor();
    await dialog.getByRole('button', { name: 'Abbrechen' }).click();
    await dialog.waitFor({ state: 'detached' });
  });

  it('lets the new key account manager sign in and see the accounts', async () => {
    kamContext = await newContext(browser, { viewport: { width: 1400, height: 900 }, locale: 'de-DE' });
    kamContext.setDefaultTimeout(15_000);
    kamPage = await kamContext.newPage();
    errors.push(watchErrors(kamPage));
    await kamPage.goto(url('/accounts'));
    await kamPage.waitForURL(/\/login/);
    await field(kamPage, 'E-Mail').fill(kam.email);
    await field(kamPage, 'Passwort').fill(kam.password);
    await kamPage.getByRole('button', { name: 'Anmelden' }).click();
    await kamPage.waitForURL(/\/accounts$/);
    await kamPage.getByRole('link', { name: 'Alpenland Werkzeuge GmbH' }).waitFor();

    // Settings for everyone, but no user administration for a key account manager.
    await kamPage.getByRole('link', { name: 'Einstellungen', exact: true }).click();
    await kamPage.getByRole('link', { name: 'API-Tokens', exact: true }).waitFor();
    await expect(kamPage.getByRole('link', { name: 'Benutzer', exact: true }).count()).resolves.toBe(0);
    await expect(kamPage.getByRole('link', { name: 'Branchen', exact: true }).count()).resolves.toBe(0);
    await kamPage.goto(url('/settings/users'));
    await kamPage.waitForURL(/\/settings\/profile$/);
    await kamPage.getByRole('link', { name: 'Kunden', exact: true }).click();
    await kamPage.getByRole('link', { name: 'Alpenland Werkzeuge GmbH' }).waitFor();
  });

  it('deactivates the key account manager, whose open page is signed out on the next action', async () => {
    await page.getByTestId('user-row').getByRole('link', { name: kam.name }).click();
    await page.getByRole('heading', { name: kam.name, level: 1 }).waitFor();
    await screenshot(page, '36-user-page');
    await page.getByRole('button', { name: 'Deaktivieren' }).click();
    const confirm = page.getByRole('dialog', { name: `${kam.name} deaktivieren?` });
    await confirm.getByRole('button', { name: 'Deaktivieren' }).click();
    await confirm.waitFor({ state: 'detached' });
    await page.getByRole('button', { name: 'Wieder aktivieren' }).waitFor();
    await page.getByText('Deaktiviert', { exact: true }).first().waitFor();

    // The key account manager's page still shows the accounts; the next click finds the session gone.
    await kamPage.bringToFront();
    await kamPage.getByRole('link', { name: 'Kontakte', exact: true }).click();
    await kamPage.waitForURL(/\/login\?redirect=/);
    await field(kamPage, 'E-Mail').fill(kam.email);
    await field(kamPage, 'Passwort').fill(kam.password);
    await kamPage.getByRole('button', { name: 'Anmelden' }).click();
    await kamPage.getByText('E-Mail-Adresse oder Passwort ist falsch.').waitFor();
    await kamContext.close();
    await page.bringToFront();
  });

  it('refuses to demote the last admin with a clear message', async () => {
    await page.goto(url('/settings/users'));
    await page.getByTestId('user-row').filter({ hasText: admin.email }).getByRole('link').click();
    await page.getByRole('heading', { name: 'Katrin Vogel-Berger', level: 1 }).waitFor();
    await page.getByText('Ihr eigenes Konto können Sie nicht deaktivieren.').waitFor();
    await choose(page, 'Rolle', 'Vertriebsleitung');
    await page.getByRole('button', { name: 'Speichern' }).click();
    await page.getByText(/braucht mindestens einen aktiven Administrator/).waitFor();
    await screenshot(page, '37-last-admin');
    const me = (await (await context.request.get(url('/api/v1/me'))).json()) as { user: { role: string } };
    expect(me.user.role).toBe('admin');
  });

  it('creates a read-only API token that works against the API, and revokes it', async () => {
    await page.goto(url('/settings/tokens'));
    await page.getByText('Sie haben noch keine API-Tokens angelegt.').waitFor();
    await page.getByRole('button', { name: 'Neues Token' }).click();
    const dialog = page.getByRole('dialog', { name: 'Neues Token' });
    await field(page, 'Bezeichnung').fill('ERP-Export');
    await dialog.getByRole('radio', { name: 'Nur lesen' }).check();
    await dialog.getByRole('button', { name: 'Token erstellen' }).click();

    const created = page.getByRole('dialog', { name: 'Token erstellt' });
    await created.getByText('Kopieren Sie das Token jetzt').waitFor();
    const token = await created.getByRole('textbox', { name: 'Token „ERP-Export“' }).inputValue();
    expect(token.length).toBeGreaterThan(20);
    await screenshot(page, '38-token-created', false);

    const bearer = { authorization: `Bearer ${token}` };
    const list = await fetch(url('/api/v1/accounts?limit=5'), { headers: bearer });
    expect(list.status).toBe(200);
    const body = (await list.json()) as { items: { name: string }[] };
    expect(body.items.map((item) => item.name)).toContain('Alpenland Werkzeuge GmbH');
    const write = await fetch(url('/api/v1/accounts'), {
      method: 'POST',
      headers: { ...bearer, 'content-type': 'application/json' },
      body: JSON.stringify({ name: 'Darf nicht entstehen GmbH' }),
    });
    expect(write.status).toBe(403);

    await created.getByRole('button', { name: 'Fertig' }).click();
    await created.waitFor({ state: 'detached' });
    const row = page.getByRole('row', { name: /ERP-Export/ });
    await row.getByText('Nur lesen').waitFor();
    await screenshot(page, '39-settings-tokens');

    await page.getByRole('button', { name: 'Token „ERP-Export“ widerrufen' }).click();
    await page
      .getByRole('dialog', { name: 'Token widerrufen?' })
      .getByRole('button', { name: 'Widerrufen' })
      .click();
    await row.waitFor({ state: 'detached' });
    expect((await fetch(url('/api/v1/accounts?limit=5'), { headers: bearer })).status).toBe(401);
  });

  it('lets a head of sales add an industry that the account form then offers', async () => {
    const created = await context.request.post(url('/api/v1/users'), {
      headers: sameOrigin,
      data: { ...headOfSales, role: 'head_of_sales' },
    });
    expect(created.status()).toBe(201);
    const hosContext = await newContext(browser, { viewport: { width: 1400, height: 900 }, locale: 'de-DE' });
    hosContext.setDefaultTimeout(15_000);
    await signInAs(hosContext.request, server.baseUrl, headOfSales.email, headOfSales.password);
    const hos = await hosContext.newPage();
    errors.push(watchErrors(hos));

    await hos.goto(url('/accounts'));
    await hos.getByRole('link', { name: 'Einstellungen', exact: true }).click();
    await hos.getByRole('link', { name: 'Branchen', exact: true }).click();
    await hos.waitForURL(/\/settings\/industries$/);
    await expect(hos.getByRole('link', { name: 'Benutzer', exact: true }).count()).resolves.toBe(0);
    await hos.getByRole('button', { name: 'Branche hinzufügen' }).click();
    const dialog = hos.getByRole('dialog', { name: 'Branche hinzufügen' });
    await field(hos, 'Bezeichnung (Deutsch)').fill('Medizintechnik');
    await field(hos, 'Bezeichnung (Englisch)').fill('Medical technology');
    await dialog.getByRole('button', { name: 'Hinzufügen' }).click();
    await dialog.waitFor({ state: 'detached' });
    await hos.getByTestId('industry-row').filter({ hasText: 'Medizintechnik' }).waitFor();
    // A name that exists is refused before anything is sent.
    await hos.getByRole('button', { name: 'Branche hinzufügen' }).click();
    await field(hos, 'Bezeichnung (Deutsch)').fill('automobil');
    await field(hos, 'Bezeichnung (Englisch)').fill('Cars');
    await dialog.getByRole('button', { name: 'Hinzufügen' }).click();
    await dialog.getByText('Diese Branche gibt es bereits.').waitFor();
    await dialog.getByRole('button', { name: 'Abbrechen' }).click();
    await screenshot(hos, '40-settings-industries');

    await hos.getByRole('link', { name: 'Kunden', exact: true }).click();
    await hos.getByRole('link', { name: 'Neuer Kunde' }).click();
    await hos.waitForURL(/\/accounts\/new$/);
    await choose(hos, 'Branche', 'Medizintechnik');
    await expect(hos.getByRole('textbox', { name: 'Branche', exact: true }).inputValue()).resolves.toBe(
      'Medizintechnik',
    );
    await hosContext.close();
  });

  it('works at phone width', async () => {
    const phone = await context.newPage();
    await phone.setViewportSize({ width: 390, height: 844 });
    await phone.goto(url('/settings/tokens'));
    await phone.getByRole('heading', { name: 'API-Tokens', level: 1 }).waitFor();
    const scrollWidth = await phone.evaluate(() => document.documentElement.scrollWidth);
    expect(scrollWidth).toBeLessThanOrEqual(390);
    await phone.getByRole('button', { name: 'Navigation öffnen' }).click();
    await phone.getByRole('link', { name: 'Branchen', exact: true }).waitFor();
    await screenshot(phone, '41-settings-navigation-390px', false);
    await phone.close();
  });

  it('had no errors in the browser console', () => {
    expect(errors.flat()).toEqual([]);
  });
});
