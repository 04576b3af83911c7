import { useMemo, useState } from 'react';
import { Link } from 'react-router';
import { useI18n, useServiceTimeZones } from '../../../i18n';
import { useMarkRead, useReloadTicket, useTicket, useTicketEvents } from '../hooks/use-tickets';
import { CustomerHistory } from './CustomerHistory';
import { SlaBadge } from './SlaBadge';
import { SlaPanel } from './SlaPanel';
import { StarButton } from './StarButton';
import { ChannelBadge, PriorityBadge, StatusBadge } from './Badges';
import { ErrorMessage } from '../../../components/ErrorMessage';
import { CallbackPanel } from './CallbackPanel';
import { TicketActions } from './TicketActions';
import { TicketMessages } from './TicketMessages';
import { TicketEvents } from './TicketEvents';
import type { DoorayTools, EscalationTools, MaskingTools, ReplyTools, TemplateSource, Ticket } from '../api/types';
import { HandOverDialog } from './HandOverDialog';
import { LinksPanel } from './LinksPanel';
import { SubTicketsPanel } from './SubTicketsPanel';

/**
 * One ticket with all its fields and its audit events; both are polled. Opening it marks it read for the user;
 * `backTo` is the list the user came from, `linkTo` where another ticket (of the customer's history) opens.
 * A reader without allowed actions (an issue service's operator on the ticket escalated to them) sees it all, with no
 * action offered.
 */
