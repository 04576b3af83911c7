import { useState, type FormEvent } from 'react';
import { ErrorMessage } from '../../../components/ErrorMessage';
import { format, useI18n } from '../../../i18n';
import { bodyClass, formattedBody } from '../../../lib/html-view';
import { acceptsComments } from '../api/dooray';
import type { DoorayComment, DoorayEscalation } from '../api/types';
import { useDoorayComments, usePostComment, useTicketDoorayEscalations } from '../hooks/use-dooray';
import { DoorayStateBadge } from './DoorayBadges';

/**
 * The ticket's Dooray conversation (Dooray 대화 / Dooray 会話): the latest escalation's task with its workflow state,
 * its comments from both sides and a box to add one until the task is closed (polled while it is open), then the
 * earlier escalations. Nothing when the ticket was never escalated to Dooray.
 */
export function DoorayConversation({ ticketId, timeZone }: { ticketId: string; timeZone?: string }) {
  const { m } = useI18n();
  const d = m.dooray.conversation;
  const query = useTicketDoorayEscalations(ticketId);
  if (query.isError) return <ErrorMessage error={query.error} fallback={d.loadFailed} unavailable={m.dooray.unavailable} />;
  const [latest, ...older] = query.data ?? [];
  if (!latest) return null;
  return (
    <section className="dooray-conversation escalations-panel" aria-labelledby="dooray-conversation-heading"
      data-testid="dooray-conversation">
      <h2 id="dooray-conversation-heading">{d.heading}</h2>
      <DoorayTask escalation={latest} timeZone={timeZone} />
      {/* the escalation is newer than what the list shows: a new key starts its conversation afresh */}
      <Comments key={latest.id} escalation={latest} timeZone={timeZone} />
      {older.length > 0 && (
        <>
          <h3>{d.earlier}</h3>
          <ol className="escalations" data-testid="dooray-earlier">
            {older.map((escalation) => (
              <li key={escalation.id} data-testid="dooray-earlier-escalation">
                <DoorayTask escalation={escalation} timeZone={timeZone} />
              </li>
            ))}
          </ol>
        </>
      )}
    </section>
  );
}

function DoorayTask({ escalation, timeZone }: { escalation: DoorayEscalation; timeZone?: string }) {
  const { m, formatDateTime } = useI18n();
  const d = m.dooray.conversation;
  return (
    <div className="dooray-task" data-testid="dooray-task" data-status={escalation.status}>
      <div className="escalation-heading">
        <span>{escalation.projectName}</span>
        <DoorayStateBadge escalation={escalation} />
      </div>
      <div className="escalation-title">{escalation.subject}</div>
      <div className="message-meta">
        <span>{format(m.escalation.requestedBy, { name: escalation.requestedBy })}</span>
        <time dateTime={escalation.requestedAt}>{formatDateTime(escalation.requestedAt, timeZone)}</time>
        {escalation.taskId && <span className="muted">{format(m.dooray.escalate.taskId, { id: escalation.taskId })}</span>}
        {escalation.lastSyncedAt && (
          <span className="muted">{format(d.synced, { at: formatDateTime(escalation.lastSyncedAt, timeZone) })}</span>
        )}
      </div>
      {escalation.failure && (
        <div className="escalation-refusal" data-testid="dooray-failure">
          <strong>{d.failure}:</strong> {escalation.failure}
        </div>
      )}
    </div>
  );
}

function Comments({ escalation, timeZone }: { escalation: DoorayEscalation; timeZone?: string }) {
  const { m } = useI18n();
  const d = m.dooray.conversation;
  const query = useDoorayComments(escalation, Boolean(escalation.taskId));
  if (!escalation.taskId) return null;
  const comments = query.data ?? [];
  return (
    <>
      {query.isError && <ErrorMessage error={query.error} fallback={d.commentsFailed} unavailable={m.dooray.unavailable} />}
      {query.data && comments.length === 0 && <p className="muted">{d.noComments}</p>}
      {comments.length > 0 && (
        <ol className="messages dooray-comments" data-testid="dooray-comments">
          {comments.map((comment) => (
            <CommentItem key={comment.id} comment={comment} timeZone={timeZone} />
          ))}
        </ol>
      )}
      {acceptsComments(escalation) ? (
        <CommentBox escalation={escalation} />
      ) : (
        escalation.workflowClass === 'closed' && (
          <p className="muted" data-testid="dooray-closed">
            {d.closed}
          </p>
        )
      )}
    </>
  );
}

// Dooray says a comment's format as a MIME type
const commentFormat = (mimeType: string) => (mimeType === 'text/html' ? 'HTML' : 'TEXT');

function CommentItem({ comment, timeZone }: { comment: DoorayComment; timeZone?: string }) {
  const { m, formatDateTime } = useI18n();
  const d = m.dooray.conversation;
  return (
    <li data-testid="dooray-comment" data-from={comment.fromSwitchboard ? 'switchboard' : 'dooray'}
      className={comment.fromSwitchboard ? 'from-switchboard' : 'from-dooray'}>
      <div className="message-meta">
        <span className="event-type" data-testid="dooray-comment-source">
          {comment.fromSwitchboard ? d.fromSwitchboard : d.fromDooray}
        </span>
        <span data-testid="dooray-comment-author">{comment.author.name || comment.author.username || '—'}</span>
        <time dateTime={comment.createdAt}>{formatDateTime(comment.createdAt, timeZone)}</time>
      </div>
      {/* text from Dooray is shown as text; HTML as its text */}
      <div className={bodyClass(commentFormat(comment.mimeType))}>{formattedBody(comment.content, commentFormat(comment.mimeType))}</div>
    </li>
  );
}

function CommentBox({ escalation }: { escalation: DoorayEscalation }) {
  const { m } = useI18n();
  const d = m.dooray.conversation;
  const [content, setContent] = useState('');
  const [missing, setMissing] = useState(false);
  const mutation = usePostComment(escalation);
  const id = 'dooray-comment-input';

  function submit(event: FormEvent) {
    event.preventDefault();
    if (!content.trim()) {
      setMissing(true);
      return;
    }
    setMissing(false);
    mutation.mutate(content, { onSuccess: () => setContent('') });
  }

  return (
    <form onSubmit={submit} noValidate data-testid="dooray-comment-form">
      <div className={missing ? 'field invalid' : 'field'}>
        <label htmlFor={id}>{d.comment}</label>
        <textarea id={id} rows={3} value={content} onChange={(e) => setContent(e.target.value)}
          aria-invalid={missing} aria-describedby={`${id}-hint${missing ? ` ${id}-error` : ''}`} />
        <p className="muted field-hint" id={`${id}-hint`}>
          {d.commentHint}
        </p>
        {missing && (
          <p className="field-error" id={`${id}-error`}>
            {d.commentRequired}
          </p>
        )}
      </div>
      {mutation.isError && <ErrorMessage error={mutation.error} fallback={d.commentFailed} unavailable={m.dooray.unavailable} />}
      <div className="button-row">
        <button type="submit" disabled={mutation.isPending} data-testid="dooray-comment-submit">
          {mutation.isPending ? d.sending : d.send}
        </button>
      </div>
    </form>
  );
}
