import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { type Browser, chromium, type Page } from 'playwright-core';
import { repoRoot } from './server.ts';

/** Debian's chromium; `npx playwright install` cannot download browsers here. */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

export const screenshotDir = path.join(repoRoot, 'e2e', 'screenshots');

export async function screenshot(page: Page, name: string, fullPage = true): Promise<void> {
  await mkdir(screenshotDir, { recursive: true });
  // A full-page picture of a scrolled page would draw the sticky header in the middle.
  if (fullPage) await page.evaluate(() => window.scrollTo(0, 0));
  // Let transitions (menus, modals) settle so the picture shows the resting state.
  await page.waitForTimeout(300);
  await page.screenshot({ path: path.join(screenshotDir, `${name}.png`), fullPage });
}

/** Collects browser errors so a test can assert the page stayed healthy. */
export function watchErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error' && !/status of 4\d\d/.test(message.text()))
      errors.push(`console: ${message.text()}`);
  });
  return errors;
}
