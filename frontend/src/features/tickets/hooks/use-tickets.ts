import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useApiClient } from '../../../lib/api-context';
import {
  createTicket,
  ticketEventsQueryOptions,
  ticketKeys,
  ticketListQueryOptions,
  ticketQueryOptions,
} from '../api/tickets';
import type { CreateTicketRequest, TicketView } from '../api/types';

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
