import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, newContext, screenshot, watchErrors } from './support/browser.ts';
import { admin, sameOrigin } from './support/fixtures.ts';
import { choose as chooseOption, field } from './support/forms.ts';
import { type RunningServer, startServer } from './support/server.ts';

/**
 * The main path of a new team: onboarding → sign-in → create an account → find it without
 * typing umlauts → edit → a conflicting edit in a second tab → English → sign out.
 */
describe('Kontor in the browser', () => {
  let server: RunningServer;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let errors: string[];
  let accountUrl = '';
  const accountName = 'Müller Präzisionstechnik GmbH';

  beforeAll(async () => {
    server = await startServer();
    browser = await launchBrowser();
    context = await newContext(browser, { viewport: { width: 1400, height: 900 }, locale: 'de-DE' });
    context.setDefaultTimeout(15_000);
    page = await context.newPage();
    errors = watchErrors(page);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  const url = (path: string) => `${server.baseUrl}${path}`;
  const input = (label: string) => field(page, label);
  const choose = (label: string, option: string) => chooseOption(page, label, option);

  it('guides the first user through onboarding and signs them in', async () => {
    await page.goto(url('/'));
    await page.waitForURL(/\/setup$/);
    await page.getByRole('heading', { name: 'Willkommen bei Kontor' }).waitFor();

    // Inline validation before anything is sent.
    await page.getByRole('button', { name: 'Arbeitsbereich anlegen' }).click();
    await page.getByText('Bitte ausfüllen.').first().waitFor();
    await input('Passwort').fill('kurz');
    await input('Passwort').blur();
    await page.getByText('Mindestens 10 Zeichen.', { exact: true }).first().waitFor();

    await input('Name des Arbeitsbereichs').fill(admin.workspaceName);
    await input('Ihr Name').fill(admin.name);
    await input('E-Mail').fill(admin.email);
    await input('Passwort').fill(admin.password);
    await screenshot(page, '01-onboarding');
    await page.getByRole('button', { name: 'Arbeitsbereich anlegen' }).click();

    await page.waitForURL(/\/accounts$/);
    await page.getByRole('heading', { name: 'Kunden', level: 1 }).waitFor();
    await page.getByText('Noch keine Kunden angelegt').waitFor();
    await page.getByText(admin.workspaceName).waitFor();
    await screenshot(page, '02-accounts-empty');
  });

  it('signs out and in again, rejecting a wrong password', async () => {
    await page.getByTestId('user-menu').click();
    await page.getByRole('menuitem', { name: 'Abmelden' }).click();
    await page.waitForURL(/\/login/);
    await page.getByRole('heading', { name: 'Anmelden' }).waitFor();

    await input('E-Mail').fill(admin.email);
    await input('Passwort').fill('falsches-passwort');
    await page.getByRole('button', { name: 'Anmelden' }).click();
    await page.getByText('E-Mail-Adresse oder Passwort ist falsch.').waitFor();
    await screenshot(page, '03-login-error');

    await input('Passwort').fill(admin.password);
    await page.getByRole('button', { name: 'Anmelden' }).click();
    // Signing in opens "Mein Tag", the start page for everyone.
    await page.getByRole('heading', { name: 'Mein Tag', level: 1 }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/');
    await page.getByRole('link', { name: 'Kunden', exact: true }).click();
    await page.waitForURL(/\/accounts$/);
    await page.getByRole('heading', { name: 'Kunden', level: 1 }).waitFor();
  });

  it('creates an account with inline validation', async () => {
    await page.getByRole('link', { name: 'Neuer Kunde' }).click();
    await page.waitForURL(/\/accounts\/new$/);

    await page.getByRole('button', { name: 'Kunde anlegen' }).click();
    await page.getByText('Bitte ausfüllen.').first().waitFor();
    await input('Website').fill('ftp://mueller.example');
    await input('Website').blur();
    await page.getByText(/Bitte eine gültige Webadresse eingeben/).waitFor();

    await input('Name').fill(accountName);
    await input('Firmierung').fill('Müller Präzisionstechnik GmbH & Co. KG');
    await input('Kundennummer').fill('K-10001');
    await choose('Branche', 'Automobil');
    await choose('Kundentyp', 'KMU / Mittelstand');
    await choose('Status', 'Kunde');
    await page.getByRole('switch', { name: 'Key Account' }).check();
    await choose('Key-Account-Stufe', 'Stufe 1');
    await input('Straße und Hausnummer').fill('Industriestraße 12');
    await input('PLZ').fill('70565');
    await input('Ort').fill('Stuttgart');
    await input('Region').fill('Deutschland Süd');
    await input('Website').fill('www.mueller-praezision.example');
    await input('Geschäftsmodell').fill('Zulieferer für Präzisionsteile <b>nicht fett</b>');
    await screenshot(page, '04-account-new');
    await page.getByRole('button', { name: 'Kunde anlegen' }).click();

    await page.waitForURL(/\/accounts\/[0-9a-f-]{36}$/);
    accountUrl = page.url();
    await page.getByRole('heading', { name: accountName, level: 1 }).waitFor();
    await page.getByText('Key Account · Stufe 1').first().waitFor();
    await page.getByText('Automobil').waitFor();
    await page.getByRole('link', { name: 'https://www.mueller-praezision.example' }).waitFor();
    // User text is shown as text, never as markup.
    await page.getByText('Zulieferer für Präzisionsteile <b>nicht fett</b>').waitFor();
    await expect(page.locator('b', { hasText: 'nicht fett' }).count()).resolves.toBe(0);
    await screenshot(page, '05-account-page');
  });

  it('finds the account without typing umlauts, and keeps the search in the URL', async () => {
    // A second account that must not match.
    const other = await context.request.post(url('/api/v1/accounts'), {
      headers: sameOrigin,
      data: { name: 'Schneider Logistik GmbH', city: 'Hamburg' },
    });
    expect(other.status()).toBe(201);

    for (const term of ['mueller', 'muller']) {
      await page.goto(url('/accounts'));
      await page.getByRole('row', { name: /Schneider Logistik/ }).waitFor();
      await page.getByRole('searchbox', { name: 'Kunden suchen' }).fill(term);
      await page.waitForURL(new RegExp(`[?&]q=${term}`));
      await page.getByRole('row', { name: /Schneider Logistik/ }).waitFor({ state: 'detached' });
      await page.getByRole('link', { name: accountName }).waitFor();
    }

    await page.reload();
    await page.getByRole('link', { name: accountName }).waitFor();
    await expect(page.getByRole('searchbox', { name: 'Kunden suchen' }).inputValue()).resolves.toBe('muller');
    await expect(page.getByRole('row', { name: /Schneider Logistik/ }).count()).resolves.toBe(0);
    await screenshot(page, '06-accounts-search');

    // Sorting by a column header is part of the shareable URL as well.
    await page.getByRole('searchbox', { name: 'Kunden suchen' }).fill('');
    await page.getByRole('button', { name: /^Ort/ }).click();
    await page.waitForURL(/sort=city/);
    await page.getByRole('button', { name: /^Ort/ }).click();
    await page.waitForURL(/order=desc/);
    const names = () => page.getByTestId('account-row').locator('a').allTextContents();
    await expect.poll(names).toEqual([accountName, 'Schneider Logistik GmbH']);
    await page.getByRole('button', { name: /^Ort/ }).click();
    await page.waitForURL((current) => !current.search.includes('order=desc'));
    await expect.poll(names).toEqual(['Schneider Logistik GmbH', accountName]);
  });

  it('edits the account', async () => {
    await page.goto(accountUrl);
    await page.getByRole('link', { name: 'Bearbeiten' }).click();
    await page.waitForURL(/\/edit$/);
    await input('Ort').fill('Esslingen am Neckar');
    await page.getByRole('button', { name: 'Speichern' }).click();
    await page.waitForURL(accountUrl);
    await page.getByText('Esslingen am Neckar').first().waitFor();
  });

  it('shows a conflict when two tabs edit the same account, and overwrites nothing', async () => {
    const tab1 = page;
    const tab2 = await context.newPage();
    await tab1.goto(`${accountUrl}/edit`);
    await tab2.goto(`${accountUrl}/edit`);
    await field(tab1, 'Firmierung').waitFor();
    await field(tab2, 'Firmierung').waitFor();

    // Tab 2 saves first.
    await tab2.bringToFront();
    await field(tab2, 'Firmierung').fill('Müller Holding (Tab 2)');
    await field(tab2, 'Ort').fill('Ulm');
    await tab2.getByRole('button', { name: 'Speichern' }).click();
    await tab2.waitForURL(accountUrl);
    await tab2.getByText('Müller Holding (Tab 2)').waitFor();

    // Tab 1 still holds the old version. (Background tabs get throttled timers: bring it forward.)
    await tab1.bringToFront();
    await field(tab1, 'Firmierung').fill('Müller Präzision (Tab 1)');
    await tab1.getByRole('button', { name: 'Speichern' }).click();
    const dialog = tab1.getByRole('dialog', { name: 'Bearbeitungskonflikt' });
    await dialog.waitFor();
    await dialog.getByText(/Dieser Datensatz wurde inzwischen von jemand anderem geändert/).waitFor();
    await screenshot(tab1, '07-conflict');

    const id = accountUrl.split('/').at(-1);
    const saved = (await (await context.request.get(url(`/api/v1/accounts/${id}`))).json()) as {
      legalName: string;
      city: string;
    };
    expect(saved.legalName).toBe('Müller Holding (Tab 2)');
    expect(saved.city).toBe('Ulm');

    // Keep my edit, on top of the latest version: tab 2's city stays, tab 1's legal name wins.
    await dialog.getByRole('button', { name: 'Meine Änderungen übertragen' }).click();
    await dialog.waitFor({ state: 'detached' });
    await tab1.getByText(/Ihre Änderungen darauf übertragen/).waitFor();
    await expect(field(tab1, 'Firmierung').inputValue()).resolves.toBe('Müller Präzision (Tab 1)');
    await expect(field(tab1, 'Ort').inputValue()).resolves.toBe('Ulm');
    await tab1.getByRole('button', { name: 'Speichern' }).click();
    await tab1.waitForURL(accountUrl);
    await tab1.getByText('Müller Präzision (Tab 1)').waitFor();
    await tab1.getByText('Ulm').first().waitFor();
    await tab2.close();
  });

  it('adds a contact from the account page', async () => {
    await page.goto(accountUrl);
    await page.getByRole('link', { name: 'Ansprechpartner hinzufügen' }).click();
    await page.waitForURL(/\/contacts\/new\?accountId=/);
    await input('Vorname').fill('Jürgen');
    await input('Nachname').fill('Weiß');
    await input('Position').fill('Leiter Einkauf');
    await input('E-Mail').fill('j.weiss@mueller.example');
    await page.getByRole('textbox', { name: 'Telefon 1', exact: true }).fill('+49 711 123456');
    await page.getByRole('button', { name: 'Kontakt anlegen' }).click();
    await page.waitForURL(/\/contacts\/[0-9a-f-]{36}$/);
    await page.getByRole('heading', { name: 'Jürgen Weiß' }).waitFor();
    await screenshot(page, '08-contact-page');
    await page.getByRole('link', { name: accountName }).click();
    await page.waitForURL(accountUrl);
    await page.getByRole('link', { name: 'Jürgen Weiß' }).waitFor();
    await screenshot(page, '09-account-with-contact');

    await page.goto(url('/contacts'));
    await page.getByRole('searchbox', { name: 'Kontakte suchen' }).fill('weiss');
    await page.getByRole('link', { name: 'Jürgen Weiß' }).waitFor();
    await screenshot(page, '10-contacts');
  });

  it('shows the group structure, and archives and restores an account', async () => {
    const parentId = accountUrl.split('/').at(-1);
    const created = await context.request.post(url('/api/v1/accounts'), {
      headers: sameOrigin,
      data: { name: 'Müller Werkzeugbau GmbH', parentId, city: 'Reutlingen' },
    });
    expect(created.status()).toBe(201);
    const child = (await created.json()) as { id: string };

    await page.goto(url(`/accounts/${child.id}`));
    await page.getByRole('heading', { name: 'Müller Werkzeugbau GmbH', level: 1 }).waitFor();
    const tree = page.getByRole('list', { name: 'Konzernstruktur' });
    await tree.getByRole('link', { name: accountName }).waitFor();
    await page.getByTestId('hierarchy-current').getByText('Müller Werkzeugbau GmbH').waitFor();
    await screenshot(page, '11-account-hierarchy');

    await page.getByRole('button', { name: 'Archivieren' }).click();
    await page
      .getByRole('dialog', { name: 'Archivieren?' })
      .getByRole('button', { name: 'Archivieren' })
      .click();
    await page.getByText('Dieser Kunde ist archiviert.', { exact: false }).waitFor();
    await expect(page.getByRole('link', { name: 'Bearbeiten' }).count()).resolves.toBe(0);

    await page.goto(url('/accounts'));
    await page.getByRole('link', { name: accountName }).waitFor();
    await expect(page.getByRole('link', { name: 'Müller Werkzeugbau GmbH' }).count()).resolves.toBe(0);
    // Mantine's segmented control hides the radio input; its label takes the click.
    await page
      .locator('label')
      .filter({ hasText: /^Archiviert$/ })
      .click();
    await page.waitForURL(/archived=true/);
    await page.getByRole('link', { name: 'Müller Werkzeugbau GmbH' }).click();
    await page.getByRole('button', { name: 'Wiederherstellen' }).click();
    await page.getByRole('link', { name: 'Bearbeiten' }).waitFor();
  });

  it('switches to English, remembers it after a reload and on the sign-in page', async () => {
    await page.goto(url('/accounts'));
    await page.getByRole('heading', { name: 'Kunden', level: 1 }).waitFor();
    await page.getByTestId('user-menu').click();
    await page.getByRole('menuitem', { name: 'English' }).click();
    await page.getByRole('heading', { name: 'Accounts', level: 1 }).waitFor();
    await page.getByRole('link', { name: 'New account' }).waitFor();

    await page.reload();
    await page.getByRole('heading', { name: 'Accounts', level: 1 }).waitFor();
    await expect(page.locator('html').getAttribute('lang')).resolves.toBe('en');
    const me = (await (await context.request.get(url('/api/v1/me'))).json()) as { user: { locale: string } };
    expect(me.user.locale).toBe('en');
    await screenshot(page, '12-accounts-english');

    await page.goto(accountUrl);
    await page.getByRole('heading', { name: 'Master data' }).waitFor();
    await page.getByText('Automotive').waitFor();
    await screenshot(page, '13-account-english');
  });

  it('works at phone width', async () => {
    const phone = await context.newPage();
    await phone.setViewportSize({ width: 390, height: 844 });
    await phone.goto(url('/accounts'));
    await phone.getByRole('heading', { name: 'Accounts', level: 1 }).waitFor();
    await expect(phone.getByRole('link', { name: 'Contacts' }).isVisible()).resolves.toBe(false);
    const scrollWidth = await phone.evaluate(() => document.documentElement.scrollWidth);
    expect(scrollWidth).toBeLessThanOrEqual(390);
    await screenshot(phone, '14-accounts-390px');

    await phone.getByRole('button', { name: 'Open navigation' }).click();
    await phone.getByRole('link', { name: 'Contacts' }).waitFor();
    await screenshot(phone, '15-navigation-390px', false);
    await phone.getByRole('link', { name: 'Contacts' }).click();
    await phone.waitForURL(/\/contacts$/);

    await phone.goto(accountUrl);
    await phone.getByRole('heading', { name: accountName }).waitFor();
    await screenshot(phone, '16-account-390px');
    await phone.close();
  });

  it('signs out', async () => {
    await page.goto(url('/accounts'));
    await page.getByTestId('user-menu').click();
    await page.getByRole('menuitem', { name: 'Sign out' }).click();
    await page.waitForURL(/\/login/);
    await page.getByRole('heading', { name: 'Sign in' }).waitFor();
    await screenshot(page, '17-login-english');

    const me = await context.request.get(url('/api/v1/me'));
    expect(me.status()).toBe(401);
    await page.goto(accountUrl);
    await page.waitForURL(/\/login\?redirect=/);
  });

  it('had no errors in the browser console', () => {
    expect(errors).toEqual([]);
  });
});
