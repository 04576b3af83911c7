import { queryOptions } from '@tanstack/react-query';
import type { ApiClient } from '../../../lib/api-client';

/** A service (workspace) and its settings, as `GET /api/v1/services/{code}` answers. */
export interface ServiceSettings {
  code: string;
  name: string;
  type: 'INQUIRY' | 'ISSUE';
  timeZone: string;
  helpCenterLanguages: string[];
  editorType: 'HTML' | 'TEXT';
  autoCompleteDays: number;
  maskingEnabled: boolean;
  operatorsMayUnmask: boolean;
}

/** What `POST` and `PUT /api/v1/services…` take: everything; the code only on create (it never changes). */
export type ServiceRequest = Omit<ServiceSettings, 'code'> & { code?: string };

const servicePath = (code: string) => `/api/v1/services/${encodeURIComponent(code)}`;

// the keys of the auth feature's reads of the same resources, so a change here refreshes the menus too
export const serviceKeys = {
  all: () => ['services', 'all'] as const,
  one: (code: string) => ['services', 'one', code] as const,
};

/** Every service of the organisation (org-admins). */
export const servicesQueryOptions = (client: ApiClient) =>
  queryOptions({ queryKey: serviceKeys.all(), queryFn: () => client.get<ServiceSettings[]>('/api/v1/services'), staleTime: 60_000 });

export const serviceQueryOptions = (client: ApiClient, code: string) =>
  queryOptions({ queryKey: serviceKeys.one(code), queryFn: () => client.get<ServiceSettings>(servicePath(code)), staleTime: 60_000 });

export const createService = (client: ApiClient, request: ServiceRequest) => client.post<ServiceSettings>('/api/v1/services', request);

/** Replaces the settings: an omitted switch is off. */
export const updateService = (client: ApiClient, code: string, request: ServiceRequest) =>
  client.put<ServiceSettings>(servicePath(code), request);
