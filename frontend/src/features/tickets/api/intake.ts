import { queryOptions } from '@tanstack/react-query';
import type { ApiClient } from '../../../lib/api-client';
import type { IntakeField, IntakeOptions, ServiceMember, TicketGroup, TypeNode } from './types';

export const intakeKeys = {
  options: (service: string) => ['tickets', 'intake', service] as const,
};

/**
 * The groups, members, inquiry types and fields of a service: what the create form, forward, assign and sub-ticket
 * dialogs offer. People and settings change rarely, so this is read once a minute at most.
 */
export const intakeOptionsQueryOptions = (client: ApiClient, service: string) =>
  queryOptions({
    queryKey: intakeKeys.options(service),
    queryFn: async (): Promise<IntakeOptions> => {
      const base = `/api/v1/services/${encodeURIComponent(service)}`;
      const [groups, members, inquiryTypes, fields] = await Promise.all([
        client.get<TicketGroup[]>(`${base}/groups`),
        client.get<ServiceMember[]>(`${base}/members`),
        client.get<TypeNode[]>(`${base}/inquiry-types`),
        client.get<IntakeField[]>(`${base}/fields`),
      ]);
      return { groups: groups.map(({ id, name }) => ({ id, name })), members, inquiryTypes, fields };
    },
    staleTime: 60_000,
  });
