import { queryOptions } from '@tanstack/react-query';
import { ApiError, type ApiClient } from '../../../lib/api-client';
import { POLL_INTERVAL_MS } from '../../../lib/polling';
import type {
  CustomerField,
  Escalation,
  EscalationPage,
  EscalationRequest,
  EscalationTarget,
  InquiryType,
} from './types';

/** While the issue ticket is being created (normally < 2 s) the new escalation is re-read this often… */
export const OUTCOME_POLL_MS = 1_000;
/** …for at most this long; then the dialog says it will show up in the escalations list. */
export const OUTCOME_WAIT_MS = 20_000;

export const escalationKeys = {
  all: ['escalations'] as const,
  targets: (ticketId: string) => [...escalationKeys.all, 'targets', ticketId] as const,
  ofTicket: (ticketId: string) => [...escalationKeys.all, 'ticket', ticketId] as const,
  detail: (id: string) => [...escalationKeys.all, 'detail', id] as const,
  inquiryTypes: (service: string) => [...escalationKeys.all, 'inquiry-types', service] as const,
  fields: (service: string, typeId: string) => [...escalationKeys.all, 'fields', service, typeId] as const,
};

/** Still on its way: the issue ticket is being created or has not answered yet. */
export const isPending = (escalation: Escalation) => escalation.status === 'REQUESTED' || escalation.status === 'OPEN';

export const escalationTargetsQueryOptions = (client: ApiClient, ticketId: string) =>
  queryOptions({
    queryKey: escalationKeys.targets(ticketId),
    queryFn: () => client.get<EscalationTarget[]>('/api/v1/escalations/targets', { ticketId }),
    staleTime: 30_000,
  });

/** The ticket's escalations in both directions, newest first; polled while any is still on its way. */
export const ticketEscalationsQueryOptions = (client: ApiClient, ticketId: string) =>
  queryOptions({
    queryKey: escalationKeys.ofTicket(ticketId),
    queryFn: () =>
      client.get<EscalationPage>('/api/v1/escalations', { ticketId }).catch((error: unknown) => {
        // 404: escalation-service does not know the ticket (yet: it learns of tickets from their events), so
        // nothing of it was escalated; the ticket page, which could load it, has nothing to show here
        if (error instanceof ApiError && error.status === 404) return { items: [] };
        throw error;
      }),
    refetchInterval: (query) => (query.state.data?.items.some(isPending) ? POLL_INTERVAL_MS : false),
  });

/** A new escalation until the issue ticket exists or was refused, for at most {@link OUTCOME_WAIT_MS}. */
export const escalationOutcomeQueryOptions = (client: ApiClient, accepted: Escalation, since: number) =>
  queryOptions({
    queryKey: escalationKeys.detail(accepted.id),
    queryFn: () => client.get<Escalation>(`/api/v1/escalations/${encodeURIComponent(accepted.id)}`),
    initialData: accepted,
    refetchInterval: (query) =>
      query.state.data?.status === 'REQUESTED' && Date.now() - since < OUTCOME_WAIT_MS ? OUTCOME_POLL_MS : false,
  });

/** The issue service's inquiry types; they change rarely. */
export const inquiryTypesQueryOptions = (client: ApiClient, service: string) =>
  queryOptions({
    queryKey: escalationKeys.inquiryTypes(service),
    queryFn: () => client.get<InquiryType[]>(`/api/v1/services/${encodeURIComponent(service)}/inquiry-types`),
    staleTime: 60_000,
  });

/** The customer fields of an inquiry type (its ancestors' included), active ones in their order. */
export const inquiryTypeFieldsQueryOptions = (client: ApiClient, service: string, typeId: string) =>
  queryOptions({
    queryKey: escalationKeys.fields(service, typeId),
    queryFn: async () => {
      const path = `/api/v1/services/${encodeURIComponent(service)}/inquiry-types/${encodeURIComponent(typeId)}/fields`;
      const fields = await client.get<CustomerField[]>(path);
      return fields.filter((f) => f.active).sort((a, b) => a.position - b.position);
    },
    staleTime: 60_000,
  });

/** `202` with the escalation as accepted (REQUESTED): the issue ticket is created after the answer. */
export function requestEscalation(client: ApiClient, request: EscalationRequest): Promise<Escalation> {
  return client.post<Escalation>('/api/v1/escalations', request);
}
