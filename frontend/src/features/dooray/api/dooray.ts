import { queryOptions } from '@tanstack/react-query';
import { ApiError, type ApiClient } from '../../../lib/api-client';
import { POLL_INTERVAL_MS } from '../../../lib/polling';
import type {
  ConnectionRequest,
  DoorayComment,
  DoorayCommentPage,
  DoorayConnection,
  DoorayEscalation,
  DoorayEscalationPage,
  DoorayEscalationRequest,
  DoorayMember,
  DoorayTags,
} from './types';

const service = (code: string) => `/api/v1/dooray/services/${encodeURIComponent(code)}`;
const connectionPath = (code: string) => `${service(code)}/connection`;
const projectPath = (code: string, projectId: string) => `${service(code)}/projects/${encodeURIComponent(projectId)}`;
const escalationPath = (id: string) => `/api/v1/dooray/escalations/${encodeURIComponent(id)}`;

export const doorayKeys = {
  all: ['dooray'] as const,
  connection: (code: string) => [...doorayKeys.all, 'connection', code] as const,
  members: (code: string, projectId: string) => [...doorayKeys.all, 'members', code, projectId] as const,
  tags: (code: string, projectId: string) => [...doorayKeys.all, 'tags', code, projectId] as const,
  ofTicket: (ticketId: string) => [...doorayKeys.all, 'ticket', ticketId] as const,
  comments: (escalationId: string) => [...doorayKeys.all, 'comments', escalationId] as const,
};

/** 404 is "there is none" here, not an error: the answer becomes `none`. */
const noneOn404 = <T, N>(none: N) => (error: unknown): T | N => {
  if (error instanceof ApiError && error.status === 404) return none;
  throw error;
};

/** The task is still on its way or being worked: its conversation may change by itself. */
export const isLive = (escalation: DoorayEscalation) =>
  (escalation.status === 'PENDING' || escalation.status === 'OPEN') && escalation.workflowClass !== 'closed';

/** Comments can be added while the task exists and is not closed. */
export const acceptsComments = (escalation: DoorayEscalation) =>
  Boolean(escalation.taskId) && escalation.status === 'OPEN' && escalation.workflowClass !== 'closed';

/** The service's Dooray connection, or null while it has none (404). */
export const connectionQueryOptions = (client: ApiClient, code: string) =>
  queryOptions({
    queryKey: doorayKeys.connection(code),
    queryFn: () => client.get<DoorayConnection>(connectionPath(code)).catch(noneOn404<DoorayConnection, null>(null)),
    staleTime: 60_000,
  });

/** Who a task can be addressed to; read from Dooray on each call, so kept for a while. */
export const membersQueryOptions = (client: ApiClient, code: string, projectId: string) =>
  queryOptions({
    queryKey: doorayKeys.members(code, projectId),
    queryFn: async () => (await client.get<{ items: DoorayMember[] }>(`${projectPath(code, projectId)}/members`)).items,
    staleTime: 60_000,
  });

export const tagsQueryOptions = (client: ApiClient, code: string, projectId: string) =>
  queryOptions({
    queryKey: doorayKeys.tags(code, projectId),
    queryFn: () => client.get<DoorayTags>(`${projectPath(code, projectId)}/tags`),
    staleTime: 60_000,
  });

/** Newest first (by when they were requested), whatever order the server lists them in. */
const newestFirst = (items: DoorayEscalation[]) =>
  [...items].sort((a, b) => (a.requestedAt < b.requestedAt ? 1 : a.requestedAt > b.requestedAt ? -1 : 0));

/** The ticket's Dooray escalations, newest first; polled while one is on its way or open. 404: none. */
export const ticketDoorayEscalationsQueryOptions = (client: ApiClient, ticketId: string) =>
  queryOptions({
    queryKey: doorayKeys.ofTicket(ticketId),
    queryFn: async () => {
      const page = await client
        .get<DoorayEscalationPage>('/api/v1/dooray/escalations', { ticketId })
        .catch(noneOn404<DoorayEscalationPage, DoorayEscalationPage>({ items: [] }));
      return newestFirst(page.items);
    },
    refetchInterval: (query) => (query.state.data?.some(isLive) ? POLL_INTERVAL_MS : false),
  });

/** The task's comments, oldest first; polled while the task is open. */
export const commentsQueryOptions = (client: ApiClient, escalation: DoorayEscalation) =>
  queryOptions({
    queryKey: doorayKeys.comments(escalation.id),
    queryFn: async () => (await client.get<DoorayCommentPage>(`${escalationPath(escalation.id)}/comments`)).items,
    refetchInterval: isLive(escalation) ? POLL_INTERVAL_MS : false,
  });

/** `201` with the escalation (the task, or PENDING while Dooray creates it). */
export const requestDoorayEscalation = (client: ApiClient, request: DoorayEscalationRequest) =>
  client.post<DoorayEscalation>('/api/v1/dooray/escalations', request);

/** `201`; 409 once the task is closed. */
export const postComment = (client: ApiClient, escalationId: string, content: string) =>
  client.post<DoorayComment>(`${escalationPath(escalationId)}/comments`, { content, mimeType: 'text/x-markdown' });

export const saveConnection = (client: ApiClient, code: string, request: ConnectionRequest) =>
  client.put<DoorayConnection>(connectionPath(code), request);

export const deleteConnection = (client: ApiClient, code: string) => client.delete(connectionPath(code));

export const rotateHookSecret = (client: ApiClient, code: string) =>
  client.post<DoorayConnection>(`${connectionPath(code)}/hook-secret`);
