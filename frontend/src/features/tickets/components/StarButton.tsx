import { useI18n } from '../../../i18n';
import { ErrorMessage } from '../../../components/ErrorMessage';
import type { Ticket } from '../api/types';
import { useStar } from '../hooks/use-tickets';

/** ☆ / ★: the user's own "important" mark on a ticket; a click sets or removes it. */
export function StarButton({ ticket }: { ticket: Ticket }) {
  const { m } = useI18n();
  const star = useStar();
  const starred = Boolean(ticket.starred);
  const label = starred ? m.tickets.unstar : m.tickets.star;
  return (
    <>
      <button
        type="button"
        className={`star${starred ? ' on' : ''}`}
        aria-pressed={starred}
        aria-label={`${label}: ${ticket.number}`}
        title={label}
        data-testid="star-toggle"
        onClick={() => star.mutate({ id: ticket.id, starred: !starred })}
      >
        {starred ? '★' : '☆'}
      </button>
      {star.isError && <ErrorMessage error={star.error} fallback={m.tickets.starFailed} />}
    </>
  );
}
