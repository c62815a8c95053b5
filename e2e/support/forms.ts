import type { Locator, Page } from 'playwright-core';

/**
 * A form field by its label (required fields carry a trailing " *"). Only the input itself: a
 * combobox's option list is labelled by the same label.
 */
export function field(page: Page, label: string) {
  return page
    .getByLabel(new RegExp(`^${label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}( \\*)?$`))
    .and(page.locator('input, textarea'));
}

/** Picks an option in a Mantine select (inside `scope`, e.g. a dialog; options open in a portal). */
export async function choose(page: Page, label: string, option: string, scope: Page | Locator = page) {
  await scope.getByRole('textbox', { name: label, exact: true }).click();
  await page.getByRole('option', { name: option, exact: true }).click();
}
