import { useI18n } from '../../../i18n';
import type { TicketEvent } from '../api/types';

/** Event types shown as a mail outcome: sent in green, failed in the error colour. */
const MAIL_TONE: Record<string, string> = { MAIL_SENT: 'event-ok', MAIL_FAILED: 'event-error' };

/** The ticket's audit events, oldest first, each with its localised type label. */
export function TicketEvents({ events, timeZone }: { events: TicketEvent[]; timeZone?: string }) {
  const { m, formatDateTime } = useI18n();
  return (
    <ol className="events" data-testid="ticket-events">
      {events.map((event, index) => (
        <li
          key={`${event.at}-${event.type}-${index}`}
          className={MAIL_TONE[event.type]}
          data-testid="ticket-event"
          data-event-type={event.type}
        >
          <time dateTime={event.at}>{formatDateTime(event.at, timeZone)}</time>
          <span className="event-type">
            {event.type === 'MAIL_FAILED' && (
              <span aria-hidden="true" className="event-icon">
                ⚠{' '}
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
