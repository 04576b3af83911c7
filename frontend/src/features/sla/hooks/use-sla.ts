import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { ApiError } from '../../../lib/api-client';
import { useApiClient } from '../../../lib/api-context';
import {
  createPolicy,
  deletePolicy,
  groupsQueryOptions,
  inquiryTypesQueryOptions,
  policiesQueryOptions,
  reorderPolicies,
  slaKeys,
  updatePolicy,
} from '../api/sla';
import type { SlaPolicy, SlaPolicyRequest } from '../api/types';

export function useSlaPolicies(code: string) {
  return useQuery(policiesQueryOptions(useApiClient(), code));
}

export function useServiceGroups(code: string) {
  return useQuery(groupsQueryOptions(useApiClient(), code));
}

export function useInquiryTypes(code: string) {
  return useQuery(inquiryTypesQueryOptions(useApiClient(), code));
}

/** The list is read again after every write (positions and versions are the server's). */
function useReload(code: string) {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: slaKeys.policies(code) });
}

/** A stored policy replaces its old copy in the cached list at once; the list is then read again. */
function useStore(code: string) {
  const queryClient = useQueryClient();
  const reload = useReload(code);
  return (policy: SlaPolicy) => {
    queryClient.setQueryData<SlaPolicy[]>(slaKeys.policies(code), (list) =>
      list && list.some((p) => p.id === policy.id) ? list.map((p) => (p.id === policy.id ? policy : p)) : [...(list ?? []), policy],
    );
    return reload();
  };
}

export function useCreatePolicy(code: string) {
  const client = useApiClient();
  const store = useStore(code);
  return useMutation({ mutationFn: (request: SlaPolicyRequest) => createPolicy(client, code, request), onSuccess: store });
}

/** Saves with `If-Match`; on a stale version (409) the list is read again so the form shows the stored policy. */
export function useUpdatePolicy(code: string) {
  const client = useApiClient();
  const store = useStore(code);
  const reload = useReload(code);
  return useMutation({
    mutationFn: ({ policy, request }: { policy: SlaPolicy; request: SlaPolicyRequest }) =>
      updatePolicy(client, code, policy.id, policy.version, request),
    onSuccess: store,
    onError: (error) => {
      if (error instanceof ApiError && (error.isStale || error.status === 409)) void reload();
    },
  });
}

export function useDeletePolicy(code: string) {
  const client = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => deletePolicy(client, code, id),
    onSuccess: (_, id) => {
      queryClient.setQueryData<SlaPolicy[]>(slaKeys.policies(code), (list) => list?.filter((p) => p.id !== id));
      return queryClient.invalidateQueries({ queryKey: slaKeys.policies(code) });
    },
  });
}

/** Sends the new order; the list shows it at once and is read again (also when refused). */
export function useReorderPolicies(code: string) {
  const client = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (ids: string[]) => reorderPolicies(client, code, ids),
    onMutate: (ids) => {
      queryClient.setQueryData<SlaPolicy[]>(slaKeys.policies(code), (list) =>
        list && ids.map((id, position) => ({ ...list.find((p) => p.id === id)!, position: position + 1 })).filter((p) => p.id),
      );
    },
    onSettled: () => queryClient.invalidateQueries({ queryKey: slaKeys.policies(code) }),
  });
}
