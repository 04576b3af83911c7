import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { ApiError } from '../../../lib/api-client';
import { useApiClient } from '../../../lib/api-context';
import {
  commentsQueryOptions,
  connectionQueryOptions,
  deleteConnection,
  doorayKeys,
  membersQueryOptions,
  postComment,
  requestDoorayEscalation,
  rotateHookSecret,
  saveConnection,
  tagsQueryOptions,
  ticketDoorayEscalationsQueryOptions,
} from '../api/dooray';
import type { ConnectionRequest, DoorayConnection, DoorayEscalation, DoorayEscalationRequest } from '../api/types';

/** The service's connection; `data` is null while it has none. */
export function useDoorayConnection(code: string) {
  return useQuery({ ...connectionQueryOptions(useApiClient(), code), enabled: Boolean(code) });
}

export function useProjectMembers(code: string, projectId: string) {
  return useQuery({ ...membersQueryOptions(useApiClient(), code, projectId), enabled: Boolean(code && projectId) });
}

export function useProjectTags(code: string, projectId: string) {
  return useQuery({ ...tagsQueryOptions(useApiClient(), code, projectId), enabled: Boolean(code && projectId) });
}

export function useTicketDoorayEscalations(ticketId: string) {
  return useQuery(ticketDoorayEscalationsQueryOptions(useApiClient(), ticketId));
}

export function useDoorayComments(escalation: DoorayEscalation, enabled: boolean) {
  return useQuery({ ...commentsQueryOptions(useApiClient(), escalation), enabled });
}

/** Creates the task; the ticket's Dooray escalations are read again. */
export function useRequestDoorayEscalation(ticketId: string) {
  const client = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (request: DoorayEscalationRequest) => requestDoorayEscalation(client, request),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: doorayKeys.ofTicket(ticketId) }),
  });
}

/** Posts a comment; the comments are read again, and on 409 (the task was closed) the escalations too. */
export function usePostComment(escalation: DoorayEscalation) {
  const client = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (content: string) => postComment(client, escalation.id, content),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: doorayKeys.comments(escalation.id) }),
    onError: (error) => {
      if (error instanceof ApiError && error.status === 409) {
        void queryClient.invalidateQueries({ queryKey: doorayKeys.ofTicket(escalation.ticketId) });
        void queryClient.invalidateQueries({ queryKey: doorayKeys.comments(escalation.id) });
      }
    },
  });
}

/** The admin page's writes answer the stored connection (or none, after a delete): it replaces the cached one. */
function useStoreConnection(code: string) {
  const queryClient = useQueryClient();
  return (connection: DoorayConnection | null) => queryClient.setQueryData(doorayKeys.connection(code), connection);
}

export function useSaveConnection(code: string) {
  const client = useApiClient();
  const store = useStoreConnection(code);
  return useMutation({ mutationFn: (request: ConnectionRequest) => saveConnection(client, code, request), onSuccess: store });
}

export function useRotateHookSecret(code: string) {
  const client = useApiClient();
  const store = useStoreConnection(code);
  return useMutation({ mutationFn: () => rotateHookSecret(client, code), onSuccess: store });
}

export function useDeleteConnection(code: string) {
  const client = useApiClient();
  const store = useStoreConnection(code);
  return useMutation({ mutationFn: () => deleteConnection(client, code), onSuccess: () => store(null) });
}
