import { queryOptions } from '@tanstack/react-query';
import type { ApiClient } from '../../../lib/api-client';
import { POLL_INTERVAL_MS } from '../../../lib/polling';
import { canonical } from '../lib/list-query';
import type {
  CallbackRequest,
  CreateTicketRequest,
  FieldDefinition,
  Inquiry,
  SearchOptions,
  Ticket,
  TicketAction,
  TicketCounts,
  TicketEvent,
  TicketGroup,
  TicketMessage,
  TicketPage,
  TicketPerson,
  TicketQuery,
  TypeNode,
} from './types';

// a list's first page, the open ticket and its events are re-read this often, so changes show up by themselves
export { POLL_INTERVAL_MS };
/** The menu's counts are re-read less often: they come from counters, but every operator polls them. */
export const COUNTS_INTERVAL_MS = 5_000;
export const PAGE_SIZE = 50;

export const ticketKeys = {
  all: ['tickets'] as const,
  /** First pages of lists, the only pages that are polled. */
  lists: () => [...ticketKeys.all, 'list'] as const,
  list: (query: TicketQuery) => [...ticketKeys.lists(), canonical(query)] as const,
  /** What "load more" added to a list, kept beside the polled first page. */
  mores: () => [...ticketKeys.all, 'more'] as const,
  more: (query: TicketQuery) => [...ticketKeys.mores(), canonical(query)] as const,
  counts: (starred: boolean) => [...ticketKeys.all, 'counts', starred] as const,
  byNumber: (number: string) => [...ticketKeys.all, 'number', number] as const,
  searchOptions: (service: string) => [...ticketKeys.all, 'search-options', service] as const,
  detail: (id: string) => [...ticketKeys.all, 'detail', id] as const,
  events: (id: string) => [...ticketKeys.all, 'events', id] as const,
  messages: (id: string) => [...ticketKeys.all, 'messages', id] as const,
  history: (id: string) => [...ticketKeys.all, 'customer-history', id] as const,
};

export function fetchTicketPage(client: ApiClient, query: TicketQuery, cursor?: string | null): Promise<TicketPage> {
  return client.get<TicketPage>('/api/v1/tickets', { ...query, limit: PAGE_SIZE, cursor });
}

/** The first page of a list, polled; later pages are loaded once, on request. */
export const ticketListQueryOptions = (client: ApiClient, query: TicketQuery) =>
  queryOptions({
    queryKey: ticketKeys.list(query),
    queryFn: () => fetchTicketPage(client, query),
    refetchInterval: POLL_INTERVAL_MS,
  });

export const ticketCountsQueryOptions = (client: ApiClient, starred: boolean) =>
  queryOptions({
    queryKey: ticketKeys.counts(starred),
    queryFn: () => client.get<TicketCounts>('/api/v1/tickets/counts', { starred: starred ? 'true' : undefined }),
    refetchInterval: COUNTS_INTERVAL_MS,
  });

/**
 * A ticket by its number (`CS-12`), found with the list's `number` criterion: among all tickets of my services,
 * then in the spam box (which "all" leaves out); null when there is none the user may see.
 */
export const ticketByNumberQueryOptions = (client: ApiClient, number: string) =>
  queryOptions({
    queryKey: ticketKeys.byNumber(number),
    queryFn: async () => {
      for (const view of ['all', 'spam']) {
        const page = await client.get<TicketPage>('/api/v1/tickets', { view, number, limit: 1 });
        if (page.items[0]) return page.items[0].id;
      }
      return null;
    },
    staleTime: Infinity,
  });

export function setStar(client: ApiClient, id: string, starred: boolean): Promise<void> {
  const path = `/api/v1/tickets/${encodeURIComponent(id)}/star`;
  return starred ? client.put<void>(path, undefined) : client.delete(path);
}

export function markRead(client: ApiClient, id: string): Promise<void> {
  return client.put<void>(`/api/v1/tickets/${encodeURIComponent(id)}/read`, undefined);
}

/** The groups, operators, types and searchable fields of a service, for the search panel. */
export const searchOptionsQueryOptions = (client: ApiClient, service: string) =>
  queryOptions({
    queryKey: ticketKeys.searchOptions(service),
    queryFn: async (): Promise<SearchOptions> => {
      const base = `/api/v1/services/${encodeURIComponent(service)}`;
      const [groups, members, inquiryTypes, processingTypes, fields] = await Promise.all([
        client.get<TicketGroup[]>(`${base}/groups`),
        client.get<TicketPerson[]>(`${base}/members`),
        client.get<TypeNode[]>(`${base}/inquiry-types`),
        client.get<TypeNode[]>(`${base}/processing-types`),
        client.get<FieldDefinition[]>(`${base}/fields`),
      ]);
      return {
        groups: groups.map(({ id, name }) => ({ id, name })),
        members: members.map(({ username, displayName }) => ({ username, displayName })),
        inquiryTypes,
        processingTypes,
        fields: fields.filter((f) => !f.encrypted),
      };
    },
    staleTime: 60_000,
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

/** What can be done to a ticket's callback reservation (`allowedActions` names them all `callback`). */
export type CallbackChange =
  | { kind: 'reserve'; request: CallbackRequest }
  | { kind: 'done'; note?: string }
  | { kind: 'cancel' };

/**
 * Reserves or moves (PUT), finishes (POST …/done) or cancels (DELETE) the callback reservation, on the version the
 * operator saw (`If-Match`); answers the updated ticket.
 */
export function changeCallback(client: ApiClient, id: string, change: CallbackChange, version: number): Promise<Ticket> {
  const path = `/api/v1/tickets/${encodeURIComponent(id)}/callback`;
  const options = { ifMatch: version };
  switch (change.kind) {
    case 'reserve':
      return client.put<Ticket>(path, change.request, options);
    case 'done':
      return client.post<Ticket>(`${path}/done`, change.note ? { note: change.note } : {}, options);
    case 'cancel':
      return client.delete<Ticket>(path, options);
  }
}

/** The customer's other inquiries (문의내역); they change rarely, so they are not polled. */
export const customerHistoryQueryOptions = (client: ApiClient, id: string) =>
  queryOptions({
    queryKey: ticketKeys.history(id),
    queryFn: () => client.get<Inquiry[]>(`/api/v1/tickets/${encodeURIComponent(id)}/customer-history`),
    staleTime: 30_000,
  });
