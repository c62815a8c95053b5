import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import de from './de.json' with { type: 'json' };
import en from './en.json' with { type: 'json' };
import { isLocale, type Locale, rememberLocale, storedLocale } from './locale.ts';

export const resources = { de: { translation: de }, en: { translation: en } } as const;

void i18n.use(initReactI18next).init({
  resources,
  lng: storedLocale(),
  fallbackLng: 'de',
  supportedLngs: ['de', 'en'],
  interpolation: { escapeValue: false },
  returnNull: false,
});

document.documentElement.lang = i18n.language;
i18n.on('languageChanged', (lng) => {
  document.documentElement.lang = lng;
});

export function currentLocale(): Locale {
  return isLocale(i18n.language) ? i18n.language : 'de';
}

/** Switches the UI language and remembers it in this browser. */
export async function applyLocale(locale: string): Promise<void> {
  if (!isLocale(locale)) return;
  rememberLocale(locale);
  if (i18n.language !== locale) await i18n.changeLanguage(locale);
}

export default i18n;
