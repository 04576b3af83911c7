import { queryOptions } from '@tanstack/react-query';
import type { ApiClient } from '../../../lib/api-client';
import type { InquiryTypeNode, ServiceGroup, SlaPolicy, SlaPolicyList, SlaPolicyRequest } from './types';

const policiesPath = (code: string) => `/api/v1/sla/services/${encodeURIComponent(code)}/policies`;
const policyPath = (code: string, id: string) => `${policiesPath(code)}/${encodeURIComponent(id)}`;
const servicePath = (code: string) => `/api/v1/services/${encodeURIComponent(code)}`;

export const slaKeys = {
  all: ['sla'] as const,
  policies: (code: string) => [...slaKeys.all, 'policies', code] as const,
  groups: (code: string) => [...slaKeys.all, 'groups', code] as const,
  inquiryTypes: (code: string) => [...slaKeys.all, 'inquiry-types', code] as const,
};

/** By position, whatever order the server lists them in. */
const byPosition = (policies: SlaPolicy[]) => [...policies].sort((a, b) => a.position - b.position);

export const policiesQueryOptions = (client: ApiClient, code: string) =>
  queryOptions({
    queryKey: slaKeys.policies(code),
    queryFn: async (): Promise<SlaPolicyList> => {
      const answer = await client.get<SlaPolicy[] | { items: SlaPolicy[]; mayAdminister?: boolean }>(policiesPath(code));
      return Array.isArray(answer)
        ? { items: byPosition(answer), mayAdminister: null }
        : { items: byPosition(answer.items ?? []), mayAdminister: answer.mayAdminister ?? null };
    },
  });

/** The service's groups (ticket-service, as the search panel reads them), for "hand to a group" on breach. */
export const groupsQueryOptions = (client: ApiClient, code: string) =>
  queryOptions({
    queryKey: slaKeys.groups(code),
    queryFn: async () => (await client.get<ServiceGroup[]>(`${servicePath(code)}/groups`)).map(({ id, name }) => ({ id, name })),
    staleTime: 60_000,
  });

export const inquiryTypesQueryOptions = (client: ApiClient, code: string) =>
  queryOptions({
    queryKey: slaKeys.inquiryTypes(code),
    queryFn: () => client.get<InquiryTypeNode[]>(`${servicePath(code)}/inquiry-types`),
    staleTime: 60_000,
  });

/** `201` with the new policy (last in the order). */
export const createPolicy = (client: ApiClient, code: string, request: SlaPolicyRequest) =>
  client.post<SlaPolicy>(policiesPath(code), request);

/** With `If-Match` of the version on screen; `409` when someone changed it first. */
export const updatePolicy = (client: ApiClient, code: string, id: string, version: number, request: SlaPolicyRequest) =>
  client.put<SlaPolicy>(policyPath(code, id), request, { ifMatch: version });

/** With `If-Match` of the version on screen (escalation-service checks it when sent). */
export const deletePolicy = (client: ApiClient, code: string, policy: SlaPolicy) =>
  client.delete(policyPath(code, policy.id), { ifMatch: policy.version });

/** Every policy's id in the new order. */
export const reorderPolicies = (client: ApiClient, code: string, ids: string[]) =>
  client.put<unknown>(`${policiesPath(code)}/order`, { ids });

/** The request a stored policy is (to switch it on or off as it is). */
export const policyRequest = ({ name, enabled, conditions, targets, hours, pauseIn, warnBefore, onBreach }: SlaPolicy): SlaPolicyRequest => ({
  name,
  enabled,
  conditions,
  targets,
  hours,
  pauseIn,
  warnBefore,
  onBreach,
});
