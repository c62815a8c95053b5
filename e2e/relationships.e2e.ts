import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, newContext, screenshot, watchErrors } from './support/browser.ts';
import { sameOrigin, signInByApi } from './support/fixtures.ts';
import { choose, field } from './support/forms.ts';
import { type RunningServer, startServer } from './support/server.ts';

const kam = { name: 'Jonas Weber', email: 'jonas.weber@example.com', password: 'Startpasswort-2026' };
const headOfSales = {
  name: 'Sabine Krüger',
  email: 'sabine.krueger@example.com',
  password: 'Vertrieb-Leitung-2026',
};
/** A colleague from customer service: role internal, sees only the steps assigned to her. */
const internal = { name: 'Lena Fischer', email: 'lena.fischer@example.com', password: 'Innendienst-2026' };

const accountName = 'Müller Maschinenbau GmbH';
const people = [
  { firstName: 'Petra', lastName: 'Hoffmann', jobTitle: 'Geschäftsführerin' },
  { firstName: 'Tobias', lastName: 'Brandt', jobTitle: 'Leiter Einkauf' },
  { firstName: 'Anna', lastName: 'Schmidt', jobTitle: 'Produktionsleiterin' },
  { firstName: 'Markus', lastName: 'Keller', jobTitle: 'Leiter Instandhaltung' },
];

const timeZone = 'Europe/Berlin';

/** A day in Berlin as the German UI writes it (26.11.2026). */
function germanDay(date: Date): string {
  return new Intl.DateTimeFormat('de-DE', {
    timeZone,
    day: '2-digit',
    month: '2-digit',
    year: 'numeric',
  }).format(date);
}

/** A small real PDF, and a Windows program renamed to look like one. */
const pdf = Buffer.from(
  '%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n',
);
const program = Buffer.concat([Buffer.from('MZ'), Buffer.alloc(510, 0x90), Buffer.from('PE\0\0')]);

/**
 * The relationship work of a key account manager in the browser: the buying centre built by form
 * and by drag, a contact logged in three clicks, a visit planned with materials and its calendar
 * file, the visit report with a next step owned by an internal colleague, the contact leaving the
 * overdue list, and the step on the colleague's "Mein Tag". Then the head of sales' team view.
 */
