import { useI18n } from '../../../i18n';
import { ErrorMessage } from '../../../components/ErrorMessage';
import { useTicketMessages } from '../hooks/use-tickets';

/** The processing history, oldest first. HTML bodies are sanitised by the server but shown as text here. */
export function TicketMessages({ id }: { id: string }) {
  const { m, formatDateTime } = useI18n();
  const query = useTicketMessages(id);
  return (
    <section aria-label={m.tickets.history}>
      <h2>{m.tickets.history}</h2>
      {query.isError && <ErrorMessage error={query.error} fallback={m.tickets.detailLoadFailed} />}
      {query.data && query.data.length === 0 && <p className="muted">{m.tickets.noMessages}</p>}
      {query.data && query.data.length > 0 && (
        <ol className="messages" data-testid="ticket-messages">
          {query.data.map((message) => (
            <li key={message.id} data-testid="ticket-message" data-message-type={message.type}>
              <div className="message-meta">
                <span className="event-type">{m.messageType[message.type] ?? message.type}</span>
                <span className="event-actor">{message.author}</span>
                <time dateTime={message.createdAt}>{formatDateTime(message.createdAt)}</time>
              </div>
              <div className="message-body">
                {message.format === 'HTML' ? htmlToText(message.body) : message.body}
              </div>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}

function htmlToText(html: string): string {
  return new DOMParser().parseFromString(html, 'text/html').body.textContent ?? '';
}
