import { queryOptions } from '@tanstack/react-query';
import type { GroupsAndMembers } from '../../../components/GroupAssigneeFields';
import type { ApiClient } from '../../../lib/api-client';
import { POLL_INTERVAL_MS } from '../../../lib/polling';

export const BULK_ACTIONS = ['comment', 'hold', 'resolve', 'assign', 'forward'] as const;
export type BulkAction = (typeof BULK_ACTIONS)[number];

/** What the bulk feature needs of a selected ticket (the tickets feature's Ticket fits). */
export interface BulkTicket {
  id: string;
  number: string;
  serviceCode: string;
  version: number;
  /** What the user may do to it now, where the server said so. */
  allowedActions?: string[];
}

/** `POST /api/v1/bulk-jobs`: the tickets and one action with that action's members. */
export interface BulkJobRequest {
  ticketIds: string[];
  action: BulkAction;
  body?: string;
  format?: 'TEXT' | 'HTML';
  groupId?: string;
  assignee?: string;
  note?: string;
  /** Ticket id → the version the user saw; a ticket changed since fails as stale. */
  versions?: Record<string, number>;
}

/** A failed ticket's problem: what the single action would have answered, with `code` (its type's last part). */
export interface BulkProblem {
  status: number;
  title?: string;
  detail?: string;
  code?: string;
  forbiddenWords?: string[];
  currentStatus?: string;
}

export interface BulkResult {
  ticketId: string;
  number: string | null;
  outcome: 'PENDING' | 'DONE' | 'FAILED';
  problem: BulkProblem | null;
}

export interface BulkJob {
  id: string;
  action: BulkAction;
  status: 'QUEUED' | 'RUNNING' | 'FINISHED';
  total: number;
  done: number;
  failed: number;
  createdAt: string;
  finishedAt: string | null;
  createdBy: string;
  results?: BulkResult[];
}

export const bulkKeys = {
  all: ['bulk-jobs'] as const,
  job: (id: string) => [...bulkKeys.all, id] as const,
  mine: () => [...bulkKeys.all, 'mine'] as const,
  groups: (service: string) => [...bulkKeys.all, 'groups', service] as const,
};

export function startBulkJob(client: ApiClient, request: BulkJobRequest, idempotencyKey: string) {
  return client.post<BulkJob>('/api/v1/bulk-jobs', request, { idempotencyKey });
}

/** The job, re-read while it runs. */
export const bulkJobQueryOptions = (client: ApiClient, id: string) =>
  queryOptions({
    queryKey: bulkKeys.job(id),
    queryFn: () => client.get<BulkJob>(`/api/v1/bulk-jobs/${encodeURIComponent(id)}`),
    refetchInterval: (query) => (query.state.data?.status === 'FINISHED' ? false : POLL_INTERVAL_MS),
  });

/** `GET /api/v1/bulk-jobs`: the 20 newest jobs the user started, without their results. */
export const myBulkJobsQueryOptions = (client: ApiClient) =>
  queryOptions({
    queryKey: bulkKeys.mine(),
    queryFn: () => client.get<BulkJob[]>('/api/v1/bulk-jobs'),
  });

/** The service's groups and members, for choosing where assigned or forwarded tickets go. */
export const serviceGroupsQueryOptions = (client: ApiClient, service: string) =>
  queryOptions({
    queryKey: bulkKeys.groups(service),
    queryFn: async (): Promise<GroupsAndMembers> => {
      const base = `/api/v1/services/${encodeURIComponent(service)}`;
      const [groups, members] = await Promise.all([
        client.get<GroupsAndMembers['groups']>(`${base}/groups`),
        client.get<GroupsAndMembers['members']>(`${base}/members`),
      ]);
      return { groups, members };
    },
    staleTime: 60_000,
  });
