import { useState, type ReactNode } from 'react';
import { useI18n } from '../../../i18n';
import { ErrorMessage } from '../../../components/ErrorMessage';
import {
  INTERNAL_RESOLUTIONS,
  type InternalResolution,
  type ReplyDraft,
  type ReplyTools,
  type Ticket,
  type TicketAction,
} from '../api/types';
import { useTicketAction } from '../hooks/use-tickets';
import { readDraft, writeDraft } from '../lib/drafts';

/** What this section offers; a ticket that allows none of them (a read-only reader's) gets no section at all. */
const OFFERED: readonly string[] = ['keep', 'restore', 'comment', 'hold', 'resolve', 'internal-resolution', 'escalate', 'dooray-escalate', 'forward', 'assign'];
const REPLIES: readonly string[] = ['comment', 'hold', 'resolve'];

/**
 * Processing of one ticket: keep, reply (comment / hold / resolve), close internally, restore, escalate (which
 * opens the app's escalation dialog, `onEscalate`) and escalate to Dooray (the app's button, `doorayEscalate`).
 */
export function TicketActions({
  ticket,
  replyTools,
  onEscalate,
  doorayEscalate,
  onForward,
  onAssign,
}: {
  ticket: Ticket;
  replyTools?: ReplyTools;
  onEscalate?: () => void;
  /** The "Escalate to Dooray" button (it knows whether the service has a Dooray connection). */
  doorayEscalate?: (disabled: boolean) => ReactNode;
  /** Open the forward dialog (offered when the ticket allows `forward`). */
  onForward?: () => void;
  /** Open the assign dialog (admins: offered when the ticket allows `assign`). */
  onAssign?: () => void;
}) {
  const { m } = useI18n();
  const mutation = useTicketAction(ticket.id);
  const [body, setBodyState] = useState(() => readDraft(ticket.id));
  const setBody = (next: string) => {
    setBodyState(next);
    writeDraft(ticket.id, next);
  };
  const [reason, setReason] = useState<InternalResolution>('SPAM');
  const [missingBody, setMissingBody] = useState(false);
  // the server decides from role, assignment, permissions and status; the console only follows it
  const can = (action: TicketAction) => ticket.allowedActions?.includes(action) ?? false;

  const run = (action: TicketAction, payload: unknown, sendsBody = false) => {
    setMissingBody(false);
    mutation.mutate({ action, body: payload, version: ticket.version }, { onSuccess: () => sendsBody && setBody('') });
  };
  const reply = (action: 'comment' | 'hold' | 'resolve') => {
    if (!body.trim()) {
      setMissingBody(true);
      return;
    }
    run(action, { body, format: 'TEXT' }, true);
  };
  const allowed = ticket.allowedActions ?? [];
  const busy = mutation.isPending;
  const mailTypes: ReplyDraft['mailTypes'] = [];
  if (can('resolve')) mailTypes.push('RESOLVE');
  if (can('hold')) mailTypes.push('HOLD');

  const composed: Record<string, unknown> = { escalate: onEscalate, 'dooray-escalate': doorayEscalate, forward: onForward, assign: onAssign };
  if (!allowed.some((a) => OFFERED.includes(a) && (!(a in composed) || composed[a]))) return null;
  return (
    <section className="ticket-actions" aria-label={m.actions.heading} data-testid="ticket-actions">
      <h2>{m.actions.heading}</h2>
      {can('keep') && (
        <button type="button" onClick={() => run('keep', {})} disabled={busy} data-testid="action-keep">
          {m.actions.keep}
        </button>
      )}
      {can('restore') && (
        <button type="button" onClick={() => run('restore', null)} disabled={busy} data-testid="action-restore">
          {m.actions.restore}
        </button>
      )}
      {allowed.includes('escalate') && onEscalate && (
        <button type="button" className="secondary" onClick={onEscalate} disabled={busy} data-testid="action-escalate">
          {m.actions.escalate}
        </button>
      )}
      {allowed.includes('dooray-escalate') && doorayEscalate?.(busy)}
      {can('forward') && onForward && (
        <button type="button" className="secondary" onClick={onForward} disabled={busy} data-testid="action-forward">
          {m.forward.action}
        </button>
      )}
      {can('assign') && onAssign && (
        <button type="button" className="secondary" onClick={onAssign} disabled={busy} data-testid="action-assign">
          {m.assign.action}
        </button>
      )}
      {/* a reply box without a button to send it would only be in the way */}
      {allowed.some((a) => REPLIES.includes(a)) && (
        <>
          <div className="field">
            <label htmlFor="ticket-reply">{m.actions.reply}</label>
            <textarea id="ticket-reply" rows={4} value={body} onChange={(e) => setBody(e.target.value)} />
            {missingBody && <p className="field-error">{m.actions.bodyRequired}</p>}
            {body && (
              <p className="field-hint muted" data-testid="draft-kept">
                {m.actions.draftKept}
              </p>
            )}
          </div>
          <div className="button-row">
            {can('comment') && (
              <button type="button" onClick={() => reply('comment')} disabled={busy} data-testid="action-comment">
                {m.actions.comment}
              </button>
            )}
            {can('hold') && (
              <button type="button" onClick={() => reply('hold')} disabled={busy} data-testid="action-hold">
                {m.actions.hold}
              </button>
            )}
            {can('resolve') && (
              <button type="button" onClick={() => reply('resolve')} disabled={busy} data-testid="action-resolve">
                {m.actions.resolve}
              </button>
            )}
            {replyTools && mailTypes.length > 0 && replyTools({ ticketId: ticket.id, body, mailTypes })}
          </div>
        </>
      )}
      {can('internal-resolution') && (
        <div className="button-row">
          <label htmlFor="ticket-internal-resolution">{m.actions.internalResolution}</label>
          <select
            id="ticket-internal-resolution"
            value={reason}
            onChange={(e) => setReason(e.target.value as InternalResolution)}
          >
            {INTERNAL_RESOLUTIONS.map((r) => (
              <option key={r} value={r}>
                {m.internalResolution[r] ?? r}
              </option>
            ))}
          </select>
          <button
            type="button"
            onClick={() => run('internal-resolution', { reason })}
            disabled={busy}
            data-testid="action-internal-resolution"
          >
            {m.actions.resolveInternally}
          </button>
        </div>
      )}
      {busy && <p className="muted">{m.actions.working}</p>}
      {mutation.isError && <ErrorMessage error={mutation.error} fallback={m.actions.failed} />}
    </section>
  );
}
