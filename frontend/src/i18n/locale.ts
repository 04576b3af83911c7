import { LOCALES, type Locale } from './locales';

/** localStorage key of the language the user chose in the header. */
export const LOCALE_STORAGE_KEY = 'switchboard.locale';

/** Each language named in itself, in the order the header offers them. */
export const LOCALE_NAMES: Record<Locale, string> = { ko: '한국어', ja: '日本語', en: 'English' };
export const LOCALE_ORDER: readonly Locale[] = ['ko', 'ja', 'en'];

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}

/** "ko-KR" → "ko", "JA" → "ja", "en_US" → "en"; undefined for anything we do not offer. */
export function localeOfTag(tag: string | null | undefined): Locale | undefined {
  const primary = tag?.trim().toLowerCase().split(/[-_]/)[0];
  return isLocale(primary) ? primary : undefined;
}

/**
 * The console's language: the saved choice if it is one we offer, else the first of the browser's
 * languages that we offer (by primary subtag: ko*, ja*, en*), else English.
 */
export function detectLocale(stored: string | null | undefined, browserLanguages: readonly string[]): Locale {
  if (isLocale(stored)) return stored;
  for (const tag of browserLanguages) {
    const locale = localeOfTag(tag);
    if (locale) return locale;
  }
  return 'en';
}

/** The saved choice; null when there is none or storage is unavailable (privacy mode, policies). */
export function readStoredLocale(): string | null {
  try {
    return globalThis.localStorage?.getItem(LOCALE_STORAGE_KEY) ?? null;
  } catch {
    return null;
  }
}

export function storeLocale(locale: Locale): void {
  try {
    globalThis.localStorage?.setItem(LOCALE_STORAGE_KEY, locale);
  } catch {
    // Not remembered, but the switch still applies to this page.
  }
}

/** `navigator.languages`, or `navigator.language` where the list is missing or empty. */
export function browserLanguages(): readonly string[] {
  const nav = globalThis.navigator;
  if (!nav) return [];
  if (nav.languages && nav.languages.length > 0) return nav.languages;
  return nav.language ? [nav.language] : [];
}

/** The locale to start with on this page. */
export function initialLocale(): Locale {
  return detectLocale(readStoredLocale(), browserLanguages());
}
