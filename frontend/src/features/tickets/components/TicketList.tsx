import { useEffect, useRef, useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { Link } from 'react-router';
import { format, useI18n, useServiceTimeZones } from '../../../i18n';
import { ErrorMessage } from '../../../components/ErrorMessage';
import { ticketKeys } from '../api/tickets';
import { TICKET_SORTS, type BulkTools, type Ticket, type TicketQuery, type TicketSort } from '../api/types';
import { useTicketPages } from '../hooks/use-tickets';
import { sortOf } from '../lib/list-query';
import { ChannelBadge, PriorityBadge, StatusBadge } from './Badges';
import { SlaBadge } from './SlaBadge';
import { StarButton } from './StarButton';

export interface TicketListProps {
  /** The parameters of `GET /api/v1/tickets` (view, ☆, sort, search criteria). */
  query: TicketQuery;
  heading: string;
  /** Where a ticket opens (beside the list or on its own page). */
  linkTo: (ticket: Ticket) => string;
  /** The ticket open beside the list, highlighted. */
  openId?: string;
  onSortChange?: (sort: TicketSort) => void;
  /** Bulk processing of the selected rows; without it the rows have no checkboxes. */
  bulkTools?: BulkTools;
}

/** A view or search result: the first page polled every 2 s, more pages with the server's cursor. */
export function TicketList({ query, heading, linkTo, openId, onSortChange, bulkTools }: TicketListProps) {
  const { m, formatDateTime } = useI18n();
  const zoneOf = useServiceTimeZones();
  const list = useTicketPages(query);
  const tickets = list.data?.items ?? [];
  const sort = sortOf(query);
  const shownTime = (t: Ticket) => (sort === 'updated' ? t.updatedAt : t.createdAt);
  const selection = useSelection(tickets, query);

  return (
    <section className="ticket-list" data-testid="ticket-list" data-view={String(query.view ?? 'all')} aria-labelledby="ticket-list-heading">
      <div className="list-header">
        <h1 id="ticket-list-heading">{heading}</h1>
        {onSortChange && (
          <label className="inline-field">
            <span>{m.views.sort}</span>
            <select value={sort} data-testid="sort-select" onChange={(e) => onSortChange(e.target.value as TicketSort)}>
              {TICKET_SORTS.map((s) => (
                <option key={s} value={s}>
                  {m.views.sorts[s]}
                </option>
              ))}
            </select>
          </label>
        )}
      </div>
      {bulkTools?.(selection)}
      {list.error && <ErrorMessage error={list.error} fallback={m.tickets.loadFailed} />}
      {list.isPending ? (
        <p className="muted">{m.app.loading}</p>
      ) : tickets.length === 0 ? (
        !list.error && (
          <p className="muted" data-testid="ticket-list-empty">
            {m.tickets.empty}
          </p>
        )
      ) : (
        <table className="tickets">
          <caption className="visually-hidden">{format(m.tickets.listCaption, { view: heading })}</caption>
          <thead>
            <tr>
              {bulkTools && (
                <th scope="col" className="select-cell">
                  <SelectAll tickets={tickets} selected={selection.tickets.length} onChange={selection.selectAll} />
                </th>
              )}
              <th scope="col" className="star-cell">
                <span className="visually-hidden">{m.tickets.important}</span>
              </th>
              <th scope="col">{m.tickets.number}</th>
              <th scope="col">{m.tickets.title}</th>
              <th scope="col">{m.tickets.status}</th>
              <th scope="col">{m.tickets.priority}</th>
              <th scope="col">{m.sla.heading}</th>
              <th scope="col">{m.tickets.channel}</th>
              <th scope="col">{m.tickets.group}</th>
              <th scope="col">{m.tickets.assignee}</th>
              <th scope="col">{sort === 'updated' ? m.tickets.updated : m.tickets.created}</th>
            </tr>
          </thead>
          <tbody>
            {tickets.map((ticket) => (
              <tr
                key={ticket.id}
                className={[`channel-edge-${ticket.channel}`, ticket.unread && 'unread', ticket.id === openId && 'open']
                  .filter(Boolean)
                  .join(' ')}
                data-testid="ticket-row"
                data-ticket-number={ticket.number}
                data-ticket-id={ticket.id}
                data-unread={ticket.unread ? 'true' : undefined}
                aria-current={ticket.id === openId ? 'true' : undefined}
              >
                {bulkTools && (
                  <td className="select-cell">
                    <input
                      type="checkbox"
                      data-testid={`bulk-select-${ticket.id}`}
                      checked={selection.has(ticket.id)}
                      aria-label={format(m.bulk.selectTicket, { number: ticket.number })}
                      onChange={(e) => selection.toggle(ticket.id, e.target.checked)}
                    />
                  </td>
                )}
                <td className="star-cell">
                  <StarButton ticket={ticket} />
                </td>
                <td data-testid="ticket-number">
                  {ticket.unread && (
                    <span className="unread-dot" data-testid="unread-mark" title={m.tickets.unread}>
                      <span className="visually-hidden">{m.tickets.unread}</span>
                    </span>
                  )}
                  <Link to={linkTo(ticket)}>{ticket.number}</Link>
                </td>
                <td data-testid="ticket-title" className="title-cell">
                  <Link to={linkTo(ticket)}>{ticket.title}</Link>
                </td>
                <td data-testid="ticket-status">
                  <StatusBadge status={ticket.status} />
                </td>
                <td data-testid="ticket-priority">
                  <PriorityBadge priority={ticket.priority ?? 'NORMAL'} />
                </td>
                <td data-testid="ticket-sla">
                  <SlaBadge sla={ticket.sla} timeZone={zoneOf(ticket.serviceCode)} />
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
                  <time dateTime={shownTime(ticket)}>{formatDateTime(shownTime(ticket), zoneOf(ticket.serviceCode))}</time>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {list.loadMoreError && <ErrorMessage error={list.loadMoreError} fallback={m.tickets.loadFailed} />}
      {list.hasNextPage && (
        <button
          type="button"
          className="secondary"
          data-testid="load-more"
          disabled={list.isFetchingNextPage}
          onClick={list.fetchNextPage}
        >
          {list.isFetchingNextPage ? m.tickets.loadingMore : m.tickets.loadMore}
        </button>
      )}
    </section>
  );
}

/** The rows checked for bulk processing: only loaded tickets, cleared when the list's query changes. */
function useSelection(tickets: Ticket[], query: TicketQuery) {
  const queryClient = useQueryClient();
  const [ids, setIds] = useState<ReadonlySet<string>>(() => new Set());
  const queryKey = JSON.stringify(query);
  useEffect(() => setIds(new Set()), [queryKey]);
  return {
    tickets: tickets.filter((t) => ids.has(t.id)),
    has: (id: string) => ids.has(id),
    toggle: (id: string, on: boolean) =>
      setIds((current) => {
        const next = new Set(current);
        if (on) next.add(id);
        else next.delete(id);
        return next;
      }),
    selectAll: (on: boolean) => setIds(on ? new Set(tickets.map((t) => t.id)) : new Set()),
    clear: () => setIds(new Set()),
    refresh: () => void queryClient.invalidateQueries({ queryKey: ticketKeys.all }),
  };
}

/** Checks every loaded row, or none; shows "some" as indeterminate. */
function SelectAll({ tickets, selected, onChange }: { tickets: Ticket[]; selected: number; onChange: (on: boolean) => void }) {
  const { m } = useI18n();
  const ref = useRef<HTMLInputElement>(null);
  const all = tickets.length > 0 && selected === tickets.length;
  useEffect(() => {
    if (ref.current) ref.current.indeterminate = selected > 0 && !all;
  }, [selected, all]);
  return (
    <input
      ref={ref}
      type="checkbox"
      data-testid="bulk-select-all"
      checked={all}
      aria-label={m.bulk.selectAll}
      onChange={(e) => onChange(e.target.checked)}
    />
  );
}
