import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import {
  type Browser,
  type BrowserContext,
  type BrowserContextOptions,
  chromium,
  type Page,
} from 'playwright-core';
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

/**
 * A browser context that asks for reduced motion, as some users do: the web app then opens
 * menus and dialogs at once (theme.ts respects it), so a test never catches one half-faded.
 */
export function newContext(browser: Browser, options: BrowserContextOptions = {}): Promise<BrowserContext> {
  return browser.newContext({ reducedMotion: 'reduce', ...options });
}

/** Waits until no CSS transition or animation is under way (loaders spin for ever and do not count). */
export async function motionless(page: Page): Promise<void> {
  await page.waitForFunction(() =>
    document
      .getAnimations()
      .every(
        (animation) =>
          animation.playState !== 'running' || animation.effect?.getComputedTiming().iterations === Infinity,
      ),
  );
}

export const screenshotDir = path.join(repoRoot, 'e2e', 'screenshots');

export async function screenshot(page: Page, name: string, fullPage = true): Promise<void> {
  await mkdir(screenshotDir, { recursive: true });
  // A full-page picture of a scrolled page would draw the sticky header in the middle.
  if (fullPage) await page.evaluate(() => window.scrollTo(0, 0));
  // The picture shows the resting state, not a menu or modal on its way in.
  await motionless(page);
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
