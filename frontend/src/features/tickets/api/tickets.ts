import { infiniteQueryOptions, queryOptions } from '@tanstack/react-query';
import type { ApiClient } from '../../../lib/api-client';
import type {
  CreateTicketRequest,
  Ticket,
  TicketAction,
  TicketEvent,
  TicketMessage,
  TicketPage,
  TicketView,
} from './types';

/** How often lists, tickets and events are re-read, so routing decisions show up by themselves. */
export const POLL_INTERVAL_MS = 2_000;
export const PAGE_SIZE = 50;

export const ticketKeys = {
  all: ['tickets'] as const,
  lists: () => [...ticketKeys.all, 'list'] as const,
  list: (view: TicketView) => [...ticketKeys.lists(), view] as const,
  detail: (id: string) => [...ticketKeys.all, 'detail', id] as const,
  events: (id: string) => [...ticketKeys.all, 'events', id] as const,
  messages: (id: string) => [...ticketKeys.all, 'messages', id] as const,
};

export const ticketListQueryOptions = (client: ApiClient, view: TicketView) =>
  infiniteQueryOptions({
    queryKey: ticketKeys.list(view),
    queryFn: ({ pageParam }) =>
      client.get<TicketPage>('/api/v1/tickets', { view, limit: PAGE_SIZE, cursor: pageParam }),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.next ?? undefined,
    refetchInterval: POLL_INTERVAL_MS,
  });

export const ticketQueryOptions = (client: ApiClient, id: string) =>
  queryOptions({
    queryKey: ticketKeys.detail(id),
    queryFn: () => client.get<Ticket>(`/api/v1/tickets/${encodeURIComponent(id)}`),
    refetchInterval: POLL_INTERVAL_MS,
  });

export const ticketEventsQueryOptions = (client: ApiClient, id: string) =>
  queryOptions({
    queryKey: ticketKeys.events(id),
    queryFn: () => client.get<TicketEvent[]>(`/api/v1/tickets/${encodeURIComponent(id)}/events`),
    refetchInterval: POLL_INTERVAL_MS,
  });

export function createTicket(client: ApiClient, serviceCode: string, request: CreateTicketRequest): Promise<Ticket> {
  return client.post<Ticket>(`/api/v1/services/${encodeURIComponent(serviceCode)}/tickets`, request);
}

export const ticketMessagesQueryOptions = (client: ApiClient, id: string) =>
  queryOptions({
    queryKey: ticketKeys.messages(id),
    queryFn: () => client.get<TicketMessage[]>(`/api/v1/tickets/${encodeURIComponent(id)}/messages`),
    refetchInterval: POLL_INTERVAL_MS,
  });

/**
 * Runs one action on the version of the ticket the operator saw (`If-Match`); the server answers the
 * updated ticket, a 409 naming what is allowed, or a stale-version problem if someone else changed it.
 */
export function runTicketAction(
  client: ApiClient,
  id: string,
  action: TicketAction,
  body: unknown,
  version: number,
): Promise<Ticket> {
  return client.post<Ticket>(`/api/v1/tickets/${encodeURIComponent(id)}/${action}`, body, { ifMatch: version });
}