export function TicketDetail({
  id,
  backTo,
  linkTo = (other) => `/tickets/${other}`,
  replyTools,
  escalationTools,
  maskingTools,
  doorayTools,
  templatesFor,
}: {
  id: string;
  backTo: string;
  linkTo?: (id: string) => string;
  replyTools?: ReplyTools;
  escalationTools?: EscalationTools;
  maskingTools?: MaskingTools;
  doorayTools?: DoorayTools;
  /** The reply templates of a ticket (its service's and the shared ones), handed to the processing section. */
  templatesFor?: (ticket: Ticket) => TemplateSource;
}) {
  const { m, formatDateTime } = useI18n();
  const zoneOf = useServiceTimeZones();
  const ticketQuery = useTicket(id);
  const eventsQuery = useTicketEvents(id);
  useMarkRead(id);
  const reload = useReloadTicket(id);
  const [escalating, setEscalating] = useState(false);
  const [doorayEscalating, setDoorayEscalating] = useState(false);
  const [handingOver, setHandingOver] = useState<'forward' | 'assign' | null>(null);
  const ticket = ticketQuery.data;
  // by id and service, not by object: each poll brings a new ticket object, and the same source serves it
  const templates = useMemo(
    () => (ticket && templatesFor ? templatesFor(ticket) : undefined),
    [ticket?.id, ticket?.serviceCode, templatesFor],
  );

  if (ticketQuery.isPending) return <p className="muted">{m.app.loading}</p>;
  if (!ticket) return <ErrorMessage error={ticketQuery.error} fallback={m.tickets.detailLoadFailed} />;

  const zone = zoneOf(ticket.serviceCode);
  const customer = [ticket.customer?.name, ticket.customer?.email && `<${ticket.customer.email}>`, ticket.customer?.phone]
    .filter(Boolean)
    .join(' ');

  return (
    <article className="ticket-detail" data-testid="ticket-detail" data-ticket-id={ticket.id}>
      <p>
        <Link to={backTo} data-testid="back-to-list">
          ← {m.tickets.backToList}
        </Link>
      </p>
      <div className="detail-heading">
        <StarButton ticket={ticket} />
        <h1>
          <span className="ticket-number" data-testid="detail-number">
            {ticket.number}
          </span>{' '}
          <span data-testid="detail-title">{ticket.title}</span>
        </h1>
        <span data-testid="detail-sla">
          <SlaBadge sla={ticket.sla} timeZone={zone} />
        </span>
      </div>
      <dl className="fields">
        <dt>{m.tickets.status}</dt>
        <dd data-testid="detail-status">
          <StatusBadge status={ticket.status} />
        </dd>
        <dt>{m.tickets.priority}</dt>
        <dd data-testid="detail-priority">
          <PriorityBadge priority={ticket.priority ?? 'NORMAL'} />
        </dd>
        <dt>{m.tickets.service}</dt>
        <dd data-testid="detail-service">{ticket.serviceCode}</dd>
        <dt>{m.tickets.channel}</dt>
        <dd data-testid="detail-channel">
          <ChannelBadge channel={ticket.channel} />
        </dd>
        <dt>{m.tickets.group}</dt>
        <dd data-testid="detail-group">{ticket.group?.name ?? m.tickets.noGroup}</dd>
        <dt>{m.tickets.assignee}</dt>
        <dd data-testid="detail-assignee">
          {ticket.assignee ? ticket.assignee.displayName || ticket.assignee.username : m.tickets.unassigned}
        </dd>
        <dt>{m.tickets.language}</dt>
        <dd data-testid="detail-language">{ticket.language ?? '—'}</dd>
        <dt>{m.tickets.tags}</dt>
        <dd data-testid="detail-tags">
          {ticket.tags && ticket.tags.length > 0
            ? ticket.tags.map((tag) => (
                <span key={tag} className="badge tag">
                  {tag}
                </span>
              ))
            : m.tickets.noTags}
        </dd>
        <dt>{m.tickets.customer}</dt>
        <dd data-testid="detail-customer">{customer || '—'}</dd>
        <dt>{m.tickets.created}</dt>
        <dd>
          <time dateTime={ticket.createdAt}>{formatDateTime(ticket.createdAt, zone)}</time>
        </dd>
        <dt>{m.tickets.updated}</dt>
        <dd>
          <time dateTime={ticket.updatedAt}>{formatDateTime(ticket.updatedAt, zone)}</time>
        </dd>
        <dt>{m.tickets.version}</dt>
        <dd>{ticket.version}</dd>
      </dl>
      <SlaPanel sla={ticket.sla} timeZone={zone} />
      <h2>{m.tickets.content}</h2>
      <div className="ticket-content" data-testid="detail-content">
        {maskingTools
          ? maskingTools.content(ticket, {
              canMask: (ticket.allowedActions ?? []).includes('masks'),
              canUnmask: (ticket.allowedActions ?? []).includes('unmask'),
              onChanged: reload,
            })
          : ticket.content}
      </div>
      <TicketMessages id={ticket.id} timeZone={zone} note={escalationTools && ((message) => escalationTools.messageNote(ticket.id, message))} maskingTools={maskingTools} allowedActions={ticket.allowedActions} />
      {escalationTools?.panel(ticket, zone)}
      {doorayTools?.panel(ticket, zone)}
      <CustomerHistory id={ticket.id} timeZone={zone} linkTo={linkTo} />
      <SubTicketsPanel ticket={ticket} linkTo={linkTo} />
      <LinksPanel ticket={ticket} linkTo={linkTo} />
      {/* a cached copy (e.g. the one creation answered) may be older than the ticket: act on a fresh one only */}
      {ticketQuery.isFetchedAfterMount ? (
        <>
          {/* the form starts from the reservation in the service's zone: again once the zone is known */}
          <CallbackPanel key={`${ticket.id}-${zone ?? ''}`} ticket={ticket} timeZone={zone} />
          <TicketActions
            ticket={ticket}
            replyTools={replyTools}
            templates={templates}
            onEscalate={escalationTools && (() => setEscalating(true))}
            doorayEscalate={doorayTools && ((disabled) => doorayTools.action(ticket, { onOpen: () => setDoorayEscalating(true), disabled }))}
            onForward={() => setHandingOver('forward')}
            onAssign={() => setHandingOver('assign')}
          />
        </>
      ) : (
        <p className="muted">{m.app.loading}</p>
      )}
      {escalating && escalationTools?.dialog(ticket, { onClose: () => setEscalating(false), onEscalated: reload })}
      {doorayEscalating && doorayTools?.dialog(ticket, { onClose: () => setDoorayEscalating(false), onEscalated: reload })}
      {handingOver && <HandOverDialog ticket={ticket} kind={handingOver} onClose={() => setHandingOver(null)} />}
      <h2>{m.tickets.events}</h2>
      {eventsQuery.isError && <ErrorMessage error={eventsQuery.error} fallback={m.tickets.detailLoadFailed} />}
      {eventsQuery.data && eventsQuery.data.length === 0 && <p className="muted">{m.tickets.noEvents}</p>}
      {eventsQuery.data && eventsQuery.data.length > 0 && (
        <TicketEvents events={eventsQuery.data} timeZone={zone} />
      )}
    </article>
  );
}
