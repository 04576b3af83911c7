import { useEffect, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import { useI18n } from '../../../i18n';
import { ErrorMessage } from '../../../components/ErrorMessage';
import {
  INTERNAL_RESOLUTIONS,
  type InternalResolution,
  type ReplyDraft,
  type ReplyTools,
  type TemplateSource,
  type Ticket,
  type TicketAction,
} from '../api/types';
import { useTicketAction } from '../hooks/use-tickets';
import { useAttachmentUploads, useEditorType, useMyGroups } from '../hooks/use-editor';
import { readDraft, writeDraft } from '../lib/drafts';
import { findForbiddenWords, useForbiddenWords } from '../../../lib/forbidden-words';
import { ForbiddenWordsWarning } from '../../../components/ForbiddenWordsWarning';
import { hasContent, textToHtml } from '../lib/reply-text';
import { pageShortcut, replyShortcut } from '../lib/shortcuts';
import { AttachmentDrop } from './editor/AttachmentDrop';
import { ReplyEditor, type ReplyEditorHandle } from './editor/ReplyEditor';
import { ShortcutHelp } from './editor/ShortcutHelp';
import { TemplatePicker } from './editor/TemplatePicker';
import { KeepGroupDialog } from './KeepGroupDialog';

/** What this section offers; a ticket that allows none of them (a read-only reader's) gets no section at all. */
const OFFERED: readonly string[] = ['keep', 'restore', 'comment', 'hold', 'resolve', 'internal-resolution', 'escalate', 'dooray-escalate', 'forward', 'assign'];
const REPLIES: readonly string[] = ['comment', 'hold', 'resolve'];
type Reply = 'comment' | 'hold' | 'resolve';

/**
 * Processing of one ticket: keep, reply (comment / hold / resolve) in the service's editor with templates and
 * attachments, close internally, restore, escalate (which opens the app's escalation dialog, `onEscalate`) and
 * escalate to Dooray (the app's button, `doorayEscalate`). Keyboard shortcuts are listed by `?`.
 */
export function TicketActions({
  ticket,
  replyTools,
  onEscalate,
  doorayEscalate,
  templates,
  onForward,
  onAssign,
}: {
  ticket: Ticket;
  replyTools?: ReplyTools;
  onEscalate?: () => void;
  /** The "Escalate to Dooray" button (it knows whether the service has a Dooray connection). */
  doorayEscalate?: (disabled: boolean) => ReactNode;
  /** The service's reply templates (`/code` in the reply, and the "Templates" button). */
  templates?: TemplateSource;
  /** Open the forward dialog (offered when the ticket allows `forward`). */
  onForward?: () => void;
  /** Open the assign dialog (admins: offered when the ticket allows `assign`). */
  onAssign?: () => void;
}) {
  const { m } = useI18n();
  const mutation = useTicketAction(ticket.id);
  // the server decides from role, assignment, permissions and status; the console only follows it
  const can = (action: TicketAction) => ticket.allowedActions?.includes(action) ?? false;
  const allowed = ticket.allowedActions ?? [];
  const replies = allowed.some((a) => REPLIES.includes(a));
  const format = useEditorType(ticket.serviceCode, replies);
  const forbiddenWords = useForbiddenWords([ticket.serviceCode], can('hold') || can('resolve'));
  const groups = useMyGroups(ticket.serviceCode, can('keep')).data ?? [];
  const uploads = useAttachmentUploads(ticket.id);
  const editor = useRef<ReplyEditorHandle>(null);

  const [body, setBodyState] = useState(() => readDraft(ticket.id));
  const setBody = (next: string) => {
    setBodyState(next);
    writeDraft(ticket.id, next);
  };
  // a draft typed before the service's editor was known (plain) continues as rich text
  useEffect(() => {
    if (format === 'HTML' && body && !/<[a-z][^>]*>/i.test(body)) setBody(textToHtml(body));
    // only when the format becomes known
  }, [format]);
  const [reason, setReason] = useState<InternalResolution>('SPAM');
  const [missingBody, setMissingBody] = useState(false);
  const [choosingGroup, setChoosingGroup] = useState(false);
  const [pickingTemplate, setPickingTemplate] = useState(false);
  const [showingShortcuts, setShowingShortcuts] = useState(false);

  const busy = mutation.isPending;
  const found = findForbiddenWords(body, format, forbiddenWords);
  const sendable = (action: Reply) => can(action) && !busy && !uploads.uploading && (action === 'comment' || found.length === 0);

  const run = (action: TicketAction, payload: unknown, sendsBody = false) => {
    setMissingBody(false);
    mutation.mutate(
      { action, body: payload, version: ticket.version },
      { onSuccess: () => sendsBody && (setBody(''), uploads.clear()) },
    );
  };
  const reply = (action: Reply) => {
    if (!sendable(action)) return;
    if (!hasContent(body, format)) {
      setMissingBody(true);
      return;
    }
    run(action, { body, format, ...(uploads.ids.length > 0 && { attachments: uploads.ids }) }, true);
  };
  const keep = (groupId?: string) => {
    setChoosingGroup(false);
    run('keep', groupId ? { groupId } : {});
  };
  const startKeep = () => (groups.length > 1 ? setChoosingGroup(true) : keep());

  const shortcut = useRef<(event: globalThis.KeyboardEvent) => void>(() => {});
  shortcut.current = (event) => {
    const action = pageShortcut(event);
    if (!action || choosingGroup || showingShortcuts || pickingTemplate) return;
    if (action === 'keep' && can('keep') && !busy) startKeep();
    else if (action === 'reply' && replies) editor.current?.focus();
    else if (action === 'templates' && replies && templates) setPickingTemplate(true);
    else if (action === 'help') setShowingShortcuts(true);
    else return;
    event.preventDefault();
  };
  useEffect(() => {
    const listener = (event: globalThis.KeyboardEvent) => shortcut.current(event);
    document.addEventListener('keydown', listener);
    return () => document.removeEventListener('keydown', listener);
  }, []);
  const editorKeys = (event: KeyboardEvent) => {
    const action = replyShortcut(event.nativeEvent);
    if (!action) return;
    event.preventDefault();
    reply(action);
  };

  // without an address notification-service mails nothing (the delivery is skipped), so there is no mail to preview
  const mailsCustomer = Boolean(ticket.customer?.email);
  const mailTypes: ReplyDraft['mailTypes'] = [];
  if (mailsCustomer && can('resolve')) mailTypes.push('RESOLVE');
  if (mailsCustomer && can('hold')) mailTypes.push('HOLD');

  const composed: Record<string, unknown> = { escalate: onEscalate, 'dooray-escalate': doorayEscalate, forward: onForward, assign: onAssign };
  if (!allowed.some((a) => OFFERED.includes(a) && (!(a in composed) || composed[a]))) return null;
  const replyButton = (action: Reply) =>
    can(action) && (
      <button type="button" onClick={() => reply(action)} disabled={!sendable(action)} data-testid={`action-${action}`}>
        {m.actions[action]}
      </button>
    );
  return (
    <section className="ticket-actions" aria-label={m.actions.heading} data-testid="ticket-actions">
      <h2>{m.actions.heading}</h2>
      {can('keep') && (
        <button type="button" onClick={startKeep} disabled={busy} data-testid="action-keep">
          {m.actions.keep}
        </button>
      )}
      {choosingGroup && <KeepGroupDialog groups={groups} onKeep={keep} onClose={() => setChoosingGroup(false)} />}
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
      {replies && (
        <>
          <div className="field">
            <ReplyEditor
              ref={editor}
              id="ticket-reply"
              format={format}
              value={body}
              onChange={setBody}
              templates={templates}
              onKeyDown={editorKeys}
            />
            {missingBody && <p className="field-error">{m.actions.bodyRequired}</p>}
            {body && (
              <p className="field-hint muted" data-testid="draft-kept">
                {m.actions.draftKept}
              </p>
            )}
          </div>
          <ForbiddenWordsWarning words={found} />
          <AttachmentDrop files={uploads.files} onAdd={uploads.add} onRemove={uploads.remove} />
          {uploads.uploading && <p className="muted">{m.editor.waitForUploads}</p>}
          {!mailsCustomer && (can('hold') || can('resolve')) && (
            <p className="muted" data-testid="no-customer-email">
              {m.editor.noCustomerEmail}
            </p>
          )}
          <div className="button-row">
            {replyButton('comment')}
            {replyButton('hold')}
            {replyButton('resolve')}
            {templates && (
              <TemplatePicker
                templates={templates}
                format={format}
                open={pickingTemplate}
                onOpenChange={setPickingTemplate}
                onInsert={(text) => editor.current?.insert(text)}
              />
            )}
            {replyTools && mailTypes.length > 0 && replyTools({ ticketId: ticket.id, body, format, mailTypes })}
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
      <p className="field-hint muted">{m.editor.shortcutsHint}</p>
      {showingShortcuts && <ShortcutHelp onClose={() => setShowingShortcuts(false)} />}
      {busy && <p className="muted">{m.actions.working}</p>}
      {mutation.isError && <ErrorMessage error={mutation.error} fallback={m.actions.failed} />}
    </section>
  );
}
