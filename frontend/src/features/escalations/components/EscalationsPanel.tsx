import { ErrorMessage } from '../../../components/ErrorMessage';
import { format, useI18n } from '../../../i18n';
import { bodyClass, formattedBody } from '../../../lib/html-view';
import type { Escalation } from '../api/types';
import { useTicketEscalations } from '../hooks/use-escalations';
import { TicketNumberLink } from './TicketNumberLink';

export function EscalationStatusBadge({ status }: { status: string }) {
  const { m } = useI18n();
  return (
    <span className={`badge escalation-status escalation-${status}`} data-testid="escalation-status" data-status={status}>
      {m.escalation.status[status] ?? status}
    </span>
  );
}

/**
 * The ticket's escalations (이관 내역 / 移管履歴) in both directions: to an issue ticket, with its answer or the
 * refusal, or — on the issue ticket — the ticket it came from. Nothing when there are none.
 */
export function EscalationsPanel({ ticketId, timeZone }: { ticketId: string; timeZone?: string }) {
  const { m } = useI18n();
  const query = useTicketEscalations(ticketId);
  if (query.isError) return <ErrorMessage error={query.error} fallback={m.escalation.loadFailed} />;
  const items = query.data?.items ?? [];
  if (items.length === 0) return null;
  return (
    <section className="escalations-panel" aria-labelledby="escalations-heading" data-testid="escalations-panel">
      <h2 id="escalations-heading">{m.escalation.heading}</h2>
      <ol className="escalations">
        {items.map((escalation) => (
          <EscalationItem key={escalation.id} escalation={escalation} ticketId={ticketId} timeZone={timeZone} />
        ))}
      </ol>
    </section>
  );
}

function EscalationItem({ escalation, ticketId, timeZone }: { escalation: Escalation; ticketId: string; timeZone?: string }) {
  const { m, formatDateTime } = useI18n();
  const e = m.escalation;
  const outgoing = escalation.source.ticketId === ticketId;
  const { answer, target } = escalation;
  return (
    <li data-testid="escalation" data-status={escalation.status} data-direction={outgoing ? 'outgoing' : 'incoming'}>
      <div className="escalation-heading">
        <span className="escalation-direction" data-testid="escalation-direction">
          {outgoing && target.number && <TicketNumberLink template={e.outgoing} number={target.number} />}
          {outgoing && !target.number && format(e.outgoingPending, { service: target.serviceCode })}
          {!outgoing && <TicketNumberLink template={e.incoming} number={escalation.source.number} />}
        </span>
        <EscalationStatusBadge status={escalation.status} />
      </div>
      <div className="escalation-title">{escalation.title}</div>
      <div className="message-meta">
        <span>{format(e.requestedBy, { name: escalation.requestedBy })}</span>
        <time dateTime={escalation.requestedAt}>{formatDateTime(escalation.requestedAt, timeZone)}</time>
      </div>
      {escalation.refusal && (
        <div className="escalation-refusal" data-testid="escalation-refusal">
          <strong>{e.refusal}:</strong> {escalation.refusal}
        </div>
      )}
      {answer && (
        <div className="escalation-answer" data-testid="escalation-answer" data-action={answer.action}>
          <div className="message-meta">
            <span className="event-type">{e.answerAction[answer.action] ?? e.answer}</span>
            <span>{format(e.answeredBy, { name: answer.answeredBy })}</span>
            <time dateTime={answer.answeredAt}>{formatDateTime(answer.answeredAt, timeZone)}</time>
          </div>
          {/* HTML is shown as its text, as the processing history shows HTML messages */}
          <div className={bodyClass(answer.format)}>{formattedBody(answer.content, answer.format)}</div>
        </div>
      )}
    </li>
  );
}
