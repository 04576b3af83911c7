import { useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { Field, describedBy } from '../../../components/Field';
import { ErrorMessage } from '../../../components/ErrorMessage';
import { format, useI18n } from '../../../i18n';
import type { Ticket, TicketLink } from '../api/types';
import { UnknownTicketNumber, useAddDuplicateLink, useLinks, useRemoveLink } from '../hooks/use-relations';
import { StatusBadge } from './Badges';

const TICKET_NUMBER = /^[A-Za-z][A-Za-z0-9_]*-\d+$/;

/**
 * The ticket's links both ways: follow-up of, duplicate of, escalated to/from. Only duplicates are made and removed
 * by hand (ticket-service records the others as they happen); the form is there when the ticket allows `links`.
 */
export function LinksPanel({ ticket, linkTo }: { ticket: Ticket; linkTo: (id: string) => string }) {
  const { m } = useI18n();
  const links = useLinks(ticket.id);
  const remove = useRemoveLink(ticket.id);
  const mayLink = ticket.allowedActions?.includes('links') ?? false;

  return (
    <section className="relations" aria-label={m.links.heading} data-testid="links-panel">
      <h2>{m.links.heading}</h2>
      {links.isPending && <p className="muted">{m.app.loading}</p>}
      {links.isError && <ErrorMessage error={links.error} fallback={m.links.loadFailed} />}
      {links.data && links.data.length === 0 && <p className="muted">{m.links.none}</p>}
      {links.data && links.data.length > 0 && (
        <ul className="relation-list">
          {links.data.map((link) => (
            <li key={link.id} data-testid="link-row" data-link-type={link.type}>
              <span>{linkLabel(link, m.links)}</span>{' '}
              <Link to={linkTo(link.ticket.id)}>
                {link.ticket.number} {link.ticket.title}
              </Link>{' '}
              <StatusBadge status={link.ticket.status} />
              {mayLink && link.removable && (
                <button
                  type="button"
                  className="secondary small"
                  onClick={() => remove.mutate(link.id)}
                  disabled={remove.isPending}
                  data-testid="link-remove"
                >
                  {m.links.remove}
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
      {remove.isError && <ErrorMessage error={remove.error} fallback={m.links.failed} />}
      {mayLink && <DuplicateForm ticket={ticket} />}
    </section>
  );
}

/** "This ticket follows up CS-3" or "CS-9 follows up this ticket", and so on for each type. */
function linkLabel(link: TicketLink, texts: { outgoing: Record<string, string>; incoming: Record<string, string> }) {
  const table = link.direction === 'INCOMING' ? texts.incoming : texts.outgoing;
  return table[link.type] ?? link.type;
}

function DuplicateForm({ ticket }: { ticket: Ticket }) {
  const { m } = useI18n();
  const add = useAddDuplicateLink(ticket.id);
  const [number, setNumber] = useState('');
  const [error, setError] = useState<string | undefined>();

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const wanted = number.trim().toUpperCase();
    if (!TICKET_NUMBER.test(wanted)) {
      setError(m.links.numberInvalid);
      return;
    }
    setError(undefined);
    add.mutate(wanted, {
      onSuccess: () => setNumber(''),
      onError: (failure) =>
        failure instanceof UnknownTicketNumber && setError(format(m.links.numberUnknown, { number: failure.number })),
    });
  }

  return (
    <form className="button-row" onSubmit={submit} noValidate data-testid="link-form">
      <Field id="link-duplicate-of" label={m.links.duplicateOf} error={error}>
        <input
          id="link-duplicate-of"
          value={number}
          placeholder="CS-12"
          onChange={(e) => setNumber(e.target.value)}
          data-testid="link-number"
          {...describedBy('link-duplicate-of', error)}
        />
      </Field>
      <button type="submit" disabled={add.isPending} data-testid="link-submit">
        {m.links.add}
      </button>
      {add.isError && !error && <ErrorMessage error={add.error} fallback={m.links.failed} />}
    </form>
  );
}
