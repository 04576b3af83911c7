import { format, type Messages } from '../../../i18n';
import { isoDurationMinutes, splitMinutes } from '../../../lib/iso-duration';
import type { TicketSla } from '../api/types';

/** What the SLA badge says: overdue, running (at risk once past a warning time), paused, or nothing. */
export type SlaBadgeState =
  | { kind: 'overdue' }
  | { kind: 'running'; dueAt: string; atRisk: boolean }
  | { kind: 'paused' }
  | { kind: 'none' };

/**
 * The badge of a ticket's SLA at `now`: overdue when the server says so or the next due time has passed (between two
 * polls); running with the earliest due time of a running clock; paused when clocks wait and none runs; nothing
 * without a policy or once every clock is met.
 */
export function slaBadgeState(sla: TicketSla | null | undefined, now: number): SlaBadgeState {
  if (!sla) return { kind: 'none' };
  const running = sla.clocks
    .filter((c) => c.state === 'RUNNING' && c.dueAt)
    .sort((a, b) => Date.parse(a.dueAt!) - Date.parse(b.dueAt!));
  const dueAt = sla.nextDueAt ?? running[0]?.dueAt ?? null;
  if (sla.overdue || (dueAt && Date.parse(dueAt) <= now)) return { kind: 'overdue' };
  if (dueAt && running.length > 0) {
    const atRisk = running.some((c) => c.warnAt && Date.parse(c.warnAt) <= now);
    return { kind: 'running', dueAt, atRisk };
  }
  if (sla.clocks.some((c) => c.state === 'PAUSED')) return { kind: 'paused' };
  return { kind: 'none' };
}

/** Time left, short: `1h 20m`, `2d 3h`, `45m` (under a minute: `1m`). */
export function shortDuration(ms: number, m: Messages): string {
  const total = Math.max(1, Math.ceil(ms / 60_000));
  const { days, hours, minutes } = splitMinutes(total);
  const s = m.sla.short;
  const parts = days > 0
    ? [format(s.day, { n: days }), hours > 0 && format(s.hour, { n: hours })]
    : [hours > 0 && format(s.hour, { n: hours }), minutes > 0 && format(s.minute, { n: minutes })];
  return parts.filter(Boolean).join(' ');
}

/** An ISO-8601 duration in words: `PT4H` → "4 hours", `PT1H30M` → "1 hour 30 minutes"; unreadable ones as sent. */
export function durationInWords(iso: string | null | undefined, m: Messages): string {
  const total = isoDurationMinutes(iso);
  if (total === null) return iso ?? '—';
  const { days, hours, minutes } = splitMinutes(total);
  const w = m.sla.words;
  const parts = [
    days > 0 && (days === 1 ? w.day : format(w.days, { n: days })),
    hours > 0 && (hours === 1 ? w.hour : format(w.hours, { n: hours })),
    (minutes > 0 || total === 0) && (minutes === 1 ? w.minute : format(w.minutes, { n: minutes })),
  ];
  return parts.filter(Boolean).join(' ');
}

function zonedParts(instant: number, locale: string, timeZone: string | undefined, options: Intl.DateTimeFormatOptions) {
  try {
    return new Intl.DateTimeFormat(locale, { ...options, timeZone }).format(instant);
  } catch {
    // a zone this browser does not know: its own, as formatDateTime does
    return new Intl.DateTimeFormat(locale, options).format(instant);
  }
}

/** The wall-clock time (`14:30`) of an instant in the service's zone. */
export function zonedClock(instant: number, locale: string, timeZone?: string): string {
  return zonedParts(instant, locale, timeZone, { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
}

/** Whether two instants fall on the same day in the service's zone. */
export function sameZonedDay(a: number, b: number, timeZone?: string): boolean {
  const day = (instant: number) => zonedParts(instant, 'en-CA', timeZone, { year: 'numeric', month: '2-digit', day: '2-digit' });
  return day(a) === day(b);
}