describe('relationship work in the browser', () => {
  let server: RunningServer;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let accountId: string;
  const contactIds: Record<string, string> = {};
  const errors: string[][] = [];
  const today = germanDay(new Date());
  // The visit took place yesterday: a report counts as contact only once it has happened.
  const yesterday = germanDay(new Date(Date.now() - 86_400_000));

  const url = (path: string) => `${server.baseUrl}${path}`;

  async function signInThroughForm(target: Page, user: { email: string; password: string }) {
    await target.goto(url('/login'));
    await field(target, 'E-Mail').fill(user.email);
    await field(target, 'Passwort').fill(user.password);
    await target.getByRole('button', { name: 'Anmelden' }).click();
  }

  async function newPage(): Promise<{ context: BrowserContext; page: Page }> {
    const created = await newContext(browser, {
      viewport: { width: 1400, height: 900 },
      locale: 'de-DE',
      timezoneId: timeZone,
    });
    created.setDefaultTimeout(15_000);
    const opened = await created.newPage();
    errors.push(watchErrors(opened));
    return { context: created, page: opened };
  }

  beforeAll(async () => {
    server = await startServer();
    browser = await launchBrowser();
    const admin = await newContext(browser);
    await signInByApi(admin.request, server.baseUrl);
    const post = async (path: string, data: unknown) => {
      const response = await admin.request.post(url(path), { headers: sameOrigin, data });
      if (!response.ok()) throw new Error(`${path}: ${response.status()} ${await response.text()}`);
      return (await response.json()) as { id: string };
    };
    const userIds: Record<string, string> = {};
    for (const [user, role] of [
      [kam, 'key_account_manager'],
      [headOfSales, 'head_of_sales'],
      [internal, 'internal'],
    ] as const) {
      userIds[user.email] = (await post('/api/v1/users', { ...user, role, locale: 'de' })).id;
    }
    accountId = (
      await post('/api/v1/accounts', {
        name: accountName,
        customerNumber: '10001',
        lifecycleStatus: 'customer',
        street: 'Industriestraße 12',
        postalCode: '79098',
        city: 'Freiburg im Breisgau',
        countryCode: 'DE',
        isKeyAccount: true,
        keyAccountTier: 1,
        ownerId: userIds[kam.email],
      })
    ).id;
    for (const person of people) {
      contactIds[person.lastName] = (
        await post('/api/v1/contacts', { ...person, accountIds: [accountId] })
      ).id;
    }
    // The last call with the head of purchasing was 40 days ago: with tier 1 (every 14 days) he is overdue.
    await post('/api/v1/interactions', {
      accountId,
      kind: 'call',
      occurredAt: new Date(Date.now() - 40 * 86_400_000).toISOString(),
      summary: 'Rahmenvertrag 2026 besprochen; Preisliste folgt.',
      contactIds: [contactIds.Brandt],
      participantIds: [userIds[kam.email]],
    });
    await admin.close();

    ({ context, page } = await newPage());
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('opens "Mein Tag" after signing in, with the key account that lacks a decision maker', async () => {
    await signInThroughForm(page, kam);
    await page.getByRole('heading', { name: 'Mein Tag', level: 1 }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/');
    const coverage = page.getByTestId('coverage-account').filter({ hasText: accountName });
    await coverage.getByText(/kein Entscheider/).waitFor();
    const overdue = page.getByTestId('overdue-contact').filter({ hasText: 'Tobias Brandt' });
    await overdue.getByText('26 Tage überfällig').waitFor();
    await screenshot(page, '70-my-day-kam');
  });

  it('builds the buying centre by form and by drag, and the coverage warnings go', async () => {
    await page.getByTestId('coverage-account').getByRole('link', { name: accountName }).click();
    await page.getByRole('tab', { name: 'Buying Center', selected: true }).waitFor();
    const warnings = page.getByTestId('coverage-warnings');
    await warnings.getByText('Kein Kontakt zu einer Entscheiderin oder einem Entscheider.').waitFor();
    await warnings.getByText('Kein Fürsprecher beim Kunden.').waitFor();

    const edit = async (
      name: string,
      values: { roles: string[]; influence: string; attitude: string; reportsTo?: string; owner?: string },
    ) => {
      await page.getByRole('button', { name: `${name} bearbeiten` }).click();
      const dialog = page.getByRole('dialog', { name: `${name} im Buying Center` });
      for (const role of values.roles) await dialog.getByText(role, { exact: true }).click();
      await dialog
        .getByRole('radiogroup', { name: /^Einfluss/ })
        .getByText(values.influence, { exact: true })
        .click();
      await choose(page, 'Haltung zu uns', values.attitude, dialog);
      if (values.reportsTo) await choose(page, 'Berichtet an', values.reportsTo, dialog);
      if (values.owner) {
        await dialog
          .getByRole('textbox', { name: 'Beziehungsverantwortlich', exact: true })
          .fill(values.owner);
        await page.getByRole('option', { name: values.owner, exact: true }).click();
      }
      return dialog;
    };

    const petra = await edit('Petra Hoffmann', {
      roles: ['Entscheider'],
      influence: '5',
      attitude: 'Unterstützer',
      owner: kam.name,
    });
    await screenshot(page, '71-buying-centre-form', false);
    await petra.getByRole('button', { name: 'Speichern' }).click();
    await petra.waitFor({ state: 'detached' });
    await warnings
      .getByText('Kein Kontakt zu einer Entscheiderin oder einem Entscheider.')
      .waitFor({ state: 'detached' });

    const tobias = await edit('Tobias Brandt', {
      roles: ['Fürsprecher', 'Budgetverantwortlich'],
      influence: '4',
      attitude: 'Neutral',
      reportsTo: 'Petra Hoffmann',
      owner: headOfSales.name,
    });
    await tobias.getByRole('button', { name: 'Speichern' }).click();
    await tobias.waitFor({ state: 'detached' });

    const anna = await edit('Anna Schmidt', {
      roles: ['Beeinflusser'],
      influence: '3',
      attitude: 'Skeptiker',
      reportsTo: 'Petra Hoffmann',
    });
    await anna.getByRole('button', { name: 'Speichern' }).click();
    await anna.waitFor({ state: 'detached' });

    // A decision maker, a champion, two of us holding relationships: no gaps left.
    await warnings.waitFor({ state: 'detached' });

    // Drag the head of maintenance under the head of production.
    const node = (name: string) => page.getByTestId('org-node').filter({ hasText: name });
    await node('Markus Keller').dragTo(node('Anna Schmidt'));
    await page.getByRole('list', { name: 'Berichten an Anna Schmidt' }).getByText('Markus Keller').waitFor();
    await page
      .getByRole('list', { name: 'Berichten an Petra Hoffmann' })
      .getByText('Tobias Brandt')
      .waitFor();

    // The power/attitude grid places each person by influence and attitude.
    await page.getByTestId('grid-5-supporter').getByText('Petra Hoffmann').waitFor();
    await page.getByTestId('grid-4-neutral').getByText('Tobias Brandt').waitFor();
    await page.getByTestId('grid-3-sceptic').getByText('Anna Schmidt').waitFor();
    // Each person's freshness: Tobias is 26 days overdue.
    await page
      .getByTestId('member')
      .filter({ hasText: 'Tobias Brandt' })
      .getByText('26 Tage überfällig')
      .waitFor();
    await screenshot(page, '72-buying-centre');
  });

  it('logs a call in three clicks from the contact page and finds it in the timeline', async () => {
    await page.goto(url(`/contacts/${contactIds.Hoffmann}`));
    await page.getByRole('heading', { name: 'Petra Hoffmann', level: 1 }).waitFor();
    await page.getByRole('button', { name: 'Kontakt erfassen', exact: true }).click();
    await page.getByRole('menuitem', { name: 'Anruf' }).click();
    const dialog = page.getByRole('dialog', { name: 'Kontakt erfassen' });
    await field(page, 'Zusammenfassung').fill('Kurz zum Besuch nächste Woche abgestimmt.');
    await expect(field(page, 'Datum').inputValue()).resolves.toBe(today);
    await dialog.getByRole('button', { name: 'Speichern' }).click();
    await dialog.waitFor({ state: 'detached' });
    const entry = page
      .getByTestId('interaction')
      .filter({ hasText: 'Kurz zum Besuch nächste Woche abgestimmt.' });
    await entry.getByText('Anruf', { exact: true }).waitFor();
    await entry.getByText('Telefon', { exact: true }).waitFor();
    await entry.getByText(/^mit Petra Hoffmann/).waitFor();
    await screenshot(page, '73-contact-timeline');

    // A typo found later is corrected in the same form; the entry keeps its place and people.
    await entry.getByRole('button', { name: /bearbeiten$/ }).click();
    const edit = page.getByRole('dialog', { name: 'Kontakt bearbeiten' });
    await expect(field(page, 'Zusammenfassung').inputValue()).resolves.toBe(
      'Kurz zum Besuch nächste Woche abgestimmt.',
    );
    await field(page, 'Zusammenfassung').fill('Kurz zum Besuch am Dienstag abgestimmt.');
    await edit.getByRole('button', { name: 'Speichern' }).click();
    await edit.waitFor({ state: 'detached' });
    const corrected = page
      .getByTestId('interaction')
      .filter({ hasText: 'Kurz zum Besuch am Dienstag abgestimmt.' });
    await corrected.getByText(/^mit Petra Hoffmann/).waitFor();
    await expect(page.getByTestId('interaction').filter({ hasText: 'nächste Woche' }).count()).resolves.toBe(
      0,
    );
  });

  it('plans a visit with materials, refuses a program renamed .pdf, and offers the calendar file', async () => {
    await page.goto(url(`/accounts/${accountId}?tab=visits`));
    await page.getByRole('button', { name: 'Besuch planen' }).click();
    const dialog = page.getByRole('dialog', { name: `Besuch bei ${accountName} planen` });
    // The place comes from the account's address.
    await expect(field(page, 'Ort').inputValue()).resolves.toBe(
      'Industriestraße 12, 79098 Freiburg im Breisgau',
    );
    await field(page, 'Datum').fill(yesterday);
    await field(page, 'Von').fill('09:30');
    await field(page, 'Bis').fill('11:00');
    await field(page, 'Agenda').fill('1. Neue Fräse FX-300\n2. Wartungsvertrag\n3. Termine 2027');
    const topics = dialog.getByRole('textbox', { name: 'Themen und Produkte' });
    await topics.fill('Fräse FX-300');
    await topics.press('Enter');
    await topics.fill('Wartungsvertrag');
    await topics.press('Enter');
    await dialog.getByRole('textbox', { name: 'Wen wir treffen', exact: true }).click();
    await page.getByRole('option', { name: 'Tobias Brandt' }).click();
    await page.getByRole('option', { name: 'Anna Schmidt' }).click();
    await dialog.getByRole('heading', { name: `Besuch bei ${accountName} planen` }).click();
    await screenshot(page, '74-visit-plan', false);
    await dialog.getByRole('button', { name: 'Besuch planen' }).click();
    await page.waitForURL(/\/visits\/[0-9a-f-]{36}$/);
    await page.getByRole('heading', { name: `Besuch bei ${accountName}`, level: 1 }).waitFor();
    await page.getByText(/, 09:30–11:00 Uhr$/).waitFor();

    // The customer asks to start later: the visit is rescheduled in the same form.
    await page.getByRole('button', { name: 'Ändern', exact: true }).click();
    const change = page.getByRole('dialog', { name: 'Besuch ändern' });
    await expect(field(page, 'Agenda').inputValue()).resolves.toContain('Neue Fräse FX-300');
    await field(page, 'Von').fill('10:00');
    await field(page, 'Bis').fill('12:00');
    await change.getByRole('button', { name: 'Speichern' }).click();
    await change.waitFor({ state: 'detached' });
    await page.getByText(/, 10:00–12:00 Uhr$/).waitFor();

    // Materials: a link, a PDF, and a program disguised as PDF that the server refuses by its content.
    await field(page, 'Titel des Links').fill('Produktseite FX-300');
    await field(page, 'Adresse (URL)').fill('https://www.example.com/fx-300');
    await page.getByRole('button', { name: 'Link hinzufügen' }).click();
    await page.getByTestId('material').getByRole('link', { name: 'Produktseite FX-300' }).waitFor();
    const dropzone = page.getByTestId('material-dropzone').locator('input[type=file]');
    await dropzone.setInputFiles({ name: 'Angebot FX-300.pdf', mimeType: 'application/pdf', buffer: pdf });
    await page.getByTestId('material').getByRole('link', { name: 'Angebot FX-300' }).waitFor();
    await page.getByTestId('material-dropzone').waitFor();
    await page
      .getByTestId('material-dropzone')
      .locator('input[type=file]')
      .setInputFiles({ name: 'preisliste.pdf', mimeType: 'application/pdf', buffer: program });
    await page
      .getByTestId('material-problem')
      .getByText(/„preisliste\.pdf“ hat keinen erlaubten Dateityp/)
      .waitFor();
    await expect(page.getByTestId('material').count()).resolves.toBe(2);

    // The calendar file of the visit.
    const ics = await page.getByRole('link', { name: 'In den Kalender (.ics)' }).getAttribute('href');
    const calendar = await context.request.get(url(ics ?? ''));
    expect(calendar.status()).toBe(200);
    expect(calendar.headers()['content-type']).toContain('text/calendar');
    expect(await calendar.text()).toContain(`SUMMARY:Besuch bei ${accountName}`);
    await screenshot(page, '75-visit');
  });

  it('shows the private calendar feed URL, which a new one revokes', async () => {
    await page.goto(url('/settings/profile'));
    const card = page.getByRole('region', { name: 'Kalender-Abo' });
    const feed = card.getByRole('textbox', { name: 'Ihre private Kalender-Adresse' });
    await expect.poll(() => feed.inputValue()).toMatch(/^http/);
    const first = await feed.inputValue();
    const subscribed = await fetch(first);
    expect(subscribed.status).toBe(200);
    expect(await subscribed.text()).toContain(`Besuch bei ${accountName}`);
    await card.getByRole('button', { name: 'Outlook (Microsoft 365 / Outlook im Web)' }).click();
    await card.getByText('„Aus dem Internet abonnieren“', { exact: false }).waitFor();
    await screenshot(page, '76-calendar-feed');

    await card.getByRole('button', { name: 'Neue Adresse' }).click();
    const confirm = page.getByRole('dialog', { name: 'Neue Kalender-Adresse erzeugen?' });
    await confirm.getByRole('button', { name: 'Neue Adresse erzeugen' }).click();
    await confirm.waitFor({ state: 'detached' });
    await expect.poll(() => feed.inputValue()).not.toBe(first);
    expect((await fetch(first)).status).toBe(404);
    expect((await fetch(await feed.inputValue())).status).toBe(200);
  });

  it('reports the visit with feedback and a next step for an internal colleague; the contact is no longer overdue', async () => {
    await page.goto(url('/contact-cadence'));
    await page.getByRole('heading', { name: 'Überfällige Kontakte', level: 1 }).waitFor();
    const tobias = page.getByTestId('overdue-contact').filter({ hasText: 'Tobias Brandt' });
    await tobias.getByText('26 Tage überfällig').waitFor();
    await screenshot(page, '77-overdue-before');

    await page.goto(url(`/accounts/${accountId}?tab=visits`));
    await page
      .getByTestId('visit')
      .getByRole('link', { name: `Besuch bei ${accountName}` })
      .click();
    await page.getByRole('button', { name: 'Besuchsbericht erfassen' }).click();
    const dialog = page.getByRole('dialog', { name: `Besuchsbericht: Besuch bei ${accountName}` });
    await field(page, 'Was wurde besprochen?').fill(
      'FX-300 vorgeführt; Einkauf will ein Angebot mit Wartung. Produktion skeptisch wegen Umrüstzeit.',
    );
    await field(page, 'Rückmeldung zu „Fräse FX-300“').fill('Gute Präzision, Umrüstzeit zu lang.');
    await field(page, 'Rückmeldung zu „Wartungsvertrag“').fill('Interesse an 24-Stunden-Service.');
    await dialog.getByRole('radiogroup', { name: 'Bewertung' }).getByText('4', { exact: true }).click();
    await dialog.getByRole('button', { name: 'Nächsten Schritt hinzufügen' }).click();
    const step = dialog.getByTestId('next-step-row');
    await step.getByRole('textbox', { name: 'Nächster Schritt 1' }).fill('Angebot Wartungsvertrag senden');
    await step.getByRole('textbox', { name: 'Verantwortlich', exact: true }).fill('Lena');
    await page.getByRole('option', { name: internal.name }).click();
    await step.getByRole('textbox', { name: 'Fällig am' }).fill(today);
    await screenshot(page, '78-visit-report', false);
    await dialog.getByRole('button', { name: 'Bericht speichern' }).click();
    await dialog.waitFor({ state: 'detached' });

    const report = page.getByRole('region', { name: 'Besuchsbericht' });
    await report.getByText(/FX-300 vorgeführt/).waitFor();
    await report.getByText('Präsentation', { exact: true }).waitFor();
    await report.getByText(/Angebot Wartungsvertrag senden \(Lena Fischer, bis /).waitFor();
    await page.getByText('Bericht erfasst', { exact: true }).first().waitFor();

    // The presentation log of the account.
    await page.goto(url(`/accounts/${accountId}?tab=visits`));
    const log = page.getByRole('region', { name: 'Präsentationen' });
    await log
      .getByTestId('presentation')
      .filter({ hasText: 'Fräse FX-300' })
      .getByText('Gute Präzision, Umrüstzeit zu lang.')
      .waitFor();
    await screenshot(page, '79-account-visits');

    // The report counts as contact: Tobias Brandt leaves the overdue list.
    await page.goto(url('/contact-cadence'));
    await page.getByRole('heading', { name: 'Überfällige Kontakte', level: 1 }).waitFor();
    await expect
      .poll(() => page.getByTestId('overdue-contact').filter({ hasText: 'Tobias Brandt' }).count())
      .toBe(0);

    // The timeline filters by kind.
    await page.goto(url(`/accounts/${accountId}?tab=activities`));
    await page.getByTestId('interaction').first().waitFor();
    await expect.poll(() => page.getByTestId('interaction').count()).toBe(3);
    await choose(page, 'Art', 'Präsentation');
    await expect.poll(() => page.getByTestId('interaction').count()).toBe(1);
    await screenshot(page, '80-account-timeline');
  });

  it("shows the step on the internal colleague's day, who ticks it off", async () => {
    const colleague = await newPage();
    await signInThroughForm(colleague.page, internal);
    const day = colleague.page;
    await day.getByRole('heading', { name: 'Mein Tag', level: 1 }).waitFor();
    const step = day
      .getByTestId('steps-dueToday')
      .getByTestId('next-step')
      .filter({ hasText: 'Angebot Wartungsvertrag senden' });
    await step.getByRole('link', { name: accountName }).waitFor();
    // Internal colleagues see their steps, not the sellers' relationship work.
    await expect(day.getByRole('link', { name: 'Kontaktrhythmus', exact: true }).count()).resolves.toBe(0);
    await screenshot(day, '81-my-day-internal');
    await step.getByRole('checkbox', { name: 'Erledigt: Angebot Wartungsvertrag senden' }).click();
    await day.getByText('Nichts fällig – alles erledigt.').waitFor();
    await colleague.context.close();
  });

  it("gives the head of sales the team's day per KAM, the team's overdue list and the cadence settings", async () => {
    const lead = await newPage();
    await signInThroughForm(lead.page, headOfSales);
    const day = lead.page;
    await day.getByRole('heading', { name: 'Mein Tag', level: 1 }).waitFor();
    await day.getByRole('radiogroup', { name: 'Ansicht' }).getByText('Team', { exact: true }).click();
    await day.getByTestId('team-row').filter({ hasText: kam.name }).waitFor();
    await screenshot(day, '82-my-day-team');

    await day.getByRole('link', { name: 'Kontaktrhythmus', exact: true }).click();
    await day.getByRole('radiogroup', { name: 'Ansicht' }).getByText('Ganzes Team', { exact: true }).click();
    await day.waitForURL(/scope=team/);
    await screenshot(day, '83-overdue-team');

    await day.goto(url('/settings/contact-cadence'));
    await field(day, 'Stufe 1').fill('21');
    await day.getByRole('button', { name: 'Speichern' }).click();
    await day.getByText('Gespeichert.').waitFor();
    await screenshot(day, '84-cadence-settings');

    // The account's own cadence on the account form.
    await day.goto(url(`/accounts/${accountId}/edit`));
    await field(day, 'Kontaktrhythmus').fill('10');
    await day.getByRole('button', { name: 'Speichern' }).click();
    await day.waitForURL(new RegExp(`/accounts/${accountId}$`));
    await lead.context.close();
  });

  it('reads "Mein Tag" and the buying centre on a phone and in English', async () => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(url('/'));
    await page.getByRole('heading', { name: 'Mein Tag', level: 1 }).waitFor();
    await screenshot(page, '85-my-day-390px');
    await page.goto(url(`/accounts/${accountId}?tab=buying-centre`));
    await page.getByTestId('grid-5-supporter').getByText('Petra Hoffmann').waitFor();
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(width).toBeLessThanOrEqual(390);
    await screenshot(page, '86-buying-centre-390px');

    await page.setViewportSize({ width: 1400, height: 900 });
    await page.getByTestId('user-menu').click();
    await page.getByRole('menuitem', { name: 'English' }).click();
    await page.goto(url('/'));
    await page.getByRole('heading', { name: 'My day', level: 1 }).waitFor();
    await screenshot(page, '87-my-day-english');
    expect(errors.flat()).toEqual([]);
  });
});
