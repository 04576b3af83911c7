import { format, useI18n } from '../../../i18n';
import { useNow } from '../../../lib/use-now';
import type { TicketSla } from '../api/types';
import { sameZonedDay, shortDuration, slaBadgeState, zonedClock } from '../lib/sla';

/** Within this much of its due time a running clock says how long is left ("Due in 1h 20m · 14:30"). */
const RELATIVE_WITHIN_MS = 24 * 60 * 60_000;

/**
 * The SLA badge of a ticket in the list and on the ticket page, from the `sla` the ticket already carries (no request
 * of its own): red "Overdue"; "Due in 1h 20m · 14:30" while a clock runs (amber once past its warning time; the time in
 * the service's zone, with the date when it is not today there); "Paused"; nothing without a running or paused clock.
 */
export function SlaBadge({ sla, timeZone, now: fixedNow }: { sla: TicketSla | null | undefined; timeZone?: string; now?: number }) {
  const { m, locale, formatDateTime } = useI18n();
  const ticking = useNow();
  const now = fixedNow ?? ticking;
  const state = slaBadgeState(sla, now);
  if (state.kind === 'none') return null;
  const s = m.sla;

  let text: string;
  let dateTime: string | undefined;
  let kind: string = state.kind;
  if (state.kind === 'overdue') {
    text = s.overdue;
  } else if (state.kind === 'paused') {
    text = s.paused;
  } else {
    const due = Date.parse(state.dueAt);
    dateTime = state.dueAt;
    if (state.atRisk) kind = 'at-risk';
    text =
      due - now < RELATIVE_WITHIN_MS
        ? `${format(s.dueIn, { in: shortDuration(due - now, m) })} · ${
            sameZonedDay(due, now, timeZone) ? zonedClock(due, locale, timeZone) : formatDateTime(state.dueAt, timeZone)
          }`
        : format(s.dueOn, { time: formatDateTime(state.dueAt, timeZone) });
  }
  const title = format(s.badgeTitle, { state: kind === 'at-risk' ? `${s.atRisk} · ${text}` : text });
  return (
    <span className={`badge sla sla-${kind}`} data-testid="sla-badge" data-sla-state={kind} title={title}>
      {kind === 'at-risk' && (
        <span aria-hidden="true" className="sla-icon">
          ⏰{' '}
        </span>
      )}
      {dateTime ? <time dateTime={dateTime}>{text}</time> : text}
      {kind === 'at-risk' && <span className="visually-hidden"> ({s.atRisk})</span>}
    </span>
  );
}
