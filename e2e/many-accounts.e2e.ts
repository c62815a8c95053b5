import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eventually } from '../test/setup/eventually.ts';
import { launchBrowser, newContext, screenshot, watchErrors } from './support/browser.ts';
import { sameOrigin, signInByApi } from './support/fixtures.ts';
import { type RunningServer, startServer } from './support/server.ts';

const total = 2_000;
const batchSize = 50;
const cities = [
  'München',
  'Köln',
  'Düsseldorf',
  'Nürnberg',
  'Lübeck',
  'Görlitz',
  'Würzburg',
  'Essen',
  'Bremen',
  'Jena',
];

/** The accounts list must stay usable with thousands of rows: virtualised DOM, pages load on scroll. */
describe('accounts list with many rows', () => {
  let server: RunningServer;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let errors: string[];

  beforeAll(async () => {
    server = await startServer();
    browser = await launchBrowser();
    context = await newContext(browser, { viewport: { width: 1400, height: 900 }, locale: 'de-DE' });
    context.setDefaultTimeout(20_000);
    await signInByApi(context.request, server.baseUrl);

    const started = Date.now();
    for (let from = 0; from < total; from += batchSize) {
      const batch = Array.from({ length: Math.min(batchSize, total - from) }, (_, offset) => {
        const n = from + offset + 1;
        return context.request.post(`${server.baseUrl}/api/v1/accounts`, {
          headers: sameOrigin,
          data: {
            name: `Testkunde ${String(n).padStart(4, '0')} GmbH`,
            customerNumber: `M-${String(n).padStart(5, '0')}`,
            city: cities[n % cities.length],
            lifecycleStatus: n % 3 === 0 ? 'prospect' : 'customer',
            isKeyAccount: n % 25 === 0,
            keyAccountTier: n % 25 === 0 ? (n % 3) + 1 : null,
          },
        });
      });
      const responses = await Promise.all(batch);
      const failed = responses.find((response) => response.status() !== 201);
      if (failed) throw new Error(`Creating accounts failed: ${failed.status()} ${await failed.text()}`);
    }
    console.log(`Created ${total} accounts in ${Date.now() - started} ms`);

    page = await context.newPage();
    errors = watchErrors(page);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  const rows = () => page.getByTestId('account-row');
  const loadedCount = async () => {
    const text = (await page.getByTestId('accounts-loaded').textContent()) ?? '';
    return Number(text.replace(/\D/g, ''));
  };

  it('renders only the visible rows', async () => {
    await page.goto(`${server.baseUrl}/accounts`);
    await page.getByRole('link', { name: 'Testkunde 0001 GmbH' }).waitFor();
    const inDom = await rows().count();
    expect(inDom).toBeGreaterThan(5);
    expect(inDom).toBeLessThan(80);
    expect(await loadedCount()).toBeLessThan(total);
    await screenshot(page, '20-accounts-many', false);
  });

  it('loads more while scrolling, and keeps the DOM small', async () => {
    const before = await loadedCount();
    const started = Date.now();
    // Scroll in steps like a user flinging the wheel, until everything is loaded.
    let loaded = before;
    await eventually(
      async () => {
        await page.mouse.wheel(0, 4_000);
        loaded = await loadedCount();
        return loaded === total;
      },
      { timeoutMs: 60_000, message: () => `all ${total} accounts to load while scrolling; ${loaded} did` },
    );
    console.log(`Scrolled through ${total} accounts in ${Date.now() - started} ms`);
    expect(await loadedCount()).toBeGreaterThan(before);

    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
    await page.getByRole('link', { name: 'Testkunde 2000 GmbH' }).waitFor();
    const inDom = await rows().count();
    expect(inDom).toBeLessThan(80);
    const indexes = await rows().evaluateAll((elements) =>
      elements.map((element) => Number(element.dataset.index)),
    );
    expect(Math.max(...indexes)).toBe(total - 1);
    await screenshot(page, '21-accounts-many-end', false);
  });

  // Frame times are printed as a figure, never asserted: tests do not fail on timing.
  it('keeps the DOM small while scrolling fast', async () => {
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.getByRole('link', { name: 'Testkunde 0001 GmbH' }).waitFor();
    const { frames, mostRows } = await page.evaluate(async () => {
      const durations: number[] = [];
      let most = 0;
      let last = performance.now();
      const end = last + 2_000;
      while (performance.now() < end) {
        window.scrollBy(0, 400);
        await new Promise(requestAnimationFrame);
        most = Math.max(most, document.querySelectorAll('[data-index]').length);
        const now = performance.now();
        durations.push(now - last);
        last = now;
      }
      return { frames: durations.sort((a, b) => a - b), mostRows: most };
    });
    const percentile = (p: number) => frames[Math.min(frames.length - 1, Math.floor(frames.length * p))] ?? 0;
    console.log(
      `Scroll frames: ${frames.length}, median ${percentile(0.5).toFixed(1)} ms, p95 ${percentile(0.95).toFixed(1)} ms, worst ${percentile(1).toFixed(1)} ms`,
    );
    expect(mostRows).toBeGreaterThan(0);
    expect(mostRows).toBeLessThan(80);
  });

  it('searches across all rows on the server', async () => {
    await page.goto(`${server.baseUrl}/accounts?q=Testkunde%201999`);
    await page.getByRole('link', { name: 'Testkunde 1999 GmbH' }).waitFor();
    await page.goto(`${server.baseUrl}/accounts?keyAccount=true&sort=customerNumber&order=desc`);
    await page.getByRole('link', { name: 'Testkunde 2000 GmbH' }).waitFor();
    await expect.poll(loadedCount).toBe(total / 25);
  });

  it('exports every account the filters select, in their order, not only the loaded ones', async () => {
    const link = page.getByRole('link', { name: 'Kunden als CSV-Datei herunterladen' });
    const download = await page.request.get(
      new URL((await link.getAttribute('href')) ?? '', server.baseUrl).href,
    );
    const lines = (await download.text())
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    expect(lines[0]).toMatch(/^Kundennummer;Name;/);
    expect(lines).toHaveLength(1 + total / 25);
    expect(lines[1]).toMatch(/^M-02000;Testkunde 2000 GmbH;/);
    const excel = page.getByRole('link', { name: 'Kunden als Excel-Datei herunterladen' });
    expect(await excel.getAttribute('href')).toContain('keyAccount=true');
  });

  it('shows cards at phone width', async () => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(`${server.baseUrl}/accounts`);
    await page.getByRole('link', { name: 'Testkunde 0001 GmbH' }).waitFor();
    expect(await rows().count()).toBeLessThan(40);
    const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(scrollWidth).toBeLessThanOrEqual(390);
    await screenshot(page, '22-accounts-many-390px', false);
  });

  it('had no errors in the browser console', () => {
    expect(errors).toEqual([]);
  });
});
