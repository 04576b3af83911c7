import { useI18n } from '../../../i18n';
import type { TicketEvent } from '../api/types';

/**
 * Event types that stand out: a mail sent or an escalation answered in green, a failed mail in the error colour,
 * an escalation (out of this ticket or into it) in the colour of the escalated statuses.
 */
const TONE: Record<string, string> = {
  MAIL_SENT: 'event-ok',
  MAIL_FAILED: 'event-error',
  ESCALATED: 'event-escalation',
  ESCALATION_RECEIVED: 'event-escalation',
  ESCALATION_ANSWERED: 'event-ok',
  DOORAY_ESCALATED: 'event-escalation',
  DOORAY_IN_PROGRESS: 'event-escalation',
  DOORAY_ANSWERED: 'event-ok',
};
/** A sign before the label of these types, so they are seen at a glance (not read aloud: the label says it). */
const ICON: Record<string, string> = {
  MAIL_FAILED: '⚠',
  ESCALATED: '↗',
  ESCALATION_RECEIVED: '↘',
  ESCALATION_ANSWERED: '↩',
  DOORAY_ESCALATED: '↗',
  DOORAY_ANSWERED: '↩',
};

/** The ticket's audit events, oldest first, each with its localised type label. */
export function TicketEvents({ events, timeZone }: { events: TicketEvent[]; timeZone?: string }) {
  const { m, formatDateTime } = useI18n();
  return (
    <ol className="events" data-testid="ticket-events">
      {events.map((event, index) => (
        <li
          key={`${event.at}-${event.type}-${index}`}
          className={TONE[event.type]}
          data-testid="ticket-event"
          data-event-type={event.type}
        >
          <time dateTime={event.at}>{formatDateTime(event.at, timeZone)}</time>
          <span className="event-type">
            {ICON[event.type] && (
              <span aria-hidden="true" className="event-icon">
                {ICON[event.type]}{' '}
              </span>
            )}
            {m.eventType[event.type] ?? event.type}
          </span>
          {event.actor && <span className="event-actor">{event.actor}</span>}
          <span className="event-summary">{event.summary}</span>
        </li>
      ))}
    </ol>
  );
}
