import { queryOptions } from '@tanstack/react-query';
import type { ApiClient } from '../../../lib/api-client';
import { POLL_INTERVAL_MS } from '../../../lib/polling';
import type { NewSubTicket, Ticket, TicketLink } from './types';

export const relationKeys = {
  subTickets: (id: string) => ['tickets', 'sub-tickets', id] as const,
  links: (id: string) => ['tickets', 'links', id] as const,
};

const ticketPath = (id: string) => `/api/v1/tickets/${encodeURIComponent(id)}`;

/** The ticket's sub-tickets the reader may see, oldest first; polled like the ticket, their status changes. */
export const subTicketsQueryOptions = (client: ApiClient, id: string) =>
  queryOptions({
    queryKey: relationKeys.subTickets(id),
    queryFn: () => client.get<Ticket[]>(`${ticketPath(id)}/sub-tickets`),
    refetchInterval: POLL_INTERVAL_MS,
  });

export function createSubTicket(client: ApiClient, parentId: string, request: NewSubTicket): Promise<Ticket> {
  return client.post<Ticket>(`${ticketPath(parentId)}/sub-tickets`, request);
}

/** Follow-ups, duplicates and escalations of the ticket, both ways. */
export const linksQueryOptions = (client: ApiClient, id: string) =>
  queryOptions({
    queryKey: relationKeys.links(id),
    queryFn: () => client.get<TicketLink[]>(`${ticketPath(id)}/links`),
    refetchInterval: POLL_INTERVAL_MS,
  });

/** Marks this ticket a duplicate of another (the only link made by hand). */
export function addDuplicateLink(client: ApiClient, id: string, otherId: string): Promise<TicketLink> {
  return client.post<TicketLink>(`${ticketPath(id)}/links`, { type: 'DUPLICATE_OF', ticketId: otherId });
}

export function removeLink(client: ApiClient, id: string, linkId: string): Promise<void> {
  return client.delete(`${ticketPath(id)}/links/${encodeURIComponent(linkId)}`);
}
