import { useEffect, useState } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useApiClient } from '../../../lib/api-context';
import {
  OUTCOME_WAIT_MS,
  escalationKeys,
  escalationOutcomeQueryOptions,
  escalationTargetsQueryOptions,
  inquiryTypeFieldsQueryOptions,
  inquiryTypesQueryOptions,
  requestEscalation,
  ticketEscalationsQueryOptions,
} from '../api/escalations';
import type { Escalation, EscalationRequest } from '../api/types';

export function useEscalationTargets(ticketId: string) {
  return useQuery(escalationTargetsQueryOptions(useApiClient(), ticketId));
}

export function useTicketEscalations(ticketId: string) {
  return useQuery(ticketEscalationsQueryOptions(useApiClient(), ticketId));
}

export function useInquiryTypes(service: string) {
  return useQuery({ ...inquiryTypesQueryOptions(useApiClient(), service), enabled: Boolean(service) });
}

export function useInquiryTypeFields(service: string, typeId: string) {
  return useQuery({ ...inquiryTypeFieldsQueryOptions(useApiClient(), service, typeId), enabled: Boolean(service && typeId) });
}

/** Sends the escalation; the ticket's escalations are read again once it is accepted. */
export function useRequestEscalation(ticketId: string) {
  const client = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (request: EscalationRequest) => requestEscalation(client, request),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: escalationKeys.ofTicket(ticketId) }),
  });
}

/**
 * The accepted escalation, re-read until the issue ticket exists or was refused (or the wait is over); then the
 * ticket's escalations are read again, so the panel shows the outcome too.
 */
export function useEscalationOutcome(accepted: Escalation) {
  const queryClient = useQueryClient();
  const [since] = useState(() => Date.now());
  const query = useQuery(escalationOutcomeQueryOptions(useApiClient(), accepted, since));
  const escalation = query.data;
  // the last re-read is answered after the wait is over, so this is seen on the render it causes
  const waitedOut = escalation.status === 'REQUESTED' && !query.isFetching && Date.now() - since >= OUTCOME_WAIT_MS;
  const settled = escalation.status !== 'REQUESTED' || waitedOut;
  const ticketId = accepted.source.ticketId;
  useEffect(() => {
    if (settled) void queryClient.invalidateQueries({ queryKey: escalationKeys.ofTicket(ticketId) });
  }, [settled, queryClient, ticketId]);
  return { escalation, waitedOut, settled };
}
