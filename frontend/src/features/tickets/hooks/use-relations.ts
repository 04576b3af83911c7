import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useApiClient } from '../../../lib/api-context';
import {
  addDuplicateLink,
  createSubTicket,
  linksQueryOptions,
  relationKeys,
  removeLink,
  subTicketsQueryOptions,
} from '../api/relations';
import { ticketByNumberQueryOptions, ticketKeys } from '../api/tickets';
import type { NewSubTicket } from '../api/types';

export function useSubTickets(id: string) {
  return useQuery(subTicketsQueryOptions(useApiClient(), id));
}

/** A new sub-ticket: the list and the parent (its history names the child) are read again. */
export function useCreateSubTicket(parentId: string) {
  const client = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (request: NewSubTicket) => createSubTicket(client, parentId, request),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: relationKeys.subTickets(parentId) });
      void queryClient.invalidateQueries({ queryKey: ticketKeys.events(parentId) });
    },
  });
}

export function useLinks(id: string) {
  return useQuery(linksQueryOptions(useApiClient(), id));
}

/** Marks the ticket a duplicate of the ticket with this number (`CS-12`); rejects with `notFound` when none is seen. */
export function useAddDuplicateLink(id: string) {
  const client = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (number: string) => {
      const other = await queryClient.fetchQuery(ticketByNumberQueryOptions(client, number));
      if (!other) throw new UnknownTicketNumber(number);
      return addDuplicateLink(client, id, other);
    },
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: relationKeys.links(id) }),
  });
}

export function useRemoveLink(id: string) {
  const client = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (linkId: string) => removeLink(client, id, linkId),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: relationKeys.links(id) }),
  });
}

/** No ticket the user may see has this number. */
export class UnknownTicketNumber extends Error {
  constructor(readonly number: string) {
    super(number);
  }
}
