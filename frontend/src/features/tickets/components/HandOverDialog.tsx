import { useState } from 'react';
import { Dialog } from '../../../components/Dialog';
import { Field } from '../../../components/Field';
import { ErrorMessage } from '../../../components/ErrorMessage';
import { ApiError } from '../../../lib/api-client';
import { useI18n } from '../../../i18n';
import type { Ticket } from '../api/types';
import { useIntakeOptions } from '../hooks/use-intake';
import { useTicketAction } from '../hooks/use-tickets';
import { GroupAssigneeFields, type GroupAssignee } from '../../../components/GroupAssigneeFields';

type Errors = { groupId?: string | undefined; assignee?: string | undefined };

/**
 * Forward (전달 / 転送: another group, optionally one of its operators, with a note) or assign (admins: an operator
 * of a group) the ticket, on the version the operator saw. The server's field errors show at the fields.
 */
export function HandOverDialog({
  ticket,
  kind,
  onClose,
}: {
  ticket: Ticket;
  kind: 'forward' | 'assign';
  onClose: () => void;
}) {
  const { m } = useI18n();
  const texts = kind === 'forward' ? m.forward : m.assign;
  const options = useIntakeOptions(ticket.serviceCode);
  const mutation = useTicketAction(ticket.id);
  const [target, setTarget] = useState<GroupAssignee>({ groupId: ticket.group?.id ?? '', assignee: '' });
  const [note, setNote] = useState('');
  const [errors, setErrors] = useState<Errors>({});

  function submit() {
    const missing: Errors = {};
    if (!target.groupId) missing.groupId = m.handover.groupRequired;
    if (kind === 'assign' && !target.assignee) missing.assignee = m.handover.assigneeRequired;
    setErrors(missing);
    if (missing.groupId || missing.assignee) return;
    const body =
      kind === 'forward'
        ? { groupId: target.groupId, ...(target.assignee && { assignee: target.assignee }), ...(note.trim() && { note: note.trim() }) }
        : { groupId: target.groupId, assignee: target.assignee };
    mutation.mutate(
      { action: kind, body, version: ticket.version },
      {
        onSuccess: onClose,
        onError: (error) => error instanceof ApiError && setErrors(error.fieldErrorsFor(['groupId', 'assignee'] as const)),
      },
    );
  }

  return (
    <Dialog
      title={`${texts.title} · ${ticket.number}`}
      onClose={onClose}
      testId={`${kind}-dialog`}
      footer={
        <>
          <button type="button" className="secondary" onClick={onClose}>
            {m.common.cancel}
          </button>
          <button type="button" onClick={submit} disabled={mutation.isPending} data-testid={`${kind}-submit`}>
            {mutation.isPending ? m.actions.working : texts.submit}
          </button>
        </>
      }
    >
      <p className="muted">{texts.explanation}</p>
      {options.isError && <ErrorMessage error={options.error} fallback={m.handover.optionsFailed} />}
      <GroupAssigneeFields
        idPrefix={kind}
        options={options.data}
        value={target}
        onChange={setTarget}
        errors={errors}
        groupRequired
        assigneeRequired={kind === 'assign'}
        testIds={{ group: `${kind}-group`, assignee: `${kind}-assignee` }}
      />
      {kind === 'forward' && (
        <Field id="forward-note" label={m.forward.note} hint={m.forward.noteHint}>
          <textarea
            id="forward-note"
            rows={3}
            value={note}
            maxLength={10_000}
            onChange={(e) => setNote(e.target.value)}
            data-testid="forward-note"
            aria-describedby="forward-note-hint"
          />
        </Field>
      )}
      {mutation.isError && !(errors.groupId || errors.assignee) && (
        <ErrorMessage error={mutation.error} fallback={texts.failed} />
      )}
    </Dialog>
  );
}
