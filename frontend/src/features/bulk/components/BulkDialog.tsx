import { useId, useState, type FormEvent, type ReactNode } from 'react';
import { Dialog } from '../../../components/Dialog';
import { ErrorMessage } from '../../../components/ErrorMessage';
import { Field } from '../../../components/Field';
import { GroupAssigneeFields } from '../../../components/GroupAssigneeFields';
import { ForbiddenWordsWarning } from '../../../components/ForbiddenWordsWarning';
import { format, useI18n } from '../../../i18n';
import { findForbiddenWords, useForbiddenWords } from '../../../lib/forbidden-words';
import type { BulkAction, BulkJob, BulkJobRequest, BulkTicket } from '../api/bulk-jobs';
import { useServiceGroups, useStartBulkJob } from '../hooks/use-bulk-jobs';
import { isReply, ticketsAllowing } from '../lib/bulk-actions';

/** What a template picker gets in the reply dialog: the services of the tickets, and how to put text in the reply. */
export interface BulkReplyDraft {
  serviceCodes: string[];
  body: string;
  setBody: (body: string) => void;
}

/** A template picker (or other reply helper) beside the reply box, composed by the app. */
export type BulkReplyTools = (draft: BulkReplyDraft) => ReactNode;

/**
 * The form of one bulk action for the selected tickets that allow it: a reply (comment, hold, resolve) or a group and
 * operator (assign, forward with an optional note). The versions the user saw go along, so a ticket changed since
 * fails as stale instead of being overwritten. A hold or resolve reply holding a forbidden word of one of the tickets'
 * services is not sent: the words are shown, as in the ticket's own editor.
 */
export function BulkDialog({
  action,
  tickets,
  replyTools,
  onClose,
  onStarted,
}: {
  action: BulkAction;
  tickets: BulkTicket[];
  replyTools?: BulkReplyTools;
  onClose: () => void;
  onStarted: (job: BulkJob) => void;
}) {
  const { m } = useI18n();
  const id = useId();
  const targets = ticketsAllowing(tickets, action);
  const services = [...new Set(targets.map((t) => t.serviceCode))];
  const needsGroup = !isReply(action);
  const service = needsGroup && services.length === 1 ? services[0]! : null;
  const groups = useServiceGroups(service);
  const start = useStartBulkJob(onStarted);
  const [body, setBody] = useState('');
  const [groupId, setGroupId] = useState('');
  const [assignee, setAssignee] = useState('');
  const [note, setNote] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  // a reply mailed to customers is refused per ticket when it holds a word of that ticket's service
  const mailsReply = action === 'hold' || action === 'resolve';
  const found = findForbiddenWords(body, 'TEXT', useForbiddenWords(services, mailsReply));

  function submit(event: FormEvent) {
    event.preventDefault();
    const missing: Record<string, string> = {};
    if (isReply(action) && !body.trim()) missing.body = m.bulk.bodyRequired;
    if (needsGroup && !groupId) missing.groupId = m.bulk.groupRequired;
    if (action === 'assign' && !assignee) missing.assignee = m.bulk.assigneeRequired;
    setErrors(missing);
    if (Object.keys(missing).length > 0) return;
    const request: BulkJobRequest = {
      ticketIds: targets.map((t) => t.id),
      action,
      versions: Object.fromEntries(targets.map((t) => [t.id, t.version])),
      ...(isReply(action) ? { body } : { groupId, ...(assignee && { assignee }) }),
      ...(action === 'forward' && note.trim() && { note }),
    };
    start.mutate(request);
  }

  const left = tickets.length - targets.length;
  const oneService = !needsGroup || service !== null;
  return (
    <Dialog
      title={format(m.bulk.dialogTitle, { action: m.bulk.actions[action], count: targets.length })}
      onClose={onClose}
      testId="bulk-dialog"
      footer={
        <>
          <button type="button" className="secondary" onClick={onClose}>
            {m.bulk.cancel}
          </button>
          <button type="submit" form={`${id}-form`} data-testid="bulk-submit" disabled={start.isPending || !oneService || (mailsReply && found.length > 0)}>
            {start.isPending ? m.bulk.submitting : m.bulk.submit}
          </button>
        </>
      }
    >
      <form id={`${id}-form`} onSubmit={submit} noValidate>
        {left > 0 && (
          <p className="muted" data-testid="bulk-left-out">
            {format(m.bulk.notAllowed, { count: left })}
          </p>
        )}
        {isReply(action) && (
          <Field
            id={`${id}-body`}
            label={action === 'comment' ? m.bulk.comment : m.bulk.reply}
            hint={action === 'comment' ? m.bulk.commentHint : m.bulk.replyHint}
            error={errors.body}
            required
          >
            {replyTools?.({ serviceCodes: services, body, setBody })}
            <textarea
              id={`${id}-body`}
              data-testid="bulk-body"
              data-autofocus
              rows={8}
              value={body}
              aria-required="true"
              aria-invalid={errors.body ? 'true' : undefined}
              aria-describedby={errors.body ? `${id}-body-error` : `${id}-body-hint`}
              onChange={(e) => setBody(e.target.value)}
            />
          </Field>
        )}
        {mailsReply && <ForbiddenWordsWarning words={found} />}
        {needsGroup && !oneService && (
          <p className="alert" role="alert" data-testid="bulk-one-service">
            {m.bulk.oneService}
          </p>
        )}
        {needsGroup && oneService && (
          <>
            {groups.error && <ErrorMessage error={groups.error} fallback={m.bulk.loadFailed} />}
            <GroupAssigneeFields
              idPrefix={id}
              options={groups.data}
              value={{ groupId, assignee }}
              onChange={(next) => {
                setGroupId(next.groupId);
                setAssignee(next.assignee);
              }}
              errors={{ groupId: errors.groupId, assignee: errors.assignee }}
              groupRequired
              assigneeRequired={action === 'assign'}
              autoFocus
              testIds={{ group: 'bulk-group', assignee: 'bulk-assignee' }}
            />
            {action === 'forward' && (
              <Field id={`${id}-note`} label={m.bulk.note}>
                <textarea id={`${id}-note`} data-testid="bulk-note" rows={3} value={note} onChange={(e) => setNote(e.target.value)} />
              </Field>
            )}
          </>
        )}
        {start.error && <ErrorMessage error={start.error} fallback={m.bulk.startFailed} />}
      </form>
    </Dialog>
  );
}
