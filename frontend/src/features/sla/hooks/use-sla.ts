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
import type { SlaPolicy, SlaPolicyList, SlaPolicyRequest } from '../api/types';

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
    queryClient.setQueryData<SlaPolicyList>(slaKeys.policies(code), (list) =>
      list && {
        ...list,
        items: list.items.some((p) => p.id === policy.id)
          ? list.items.map((p) => (p.id === policy.id ? policy : p))
          : [...list.items, policy],
      },
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

/** Deletes after the confirmation; on a stale version (409) the list is read again. */
export function useDeletePolicy(code: string) {
  const client = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (policy: SlaPolicy) => deletePolicy(client, code, policy),
    onSuccess: (_, { id }) => {
      queryClient.setQueryData<SlaPolicyList>(slaKeys.policies(code), (list) => list && { ...list, items: list.items.filter((p) => p.id !== id) });
      return queryClient.invalidateQueries({ queryKey: slaKeys.policies(code) });
    },
    onError: (error) => {
      if (error instanceof ApiError && error.status === 409) void queryClient.invalidateQueries({ queryKey: slaKeys.policies(code) });
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
      queryClient.setQueryData<SlaPolicyList>(slaKeys.policies(code), (list) =>
        list && {
          ...list,
          items: ids.flatMap((id, position) => list.items.filter((p) => p.id === id).map((p) => ({ ...p, position: position + 1 }))),
        },
      );
    },
    onSettled: () => queryClient.invalidateQueries({ queryKey: slaKeys.policies(code) }),
  });
}
