import { useContext } from 'react';
import { LocaleContext } from './context';
import { LOCALES, type Locale } from './locales';
import { en, ja, ko, type Messages, type PartialMessages } from './messages';

export { CHANNELS, TICKET_STATUSES, type Channel, type Messages, type TicketStatus } from './messages';

export { LOCALES, type Locale };
export { LocaleContext };
export {
  LOCALE_NAMES,
  LOCALE_ORDER,
  LOCALE_STORAGE_KEY,
  browserLanguages,
  detectLocale,
  initialLocale,
  isLocale,
  readStoredLocale,
  storeLocale,
} from './locale';
export { LocaleProvider, useLocale } from './LocaleProvider';
export { ServiceTimeZonesProvider, useServiceTimeZones } from './time-zones';
export { isoToZonedInput, zonedInputToIso } from './zoned-time';

const catalogs: Record<Locale, PartialMessages> = { en, ko, ja };

function merge<T>(base: T, override: unknown): T {
  if (!override || typeof override !== 'object') return base;
  const out = { ...base } as Record<string, unknown>;
  for (const [key, value] of Object.entries(override as Record<string, unknown>)) {
    if (value === undefined) continue;
    const current = out[key];
    out[key] =
      current && typeof current === 'object' && typeof value === 'object'
        ? merge(current, value)
        : value;
  }
  return out as T;
}

const cache = new Map<Locale, Messages>();

/** The full message catalogue for a locale: its own strings over the English ones. */
export function getMessages(locale: Locale = 'en'): Messages {
  let messages = cache.get(locale);
  if (!messages) {
    messages = locale === 'en' ? en : merge(en, catalogs[locale]);
    cache.set(locale, messages);
  }
  return messages;
}

/** Replaces `{name}` placeholders. */
export function format(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in values ? String(values[name]) : whole,
  );
}

/** Human label for a ticket status; an unknown status is shown as its code. */
export function statusLabel(status: string, locale: Locale = 'en'): string {
  const labels = getMessages(locale).status as Record<string, string>;
  return labels[status] ?? status;
}

/** Human label for a channel; an unknown channel is shown as its code. */
export function channelLabel(channel: string, locale: Locale = 'en'): string {
  const labels = getMessages(locale).channel as Record<string, string>;
  return labels[channel] ?? channel;
}

/** A date and time as the locale writes it, in `timeZone` (a service's zone) or else the browser's. */
export function formatDateTime(iso: string | null | undefined, locale: Locale = 'en', timeZone?: string): string {
  if (!iso) return '';
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  try {
    return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short', timeZone }).format(date);
  } catch {
    // a zone this browser does not know: its own zone rather than nothing
    return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }).format(date);
  }
}

/** Numbers as the locale writes them, e.g. `formatNumber(1234.5, 'ko', { maximumFractionDigits: 1 })`. */
export function formatNumber(value: number, locale: Locale = 'en', options?: Intl.NumberFormatOptions): string {
  return new Intl.NumberFormat(locale, options).format(value);
}


/** A size in bytes as B / KB / MB, the number written in the locale. */
export function formatSize(bytes: number, locale: Locale = 'en'): string {
  if (bytes < 1024) return `${formatNumber(bytes, locale)} B`;
  const one = { minimumFractionDigits: 1, maximumFractionDigits: 1 };
  if (bytes < 1024 * 1024) return `${formatNumber(bytes / 1024, locale, one)} KB`;
  return `${formatNumber(bytes / (1024 * 1024), locale, one)} MB`;
}

export interface I18n {
  locale: Locale;
  m: Messages;
  statusLabel(status: string): string;
  channelLabel(channel: string): string;
  formatDateTime(iso: string | null | undefined, timeZone?: string): string;
  formatNumber(value: number, options?: Intl.NumberFormatOptions): string;
  formatSize(bytes: number): string;
}

export function useI18n(): I18n {
  const locale = useContext(LocaleContext);
  return {
    locale,
    m: getMessages(locale),
    statusLabel: (status) => statusLabel(status, locale),
    channelLabel: (channel) => channelLabel(channel, locale),
    formatDateTime: (iso, timeZone) => formatDateTime(iso, locale, timeZone),
    formatNumber: (value, options) => formatNumber(value, locale, options),
    formatSize: (bytes) => formatSize(bytes, locale),
  };
}
