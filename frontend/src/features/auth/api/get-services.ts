import { queryOptions } from '@tanstack/react-query';
import type { ApiClient } from '../../../lib/api-client';
import type { AdminService } from '../lib/admin-access';

/** Every service of the organisation; only org-admins may ask. */
export const organisationServicesQueryOptions = (client: ApiClient) =>
  queryOptions({
    queryKey: ['services', 'all'],
    queryFn: () => client.get<AdminService[]>('/api/v1/services'),
    staleTime: 60_000,
  });

/** One service the user is a member of, with its settings (only its time zone is used here). */
export const serviceQueryOptions = (client: ApiClient, code: string) =>
  queryOptions({
    queryKey: ['services', 'one', code],
    queryFn: () => client.get<{ code: string; timeZone: string }>(`/api/v1/services/${encodeURIComponent(code)}`),
    staleTime: 10 * 60_000,
  });
