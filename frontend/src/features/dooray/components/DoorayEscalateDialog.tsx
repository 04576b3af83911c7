import { useEffect, useRef, useState, type FormEvent } from 'react';
import { Dialog } from '../../../components/Dialog';
import { ErrorMessage } from '../../../components/ErrorMessage';
import { Field, describedBy } from '../../../components/Field';
import { format, useI18n } from '../../../i18n';
import { ApiError } from '../../../lib/api-client';
import { DOORAY_PRIORITIES, type DoorayEscalation, type DoorayPriority, type DoorayTicket } from '../api/types';
import { useDoorayConnection, useProjectMembers, useProjectTags, useRequestDoorayEscalation } from '../hooks/use-dooray';
import {
  SUBJECT_MAX_LENGTH,
  buildDoorayEscalationRequest,
  groupKey,
  inputOfServerField,
  validateDoorayEscalation,
  type DoorayEscalateErrors,
  type DoorayEscalateValues,
} from '../lib/escalate-form';
import { DoorayStateBadge } from './DoorayBadges';
import { MemberPicker } from './MemberPicker';
import { TagPicker } from './TagPicker';

/** Fixed ids: one such dialog per page. */
const idOf = (name: string) => `dooray-${name}`;

/**
 * Escalation of a ticket to a Dooray! task: project, to / cc, tags, subject, body (markdown), priority; then the
 * task as Dooray registered it. `onEscalated` reloads the ticket (now escalated to Dooray).
 */
export function DoorayEscalateDialog({
  ticket,
  onClose,
  onEscalated,
}: {
  ticket: DoorayTicket;
  onClose: () => void;
  onEscalated: () => void;
}) {
  const { m } = useI18n();
  const [created, setCreated] = useState<DoorayEscalation | null>(null);
  return (
    <Dialog title={m.dooray.escalate.title} onClose={onClose} className="wide" testId="dooray-escalate-dialog">
      {created ? (
        <DoorayTaskCreated escalation={created} onShown={onEscalated} onClose={onClose} />
      ) : (
        <DoorayEscalateForm ticket={ticket} onCreated={setCreated} onCancel={onClose} />
      )}
    </Dialog>
  );
}

type Values = Omit<DoorayEscalateValues, 'to'> & {
  /** null until the operator touches it: the project's representative registrant then. */
  to: string[] | null;
};

