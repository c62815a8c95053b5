export const locales = ['de', 'en'] as const;
export type Locale = (typeof locales)[number];

const STORAGE_KEY = 'kontor.locale';

export function isLocale(value: unknown): value is Locale {
  return value === 'de' || value === 'en';
}

/** The language remembered in this browser (used before anyone is signed in). */
export function storedLocale(): Locale {
  try {
    const value = localStorage.getItem(STORAGE_KEY);
    return isLocale(value) ? value : 'de';
  } catch {
    return 'de';
  }
}

export function rememberLocale(locale: Locale): void {
  try {
    localStorage.setItem(STORAGE_KEY, locale);
  } catch {
    // Private mode or storage disabled: the choice then lasts for this page only.
  }
}
