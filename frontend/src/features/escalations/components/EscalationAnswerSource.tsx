import { useI18n } from '../../../i18n';
import type { Escalation, HistoryMessage } from '../api/types';
import { useTicketEscalations } from '../hooks/use-escalations';
import { TicketNumberLink } from './TicketNumberLink';

/**
 * The escalation a posted answer came from. The message does not name it: it is the answered escalation of this
 * ticket by the message's author whose answer time is nearest to the message's.
 */
export function answeredEscalation(items: Escalation[], ticketId: string, message: HistoryMessage): Escalation | undefined {
  const answered = items.filter((e) => e.source.ticketId === ticketId && e.answer && e.target.number);
  const byAuthor = answered.filter((e) => e.answer!.answeredBy === message.author);
  const candidates = byAuthor.length > 0 ? byAuthor : answered;
  const distance = (e: Escalation) => Math.abs(Date.parse(e.answer!.answeredAt) - Date.parse(message.createdAt));
  return [...candidates].sort((a, b) => distance(a) - distance(b))[0];
}

/** "from DEV-12" beside an escalation answer of the processing history; nothing for other messages. */
export function EscalationAnswerSource({ ticketId, message }: { ticketId: string; message: HistoryMessage }) {
  if (message.type !== 'ESCALATION_ANSWER') return null;
  return <AnswerSource ticketId={ticketId} message={message} />;
}

function AnswerSource({ ticketId, message }: { ticketId: string; message: HistoryMessage }) {
  const { m } = useI18n();
  // the same query as the escalations panel: read once for both
  const query = useTicketEscalations(ticketId);
  const escalation = query.data && answeredEscalation(query.data.items, ticketId, message);
  if (!escalation?.target.number) return null;
  return (
    <span className="escalation-source" data-testid="escalation-answer-source">
      <TicketNumberLink template={m.escalation.answerFrom} number={escalation.target.number} />
    </span>
  );
}
