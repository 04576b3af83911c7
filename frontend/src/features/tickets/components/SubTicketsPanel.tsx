import { useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { Field, describedBy } from '../../../components/Field';
import { ErrorMessage } from '../../../components/ErrorMessage';
import { ApiError } from '../../../lib/api-client';
import { useI18n } from '../../../i18n';
import type { Ticket } from '../api/types';
import { useIntakeOptions } from '../hooks/use-intake';
import { useCreateSubTicket, useSubTickets } from '../hooks/use-relations';
import { useTicket } from '../hooks/use-tickets';
import { StatusBadge } from './Badges';
import { GroupAssigneeFields, type GroupAssignee } from '../../../components/GroupAssigneeFields';

const FIELDS = ['groupId', 'assignee', 'title', 'content'] as const;
type Errors = Partial<Record<(typeof FIELDS)[number], string>>;

/**
 * Sub-tickets (하위 티켓 / サブチケット): on a parent, its children the reader may see with their status, and a form
 * for a child in another group when the ticket allows `sub-tickets`; on a child, its parent, to read only.
 */
export function SubTicketsPanel({ ticket, linkTo }: { ticket: Ticket; linkTo: (id: string) => string }) {
  const { m } = useI18n();
  return (
    <section className="relations" aria-label={m.subTickets.heading} data-testid="subtickets-panel">
      <h2>{m.subTickets.heading}</h2>
      {ticket.parentId ? (
        <ParentTicket id={ticket.parentId} linkTo={linkTo} />
      ) : (
        <>
          <Children ticket={ticket} linkTo={linkTo} />
          {ticket.allowedActions?.includes('sub-tickets') && <NewSubTicketForm ticket={ticket} />}
        </>
      )}
    </section>
  );
}

function ParentTicket({ id, linkTo }: { id: string; linkTo: (id: string) => string }) {
  const { m } = useI18n();
  const parent = useTicket(id);
  if (parent.isPending) return <p className="muted">{m.app.loading}</p>;
  if (!parent.data) return <ErrorMessage error={parent.error} fallback={m.subTickets.loadFailed} />;
  return (
    <p data-testid="subtickets-parent">
      {m.subTickets.parent}{' '}
      <Link to={linkTo(parent.data.id)}>
        {parent.data.number} {parent.data.title}
      </Link>{' '}
      <StatusBadge status={parent.data.status} /> <span className="muted">{m.subTickets.parentReadOnly}</span>
    </p>
  );
}

function Children({ ticket, linkTo }: { ticket: Ticket; linkTo: (id: string) => string }) {
  const { m } = useI18n();
  const children = useSubTickets(ticket.id);
  if (children.isPending) return <p className="muted">{m.app.loading}</p>;
  if (children.isError) return <ErrorMessage error={children.error} fallback={m.subTickets.loadFailed} />;
  if (children.data.length === 0) return <p className="muted">{m.subTickets.none}</p>;
  return (
    <ul className="relation-list">
      {children.data.map((child) => (
        <li key={child.id} data-testid="subticket-row">
          <Link to={linkTo(child.id)}>
            {child.number} {child.title}
          </Link>{' '}
          <StatusBadge status={child.status} />{' '}
          <span className="muted">
            {child.group?.name ?? m.tickets.noGroup} ·{' '}
            {child.assignee ? child.assignee.displayName || child.assignee.username : m.tickets.unassigned}
          </span>
        </li>
      ))}
    </ul>
  );
}

function NewSubTicketForm({ ticket }: { ticket: Ticket }) {
  const { m } = useI18n();
  const options = useIntakeOptions(ticket.serviceCode);
  const mutation = useCreateSubTicket(ticket.id);
  const [open, setOpen] = useState(false);
  const [target, setTarget] = useState<GroupAssignee>({ groupId: '', assignee: '' });
  const [title, setTitle] = useState('');
  const [content, setContent] = useState('');
  const [errors, setErrors] = useState<Errors>({});

  if (!open) {
    return (
      <button type="button" className="secondary" onClick={() => setOpen(true)} data-testid="subticket-new">
        {m.subTickets.create}
      </button>
    );
  }

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const missing: Errors = {};
    if (!target.groupId) missing.groupId = m.handover.groupRequired;
    if (!title.trim()) missing.title = m.form.errors.titleRequired;
    if (!content.trim()) missing.content = m.form.errors.contentRequired;
    setErrors(missing);
    if (Object.keys(missing).length > 0) return;
    mutation.mutate(
      { groupId: target.groupId, ...(target.assignee && { assignee: target.assignee }), title: title.trim(), content },
      {
        onSuccess: () => {
          setOpen(false);
          setTarget({ groupId: '', assignee: '' });
          setTitle('');
          setContent('');
        },
        onError: (error) => error instanceof ApiError && setErrors(error.fieldErrorsFor(FIELDS)),
      },
    );
  }

  return (
    <form onSubmit={submit} noValidate data-testid="subticket-form">
      <GroupAssigneeFields
        idPrefix="subticket"
        options={options.data}
        value={target}
        onChange={setTarget}
        errors={errors}
        groupRequired
        testIds={{ group: 'subticket-group', assignee: 'subticket-assignee' }}
      />
      <Field id="subticket-title" label={m.form.title} error={errors.title} required>
        <input id="subticket-title" value={title} onChange={(e) => setTitle(e.target.value)} {...describedBy('subticket-title', errors.title)} />
      </Field>
      <Field id="subticket-content" label={m.form.content} error={errors.content} required>
        <textarea
          id="subticket-content"
          rows={3}
          value={content}
          onChange={(e) => setContent(e.target.value)}
          {...describedBy('subticket-content', errors.content)}
        />
      </Field>
      <div className="button-row">
        <button type="button" className="secondary" onClick={() => setOpen(false)}>
          {m.common.cancel}
        </button>
        <button type="submit" disabled={mutation.isPending} data-testid="subticket-submit">
          {mutation.isPending ? m.actions.working : m.subTickets.submit}
        </button>
      </div>
      {mutation.isError && Object.keys(errors).length === 0 && <ErrorMessage error={mutation.error} fallback={m.subTickets.failed} />}
    </form>
  );
}
