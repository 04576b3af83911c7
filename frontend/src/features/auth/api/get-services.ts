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
