import { queryOptions } from '@tanstack/react-query';
import type { ApiClient } from '../../../lib/api-client';

/** One operator on the inflow board: their open work and whether tickets may be assigned to them. */
export interface InflowOperator {
  username: string;
  displayName: string;
  inProgress: number;
  onHold: number;
  assignmentEnabled: boolean;
}

/** `GET /api/v1/services/{code}/inflow` (인입현황); "today" is in the service's time zone. */
export interface Inflow {
  service: string;
  timeZone: string;
  operators: InflowOperator[];
  receivedToday: number;
  unassignedToday: number;
  unassignedTotal: number;
  /** 0–1: share of the tickets received in the last 24 h that are resolved, completed or internally resolved. */
  processingRate24h: number;
  asOf: string;
}

/** `GET /api/v1/me/status` (My 현황): the user's own tickets per service. */
export interface MyStatus {
  services: { service: string; inProgress: number; onHold: number; escalationsUnanswered: number }[];
}

/** The board is a live overview: re-read every 10 s. */
export const DASHBOARD_INTERVAL_MS = 10_000;

export const inflowQueryOptions = (client: ApiClient, service: string) =>
  queryOptions({
    queryKey: ['dashboard', 'inflow', service],
    queryFn: () => client.get<Inflow>(`/api/v1/services/${encodeURIComponent(service)}/inflow`),
    refetchInterval: DASHBOARD_INTERVAL_MS,
  });

export const myStatusQueryOptions = (client: ApiClient) =>
  queryOptions({
    queryKey: ['dashboard', 'me-status'],
    queryFn: () => client.get<MyStatus>('/api/v1/me/status'),
    refetchInterval: DASHBOARD_INTERVAL_MS,
  });
