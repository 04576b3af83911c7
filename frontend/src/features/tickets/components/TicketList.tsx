import { Link } from 'react-router';
import { useI18n } from '../../../i18n';
import type { TicketView } from '../api/types';
import { useTicketList } from '../hooks/use-tickets';
import { ChannelBadge, StatusBadge } from './Badges';
import { ErrorMessage } from '../../../components/ErrorMessage';

/** "My tickets" / "All tickets": polled every 2 s, paged with the server's cursor. */
export function TicketList({ view }: { view: TicketView }) {
  const { m, formatDateTime } = useI18n();
  const query = useTicketList(view);
  const tickets = query.data?.pages.flatMap((page) => page.items) ?? [];
  const heading = view === 'mine' ? m.nav.myTickets : m.nav.allTickets;

  return (
    <section className="ticket-list" data-testid={`ticket-list-${view}`} aria-labelledby="ticket-list-heading">
      <h1 id="ticket-list-heading">{heading}</h1>
      {query.isError && <ErrorMessage error={query.error} fallback={m.tickets.loadFailed} />}
      {query.isPending ? (
        <p className="muted">{m.app.loading}</p>
      ) : tickets.length === 0 ? (
        <p className="muted" data-testid="ticket-list-empty">
          {m.tickets.empty}
        </p>
      ) : (
        <table className="tickets">
          <caption className="visually-hidden">
            {view === 'mine' ? m.tickets.listCaptionMine : m.tickets.listCaptionAll}
          </caption>
          <thead>
            <tr>
              <th scope="col">{m.tickets.number}</th>
              <th scope="col">{m.tickets.title}</th>
              <th scope="col">{m.tickets.status}</th>
              <th scope="col">{m.tickets.channel}</th>
              <th scope="col">{m.tickets.group}</th>
              <th scope="col">{m.tickets.assignee}</th>
              <th scope="col">{m.tickets.created}</th>
            </tr>
          </thead>
          <tbody>
            {tickets.map((ticket) => (
              <tr key={ticket.id} data-testid="ticket-row" data-ticket-number={ticket.number} data-ticket-id={ticket.id}>
                <td data-testid="ticket-number">
                  <Link to={`/tickets/${ticket.id}`}>{ticket.number}</Link>
                </td>
                <td data-testid="ticket-title">
                  <Link to={`/tickets/${ticket.id}`}>{ticket.title}</Link>
                </td>
                <td data-testid="ticket-status">
                  <StatusBadge status={ticket.status} />
                </td>
                <td data-testid="ticket-channel">
                  <ChannelBadge channel={ticket.channel} />
                </td>
                <td data-testid="ticket-group">{ticket.group?.name ?? m.tickets.noGroup}</td>
                <td data-testid="ticket-assignee" data-username={ticket.assignee?.username ?? ''}>
                  {ticket.assignee ? (
                    ticket.assignee.displayName || ticket.assignee.username
                  ) : (
                    <span className="muted">{m.tickets.unassigned}</span>
                  )}
                </td>
                <td data-testid="ticket-created">
                  <time dateTime={ticket.createdAt}>{formatDateTime(ticket.createdAt)}</time>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {query.hasNextPage && (
        <button
          type="button"
          className="secondary"
          data-testid="load-more"
          disabled={query.isFetchingNextPage}
          onClick={() => void query.fetchNextPage()}
        >
          {query.isFetchingNextPage ? m.tickets.loadingMore : m.tickets.loadMore}
        </button>
      )}
    </section>
  );
}
