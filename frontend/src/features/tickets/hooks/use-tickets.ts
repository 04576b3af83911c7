import { useCallback, useEffect } from 'react';
import { useMutation, useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { ApiError } from '../../../lib/api-client';
import { useApiClient } from '../../../lib/api-context';
import {
  changeCallback,
  createTicket,
  customerHistoryQueryOptions,
  fetchTicketPage,
  markRead,
  runTicketAction,
  searchOptionsQueryOptions,
  setStar,
  ticketByNumberQueryOptions,
  ticketCountsQueryOptions,
  ticketEventsQueryOptions,
  ticketMessagesQueryOptions,
  ticketKeys,
  ticketListQueryOptions,
  ticketQueryOptions,
  type CallbackChange,
} from '../api/tickets';
import type { CreateTicketRequest, Ticket, TicketAction, TicketPage, TicketQuery } from '../api/types';
import { sortOf } from '../lib/list-query';
import { visibleTickets } from '../lib/live-list';

/**
 * A list: its first page is polled; "load more" continues with the cursor and what it loaded stays as loaded
 * (only the first page is re-read, never every loaded page).
 */
export function useTicketPages(query: TicketQuery) {
  const client = useApiClient();
  const queryClient = useQueryClient();
  const sort = sortOf(query);
  const head = useQuery(ticketListQueryOptions(client, query));
  const moreKey = ticketKeys.more(query);
  // filled only by loadMore below, never fetched by itself
  const more = useQuery<TicketPage>({ queryKey: moreKey, queryFn: () => Promise.reject(), enabled: false, staleTime: Infinity });
  const load = useMutation({
    mutationFn: (cursor: string) => fetchTicketPage(client, query, cursor),
    onSuccess: (page) => {
      const first = queryClient.getQueryData<TicketPage>(ticketKeys.list(query));
      if (!first) return;
      const shown = visibleTickets(first, queryClient.getQueryData<TicketPage>(moreKey), sort);
      queryClient.setQueryData<TicketPage>(moreKey, { items: [...shown.items, ...page.items], next: page.next });
    },
  });
  const data = head.data && visibleTickets(head.data, more.data, sort);
  return {
    data,
    isPending: head.isPending,
    error: head.error,
    hasNextPage: Boolean(data?.next),
    isFetchingNextPage: load.isPending,
    loadMoreError: load.error,
    fetchNextPage: () => data?.next && load.mutate(data.next),
  };
}

export function useTicketCounts(starred: boolean) {
  return useQuery(ticketCountsQueryOptions(useApiClient(), starred));
}

export function useTicketByNumber(number: string) {
  return useQuery(ticketByNumberQueryOptions(useApiClient(), number));
}

export function useSearchOptions(service: string | undefined) {
  return useQuery({ ...searchOptionsQueryOptions(useApiClient(), service ?? ''), enabled: Boolean(service) });
}

/** Changes one ticket in the lists (first pages and loaded pages) and, unless `lists only`, in its detail. */
function patchTicket(queryClient: QueryClient, id: string, changes: Partial<Ticket>, listsOnly = false) {
  const patch = (page: TicketPage | undefined) =>
    page && { ...page, items: page.items.map((t) => (t.id === id ? { ...t, ...changes } : t)) };
  queryClient.setQueriesData<TicketPage>({ queryKey: ticketKeys.lists() }, patch);
  queryClient.setQueriesData<TicketPage>({ queryKey: ticketKeys.mores() }, patch);
  if (!listsOnly) queryClient.setQueryData<Ticket>(ticketKeys.detail(id), (t) => t && { ...t, ...changes });
}

/** ☆ on or off: shown at once, taken back if the server refuses; the counts follow. */
export function useStar() {
  const client = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, starred }: { id: string; starred: boolean }) => setStar(client, id, starred),
    onMutate: async ({ id, starred }) => {
      // a poll answered after the click must not put the old mark back
      await queryClient.cancelQueries({ queryKey: ticketKeys.lists() });
      patchTicket(queryClient, id, { starred });
    },
    onError: (_error, { id, starred }) => patchTicket(queryClient, id, { starred: !starred }),
    onSettled: () => queryClient.invalidateQueries({ queryKey: [...ticketKeys.all, 'counts'] }),
  });
}

/** Tells the server the user opened the ticket now, so it is no longer unread for them. */
export function useMarkRead(id: string) {
  const client = useApiClient();
  const queryClient = useQueryClient();
  useEffect(() => {
    markRead(client, id).then(
      // not the detail: that would pass a cached copy off as freshly read (TicketDetail acts on fresh ones only)
      () => patchTicket(queryClient, id, { unread: false }, true),
      // only the unread mark stays; the ticket itself is shown all the same
      () => undefined,
    );
  }, [client, queryClient, id]);
}

export function useTicket(id: string) {
  return useQuery(ticketQueryOptions(useApiClient(), id));
}

export function useTicketEvents(id: string) {
  return useQuery(ticketEventsQueryOptions(useApiClient(), id));
}

export function useCreateTicket() {
  const client = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ serviceCode, request }: { serviceCode: string; request: CreateTicketRequest }) =>
      createTicket(client, serviceCode, request),
    onSuccess: (ticket) => {
      queryClient.setQueryData(ticketKeys.detail(ticket.id), ticket);
      void queryClient.invalidateQueries({ queryKey: ticketKeys.lists() });
    },
  });
}

export function useCustomerHistory(id: string) {
  return useQuery(customerHistoryQueryOptions(useApiClient(), id));
}

export function useTicketMessages(id: string) {
  return useQuery(ticketMessagesQueryOptions(useApiClient(), id));
}

/**
 * A change of the ticket as the operator saw it: the answer becomes the ticket shown and its history, lists and
 * counts are read again; if someone else changed it first, the fresh state is loaded.
 */
function reloadHistory(queryClient: QueryClient, id: string) {
  void queryClient.invalidateQueries({ queryKey: ticketKeys.messages(id) });
  void queryClient.invalidateQueries({ queryKey: ticketKeys.events(id) });
  void queryClient.invalidateQueries({ queryKey: ticketKeys.lists() });
  void queryClient.invalidateQueries({ queryKey: [...ticketKeys.all, 'counts'] });
}

/** Reads the ticket, its history, the lists and the counts again, after another feature changed it (escalation). */
export function useReloadTicket(id: string) {
  const queryClient = useQueryClient();
  return useCallback(() => {
    void queryClient.invalidateQueries({ queryKey: ticketKeys.detail(id) });
    reloadHistory(queryClient, id);
  }, [queryClient, id]);
}

function useTicketChange<V>(id: string, change: (variables: V) => Promise<Ticket>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: change,
    onSuccess: (ticket) => {
      queryClient.setQueryData(ticketKeys.detail(id), ticket);
      reloadHistory(queryClient, id);
    },
    onError: (error) => {
      if (error instanceof ApiError && error.isStale) {
        void queryClient.invalidateQueries({ queryKey: ticketKeys.detail(id) });
        reloadHistory(queryClient, id);
      }
    },
  });
}

/** An action on the ticket as the operator saw it (`version`). */
export function useTicketAction(id: string) {
  const client = useApiClient();
  return useTicketChange(id, ({ action, body, version }: { action: TicketAction; body: unknown; version: number }) =>
    runTicketAction(client, id, action, body, version),
  );
}

/** Reserve, move, finish or cancel the ticket's callback reservation, on the version the operator saw. */
export function useCallbackChange(id: string) {
  const client = useApiClient();
  return useTicketChange(id, ({ change, version }: { change: CallbackChange; version: number }) =>
    changeCallback(client, id, change, version),
  );
}
