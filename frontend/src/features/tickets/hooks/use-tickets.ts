import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { ApiError } from '../../../lib/api-client';
import { useApiClient } from '../../../lib/api-context';
import {
  createTicket,
  runTicketAction,
  ticketEventsQueryOptions,
  ticketMessagesQueryOptions,
  ticketKeys,
  ticketListQueryOptions,
  ticketQueryOptions,
} from '../api/tickets';
import type { CreateTicketRequest, TicketAction, TicketView } from '../api/types';

export function useTicketList(view: TicketView) {
  return useInfiniteQuery(ticketListQueryOptions(useApiClient(), view));
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

export function useTicketMessages(id: string) {
  return useQuery(ticketMessagesQueryOptions(useApiClient(), id));
}

/** An action on the ticket as the operator saw it (`version`); if someone else changed it, the fresh state is loaded. */
export function useTicketAction(id: string) {
  const client = useApiClient();
  const queryClient = useQueryClient();
  const reloadHistory = () => {
    void queryClient.invalidateQueries({ queryKey: ticketKeys.messages(id) });
    void queryClient.invalidateQueries({ queryKey: ticketKeys.events(id) });
    void queryClient.invalidateQueries({ queryKey: ticketKeys.lists() });
  };
  return useMutation({
    mutationFn: ({ action, body, version }: { action: TicketAction; body: unknown; version: number }) =>
      runTicketAction(client, id, action, body, version),
    onSuccess: (ticket) => {
      queryClient.setQueryData(ticketKeys.detail(id), ticket);
      reloadHistory();
    },
    onError: (error) => {
      if (error instanceof ApiError && error.isStale) {
        void queryClient.invalidateQueries({ queryKey: ticketKeys.detail(id) });
        reloadHistory();
      }
    },
  });
}
