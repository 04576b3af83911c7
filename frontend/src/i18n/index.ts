import { createContext, useContext } from 'react';
import { en, ja, ko, type Messages, type PartialMessages } from './messages';

export { CHANNELS, TICKET_STATUSES, type Channel, type Messages, type TicketStatus } from './messages';

export const LOCALES = ['en', 'ko', 'ja'] as const;
export type Locale = (typeof LOCALES)[number];

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

export function formatDateTime(iso: string | null | undefined, locale: Locale = 'en'): string {
  if (!iso) return '';
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }).format(date);
}

export const LocaleContext = createContext<Locale>('en');

export interface I18n {
  locale: Locale;
  m: Messages;
  statusLabel(status: string): string;
  channelLabel(channel: string): string;
  formatDateTime(iso: string | null | undefined): string;
}

export function useI18n(): I18n {
  const locale = useContext(LocaleContext);
  return {
    locale,
    m: getMessages(locale),
    statusLabel: (status) => statusLabel(status, locale),
    channelLabel: (channel) => channelLabel(channel, locale),
    formatDateTime: (iso) => formatDateTime(iso, locale),
  };
}
