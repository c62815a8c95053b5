import { useTranslation } from 'react-i18next';
import { dayToDate } from './days.ts';
import type { Locale } from './locale.ts';

/** German sales teams read de-DE; English users get British forms (day before month, € before the amount). */
export function intlLocale(locale: string): string {
  return locale === 'en' ? 'en-GB' : 'de-DE';
}

type DateInput = Date | string | number;

function toDate(value: DateInput): Date {
  return value instanceof Date ? value : new Date(value);
}

export function formatDate(value: DateInput, locale: Locale | string): string {
  return new Intl.DateTimeFormat(intlLocale(locale), {
    day: '2-digit',
    month: '2-digit',
    year: 'numeric',
  }).format(toDate(value));
}

export function formatDateTime(value: DateInput, locale: Locale | string): string {
  return new Intl.DateTimeFormat(intlLocale(locale), {
    day: '2-digit',
    month: '2-digit',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
  }).format(toDate(value));
}

export function formatTime(value: DateInput, locale: Locale | string): string {
  return new Intl.DateTimeFormat(intlLocale(locale), { hour: '2-digit', minute: '2-digit' }).format(
    toDate(value),
  );
}

/** "Donnerstag, 26. November 2026": a page's day. */
export function formatLongDay(value: DateInput, locale: Locale | string): string {
  return new Intl.DateTimeFormat(intlLocale(locale), {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
  }).format(toDate(value));
}

/** "Do., 26.11.": a day in a list of this week. */
export function formatShortDay(value: DateInput, locale: Locale | string): string {
  return new Intl.DateTimeFormat(intlLocale(locale), {
    weekday: 'short',
    day: '2-digit',
    month: '2-digit',
  }).format(toDate(value));
}

export function formatNumber(
  value: number,
  locale: Locale | string,
  options?: Intl.NumberFormatOptions,
): string {
  return new Intl.NumberFormat(intlLocale(locale), options).format(value);
}

/** Money travels as integer minor units (cents) plus an ISO currency. */
export function formatMoney(
  minorUnits: number | bigint,
  currency: string,
  locale: Locale | string,
  rounded = false,
): string {
  const format = new Intl.NumberFormat(intlLocale(locale), { style: 'currency', currency });
  const digits = format.resolvedOptions().maximumFractionDigits ?? 2;
  const amount = Number(minorUnits) / 10 ** digits;
  if (!rounded) return format.format(amount);
  return new Intl.NumberFormat(intlLocale(locale), {
    style: 'currency',
    currency,
    minimumFractionDigits: 0,
    maximumFractionDigits: 0,
  }).format(amount);
}

// Intl.DisplayNames instances are costly to create; forms ask for hundreds of names per render.
const displayNames = new Map<string, Intl.DisplayNames>();
const nameCache = new Map<string, string>();

function displayName(type: 'region' | 'language', code: string, locale: string): string {
  const cacheKey = `${type}:${locale}:${code}`;
  const cached = nameCache.get(cacheKey);
  if (cached !== undefined) return cached;
  let names = displayNames.get(`${type}:${locale}`);
  if (!names) {
    names = new Intl.DisplayNames([intlLocale(locale)], { type });
    displayNames.set(`${type}:${locale}`, names);
  }
  let name = code;
  try {
    name = names.of(code) ?? code;
  } catch {
    // An unknown code: show the code itself.
  }
  nameCache.set(cacheKey, name);
  return name;
}

export function countryName(code: string, locale: Locale | string): string {
  return displayName('region', code, locale);
}

export function languageName(code: string, locale: Locale | string): string {
  return displayName('language', code, locale);
}

/** The formatters bound to the current UI language. */
export function useFormat() {
  const { i18n } = useTranslation();
  const locale = i18n.language;
  return {
    locale,
    date: (value: DateInput) => formatDate(value, locale),
    dateTime: (value: DateInput) => formatDateTime(value, locale),
    time: (value: DateInput) => formatTime(value, locale),
    /** A business day (`2026-11-26`) as "26.11.2026", whatever the browser's time zone. */
    day: (day: string) => formatDate(dayToDate(day), locale),
    longDay: (value: DateInput) =>
      formatLongDay(typeof value === 'string' && value.length === 10 ? dayToDate(value) : value, locale),
    shortDay: (value: DateInput) => formatShortDay(value, locale),
    number: (value: number, options?: Intl.NumberFormatOptions) => formatNumber(value, locale, options),
    money: (minorUnits: number | bigint, currency = 'EUR') => formatMoney(minorUnits, currency, locale),
    /** A share (0.4213) as "42,1 %". */
    percent: (share: number, digits = 1) =>
      formatNumber(share, locale, {
        style: 'percent',
        minimumFractionDigits: digits,
        maximumFractionDigits: digits,
      }),
    /** A file's size: "16 Byte", "104 KB", "1,2 MB". */
    fileSize: (bytes: number) => {
      if (bytes < 1024) return `${formatNumber(bytes, locale)} Byte`;
      if (bytes < 1024 * 1024)
        return `${formatNumber(bytes / 1024, locale, { maximumFractionDigits: 0 })} KB`;
      return `${formatNumber(bytes / 1024 / 1024, locale, { maximumFractionDigits: 1 })} MB`;
    },
    /** A share without trailing zeros ("80 %", "82,5 %"), e.g. a threshold. */
    percentShort: (share: number) =>
      formatNumber(share, locale, { style: 'percent', maximumFractionDigits: 1 }),
    /** Whole euros for cards and chart axes ("1.234.567 €"). */
    moneyRounded: (minorUnits: number, currency = 'EUR') => formatMoney(minorUnits, currency, locale, true),
    country: (code: string) => countryName(code, locale),
    language: (code: string) => languageName(code, locale),
  };
}