function DoorayEscalateForm({
  ticket,
  onCreated,
  onCancel,
}: {
  ticket: DoorayTicket;
  onCreated: (escalation: DoorayEscalation) => void;
  onCancel: () => void;
}) {
  const { m } = useI18n();
  const t = m.dooray.escalate;
  const code = ticket.serviceCode;
  const connection = useDoorayConnection(code);
  const [values, setValues] = useState<Values>({
    projectId: '',
    to: null,
    cc: [],
    tags: {},
    subject: ticket.title,
    body: '',
    priority: 'none',
  });
  const [errors, setErrors] = useState<DoorayEscalateErrors>({});
  const [failure, setFailure] = useState<{ error: unknown; extra: string[] } | null>(null);
  const projects = connection.data?.projects ?? [];
  // a single project needs no choosing
  const projectId = values.projectId || (projects.length === 1 ? projects[0]!.id : '');
  const project = projects.find((p) => p.id === projectId);
  const to = values.to ?? (project?.registrantMemberId ? [project.registrantMemberId] : []);
  const members = useProjectMembers(code, projectId);
  const tags = useProjectTags(code, projectId);
  const mutation = useRequestDoorayEscalation(ticket.id);
  const set = (changes: Partial<Values>) => setValues((v) => ({ ...v, ...changes }));

  if (connection.isPending) return <p className="muted">{m.app.loading}</p>;
  if (connection.isError) return <ErrorMessage error={connection.error} fallback={t.connectionFailed} unavailable={m.dooray.unavailable} />;
  if (!connection.data || projects.length === 0) {
    return (
      <p className="alert" role="alert" data-testid="dooray-no-connection">
        {t.noConnection}
      </p>
    );
  }

  const current: DoorayEscalateValues = { ...values, projectId, to };
  const tagGroupKeys = (tags.data?.groups ?? []).map((g) => groupKey(g.id));
  const order = ['projectId', 'to', 'cc', ...tagGroupKeys, 'tagIds', 'subject', 'body', 'priority'];
  const focusFirst = (found: DoorayEscalateErrors) => {
    const first = order.find((name) => found[name]);
    if (!first) return;
    const el = document.getElementById(idOf(first.startsWith('tagGroup.') ? `tag-group-${first.slice('tagGroup.'.length)}` : first));
    (el instanceof HTMLFieldSetElement ? el.querySelector('input') : el)?.focus();
  };

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setFailure(null);
    const found = validateDoorayEscalation(current, tags.data, m);
    setErrors(found);
    if (Object.keys(found).length > 0) {
      focusFirst(found);
      return;
    }
    try {
      onCreated(await mutation.mutateAsync(buildDoorayEscalationRequest(ticket.id, current, tags.data)));
    } catch (error) {
      const fieldErrors: DoorayEscalateErrors = {};
      const extra: string[] = [];
      for (const { field, message } of error instanceof ApiError ? error.fieldErrors : []) {
        const input = inputOfServerField(field);
        if (input && !fieldErrors[input]) fieldErrors[input] = message;
        else if (!input) extra.push(field ? `${field}: ${message}` : message);
      }
      setErrors(fieldErrors);
      setFailure({ error, extra });
      focusFirst(fieldErrors);
    }
  }

  const error = (name: string) => errors[name];
  const control = (name: string) => ({ id: idOf(name), ...describedBy(idOf(name), error(name)) });
  const loadingChoices = Boolean(projectId) && (members.isPending || tags.isPending);

  return (
    <form onSubmit={submit} noValidate data-testid="dooray-escalate-form">
      <p className="muted field-hint">{m.escalation.requiredHint}</p>
      {failure && (
        <div data-testid="dooray-escalate-error">
          <ErrorMessage error={failure.error} fallback={t.failed} unavailable={m.dooray.unavailable} />
          {failure.extra.length > 0 && (
            <ul className="field-error">
              {failure.extra.map((line) => (
                <li key={line}>{line}</li>
              ))}
            </ul>
          )}
        </div>
      )}
      <div className="field-row">
        <Field id={idOf('projectId')} label={t.project} error={error('projectId')} required>
          <select
            {...control('projectId')}
            value={projectId}
            aria-required
            onChange={(ev) => set({ projectId: ev.target.value, to: null, cc: [], tags: {} })}
          >
            {projects.length > 1 && <option value="">{t.selectProject}</option>}
            {projects.map((p) => (
              <option key={p.id} value={p.id}>
                {p.name}
              </option>
            ))}
          </select>
        </Field>
        <Field id={idOf('priority')} label={t.priority} error={error('priority')}>
          <select {...control('priority')} value={values.priority}
            onChange={(ev) => set({ priority: ev.target.value as DoorayPriority })}>
            {DOORAY_PRIORITIES.map((p) => (
              <option key={p} value={p}>
                {t.priorities[p]}
              </option>
            ))}
          </select>
        </Field>
      </div>
      {projectId && loadingChoices && <p className="muted">{t.loadingProject}</p>}
      {projectId && members.isError && (
        <ErrorMessage error={members.error} fallback={t.membersFailed} unavailable={m.dooray.unavailable} />
      )}
      {projectId && tags.isError && <ErrorMessage error={tags.error} fallback={t.tagsFailed} unavailable={m.dooray.unavailable} />}
      {projectId && members.data && (
        <div className="field-row">
          <MemberPicker
            id={idOf('to')}
            legend={t.to}
            members={members.data}
            chosen={to}
            onChange={(ids) => set({ to: ids })}
            error={error('to')}
            hint={project?.registrantMemberId ? t.toHint : undefined}
          />
          <MemberPicker id={idOf('cc')} legend={t.cc} members={members.data} chosen={values.cc}
            onChange={(ids) => set({ cc: ids })} error={error('cc')} />
        </div>
      )}
      {projectId && tags.data && (
        <div className="dooray-tags" id={idOf('tagIds')} tabIndex={-1} data-testid="dooray-tags">
          <TagPicker tags={tags.data} chosen={values.tags} onChange={(chosen) => set({ tags: chosen })} errors={errors} />
          {error('tagIds') && (
            <p className="field-error" id={`${idOf('tagIds')}-error`} data-testid={`${idOf('tagIds')}-error`}>
              {error('tagIds')}
            </p>
          )}
        </div>
      )}
      <Field id={idOf('subject')} label={t.subject} error={error('subject')} required>
        <input {...control('subject')} type="text" value={values.subject} maxLength={SUBJECT_MAX_LENGTH * 2} aria-required
          onChange={(ev) => set({ subject: ev.target.value })} />
      </Field>
      <Field id={idOf('body')} label={t.body} error={error('body')} hint={t.bodyHint} required>
        <textarea id={idOf('body')} {...describedBy(idOf('body'), error('body'), true)} rows={8} value={values.body}
          aria-required onChange={(ev) => set({ body: ev.target.value })} />
      </Field>
      <div className="button-row end">
        <button type="button" className="secondary" onClick={onCancel}>
          {m.common.cancel}
        </button>
        <button type="submit" data-testid="dooray-escalate-submit" disabled={mutation.isPending || loadingChoices}>
          {mutation.isPending ? t.submitting : t.submit}
        </button>
      </div>
    </form>
  );
}

/** The task Dooray registered (or is registering), then Close; the ticket is read again once, at once. */
function DoorayTaskCreated({ escalation, onShown, onClose }: { escalation: DoorayEscalation; onShown: () => void; onClose: () => void }) {
  const { m } = useI18n();
  const t = m.dooray.escalate;
  const reported = useRef(false);
  useEffect(() => {
    if (!reported.current) {
      reported.current = true;
      onShown();
    }
  }, [onShown]);
  const failed = escalation.status === 'FAILED';
  return (
    <>
      <div className={failed ? 'alert' : 'notice'} role={failed ? 'alert' : 'status'} data-testid="dooray-task-created"
        data-status={escalation.status}>
        <p>
          <strong>
            {failed
              ? t.createdFailed
              : escalation.taskId
                ? format(t.created, { project: escalation.projectName })
                : format(t.creating, { project: escalation.projectName })}
          </strong>{' '}
          <DoorayStateBadge escalation={escalation} />
        </p>
        <p data-testid="dooray-task-subject">{escalation.subject}</p>
        {escalation.taskId && (
          <p className="muted small" data-testid="dooray-task-id">
            {format(t.taskId, { id: escalation.taskId })}
          </p>
        )}
        {escalation.failure && <p data-testid="dooray-task-failure">{escalation.failure}</p>}
      </div>
      <div className="button-row end">
        <button type="button" onClick={onClose} data-autofocus data-testid="dooray-escalate-close">
          {m.common.close}
        </button>
      </div>
    </>
  );
}
