import { useState, type ReactNode } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { useI18n } from '../../../i18n';
import { ErrorMessage } from '../../../components/ErrorMessage';
import { useApiClient } from '../../../lib/api-context';
import { bodyClass, formattedBody } from '../../../lib/html-view';
import { ticketKeys } from '../api/tickets';
import { useTicketMessages } from '../hooks/use-tickets';
import type { MaskingTools, MessageFile, TicketMessage } from '../api/types';

/**
 * The processing history, oldest first. HTML bodies (sanitised by the server) are drawn as their paragraphs and
 * text, never their attributes; `note` adds
 * to a message's line what another feature knows of it (where an escalation answer came from); `maskingTools`
 * shows each body with its masks and masks or unmasks as the ticket's `allowedActions` say.
 */
export function TicketMessages({
  id,
  timeZone,
  note,
  maskingTools,
  allowedActions = [],
}: {
  id: string;
  timeZone?: string;
  note?: (message: TicketMessage) => ReactNode;
  maskingTools?: MaskingTools;
  allowedActions?: readonly string[];
}) {
  const { m, formatDateTime } = useI18n();
  const query = useTicketMessages(id);
  const queryClient = useQueryClient();
  const masking = {
    canMask: allowedActions.includes('masks'),
    canUnmask: allowedActions.includes('unmask'),
    onChanged: () => {
      void queryClient.invalidateQueries({ queryKey: ticketKeys.messages(id) });
      void queryClient.invalidateQueries({ queryKey: ticketKeys.events(id) });
    },
  };
  return (
    <section aria-label={m.tickets.history}>
      <h2>{m.tickets.history}</h2>
      {query.isError && <ErrorMessage error={query.error} fallback={m.tickets.detailLoadFailed} />}
      {query.data && query.data.length === 0 && <p className="muted">{m.tickets.noMessages}</p>}
      {query.data && query.data.length > 0 && (
        <ol className="messages" data-testid="ticket-messages">
          {query.data.map((message) => (
            <li key={message.id} data-testid="ticket-message" data-message-type={message.type} data-message-id={message.id}>
              <div className="message-meta">
                <span className="event-type">{m.messageType[message.type] ?? message.type}</span>
                <span className="event-actor">{message.author}</span>
                <time dateTime={message.createdAt}>{formatDateTime(message.createdAt, timeZone)}</time>
                {note?.(message)}
              </div>
              {maskingTools ? (
                maskingTools.body(id, message, masking)
              ) : (
                <div className={bodyClass(message.format)}>{formattedBody(message.body, message.format)}</div>
              )}
              {message.attachments && message.attachments.length > 0 && (
                <MessageFiles ticketId={id} files={message.attachments} />
              )}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}

/** The files of a message; a click fetches one with the operator's token and saves it under its name. */
function MessageFiles({ ticketId, files }: { ticketId: string; files: MessageFile[] }) {
  const { m, formatSize } = useI18n();
  const client = useApiClient();
  const [error, setError] = useState<unknown>(null);

  async function save(file: MessageFile) {
    setError(null);
    try {
      const blob = await client.download(`/api/v1/tickets/${ticketId}/attachments/${file.id}`);
      const url = URL.createObjectURL(blob);
      const link = document.createElement('a');
      link.href = url;
      link.download = file.fileName;
      link.click();
      URL.revokeObjectURL(url);
    } catch (e) {
      setError(e);
    }
  }

  return (
    <div className="message-files">
      <span className="muted">{m.tickets.attachments}:</span>
      <ul>
        {files.map((file) => (
          <li key={file.id}>
            <button type="button" className="link" data-testid="message-file" onClick={() => void save(file)}>
              {file.fileName}
            </button>{' '}
            <span className="muted">({formatSize(file.size)})</span>
          </li>
        ))}
      </ul>
      {error !== null && <ErrorMessage error={error} fallback={m.tickets.downloadFailed} />}
    </div>
  );
}
