import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, motionless, newContext } from './support/browser.ts';
import { signInAs } from './support/fixtures.ts';
import { type RunningServer, startServer } from './support/server.ts';

// Evaluated through the DevTools protocol: Kontor's CSP rightly refuses an inline <script> tag.
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const demoPassword = 'kontor-demo-2026';
const people = {
  headOfSales: 'vertriebsleitung@kontor-demo.example',
  kam: 'kam@kontor-demo.example',
  admin: 'admin@kontor-demo.example',
};
const desktop = { width: 1400, height: 1000 };
const phone = { width: 390, height: 844 };

interface AxeResult {
  violations: { id: string; impact: string; help: string; nodes: { target: string[] }[] }[];
}

/** What axe-core finds on the page as it stands, one line per rule broken (but those in `skip`). */
async function violations(page: Page, skip: string[] = []): Promise<string[]> {
  await page.waitForLoadState('networkidle');
  // A fading menu or modal would be measured in colours it does not rest in.
  await motionless(page);
  await page.evaluate(axeSource);
  const rules = Object.fromEntries(skip.map((id) => [id, { enabled: false }]));
  const result = await page.evaluate(
    (options) =>
      (window as unknown as { axe: { run: (options: object) => Promise<AxeResult> } }).axe.run(options),
    { rules },
  );
  return result.violations.map(
    (rule) =>
      `${rule.impact} ${rule.id}: ${rule.help} (${rule.nodes.length}×, e.g. ${rule.nodes[0]?.target.join(' ')})`,
  );
}

/**
 * Kontor meets WCAG 2.1 AA as axe-core checks it (contrast, names, landmarks, keyboard access to
 * scrolling regions), on the demo workspace's pages, as each role sees them, on a desktop and on
 * a phone.
 */
describe('accessibility', () => {
  let server: RunningServer;
  let browser: Browser;

  beforeAll(async () => {
    server = await startServer();
    await server.cli(['demo', '--accounts', '120']);
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  /** A page signed in as `email`; `visit` goes to a path, or to the first link on it matching `link`. */
  async function session(email: string | null, viewport = desktop) {
    const context = await newContext(browser, { viewport, locale: 'de-DE' });
    context.setDefaultTimeout(20_000);
    if (email) await signInAs(context.request, server.baseUrl, email, demoPassword);
    const page = await context.newPage();
    const found: string[] = [];
    const visit = async (path: string, link?: string) => {
      await page.goto(server.baseUrl + path);
      if (link) {
        const href = await page.locator(link).first().getAttribute('href');
        await page.goto(server.baseUrl + href);
      }
      await page.locator('h1').first().waitFor();
      found.push(...(await violations(page)).map((line) => `${page.url()}: ${line}`));
    };
    /** Opens a dialog with `open`, audits it, and closes it again. */
    const dialog = async (label: string, open: () => Promise<void>) => {
      await open();
      await page.getByRole('dialog').first().waitFor();
      // Mantine draws a modal's title bar as <header>, which axe counts as a second banner; the
      // dialog is named by its title, so screen readers tell it apart. Best practice, not WCAG.
      const modalHeader = ['landmark-no-duplicate-banner', 'landmark-unique'];
      found.push(...(await violations(page, modalHeader)).map((line) => `${label}: ${line}`));
      await page.keyboard.press('Escape');
      await page.getByRole('dialog').first().waitFor({ state: 'detached' });
    };
    const path = () => new URL(page.url()).pathname;
    return { page, found, visit, dialog, path, close: () => context.close() };
  }

  it('on the sign-in page', async () => {
    const { visit, found, close } = await session(null);
    await visit('/login');
    await close();
    expect(found).toEqual([]);
  });

  it('on the portfolio and list pages of the head of sales, a key account and its forms', async () => {
    const { page, visit, dialog, path, found, close } = await session(people.headOfSales);
    for (const list of ['/', '/accounts', '/contacts', '/next-steps', '/contact-cadence']) await visit(list);
    for (const list of ['/portfolio/abc', '/portfolio/key-accounts', '/portfolio/matrix']) await visit(list);
    await visit('/portfolio/key-accounts', 'a[href^="/accounts/0"]');
    const account = path();
    await dialog('key-account decision', () =>
      page.getByRole('button', { name: 'Stufe/KAM ändern' }).click(),
    );
    await visit(`${account}/edit`);
    await visit('/contacts', 'a[href^="/contacts/0"]');
    await visit(`${path()}/edit`);
    await visit('/contacts/new');
    await close();
    expect(found).toEqual([]);
  });

  it("on a key account manager's day, visit, buying centre and forms", async () => {
    const { page, visit, dialog, found, close } = await session(people.kam);
    await visit('/');
    await visit('/', 'a[href^="/visits/"]');
    await visit('/contacts', 'a[href^="/contacts/0"]');
    await dialog('logging form', async () => {
      await page.getByRole('button', { name: 'Kontakt erfassen', exact: true }).click();
      await page.getByRole('menuitem', { name: 'Anruf' }).click();
    });
    await visit('/accounts', 'a[href^="/accounts/0"]');
    await page.getByRole('tab', { name: 'Buying Center' }).click();
    await dialog('buying-centre member', () =>
      page.getByRole('button', { name: 'Bearbeiten' }).first().click(),
    );
    await page.getByRole('tab', { name: 'Besuche' }).click();
    await dialog('visit planning', () => page.getByRole('button', { name: 'Besuch planen' }).first().click());
    await close();
    expect(found).toEqual([]);
  });

  it('on the import and settings pages of the admin', async () => {
    const { visit, found, close } = await session(people.admin);
    await visit('/import');
    await visit('/import', 'a[href^="/import/0"]');
    await visit('/accounts/new');
    await visit('/settings/users');
    await visit('/settings/users', 'a[href^="/settings/users/0"]');
    for (const path of ['/settings/profile', '/settings/contact-cadence', '/settings/industries'])
      await visit(path);
    for (const path of ['/settings/tokens', '/settings/sessions']) await visit(path);
    await close();
    expect(found).toEqual([]);
  });

  it('on a phone', async () => {
    const kam = await session(people.kam, phone);
    await kam.visit('/');
    await kam.visit('/next-steps');
    await kam.visit('/contact-cadence');
    await kam.visit('/accounts', 'a[href^="/accounts/0"]');
    await kam.close();
    const headOfSales = await session(people.headOfSales, phone);
    await headOfSales.visit('/portfolio/abc');
    await headOfSales.visit('/portfolio/matrix');
    await headOfSales.close();
    expect([...kam.found, ...headOfSales.found]).toEqual([]);
  });
});
