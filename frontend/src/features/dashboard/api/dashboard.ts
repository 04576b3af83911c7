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
  services: {
    service: string;
    inProgress: number;
    onHold: number;
    /** My tickets with an open callback reservation (약속콜), and those whose time has come. */
    callbacks: number;
    callbacksDue: number;
    escalationsUnanswered: number;
    /** My open tickets with an SLA clock past due and not met yet (absent from an older ticket-service: 0). */
    slaOverdue?: number;
    /** My open tickets past an SLA warning time, not yet due. */
    slaAtRisk?: number;
  }[];
}

/** `GET /api/v1/me/callbacks`: one of my open callback reservations, soonest first. */
export interface MyCallback {
  ticketId: string;
  number: string;
  serviceCode: string;
  title: string;
  status: string;
  customerName?: string | null;
  phone: string;
  /** When to call (an instant). */
  at: string;
  note?: string | null;
  reservedBy: string;
  /** Its time has come. */
  due: boolean;
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

export const myCallbacksQueryOptions = (client: ApiClient) =>
  queryOptions({
    queryKey: ['dashboard', 'me-callbacks'],
    queryFn: () => client.get<MyCallback[]>('/api/v1/me/callbacks'),
    refetchInterval: DASHBOARD_INTERVAL_MS,
  });
