import { queryOptions } from '@tanstack/react-query';
import type { ApiClient } from '../../../lib/api-client';

export interface MeGroup {
  id: string;
  name: string;
}

export interface MeService {
  code: string;
  name: string;
  type: 'INQUIRY' | 'ISSUE' | string;
  role: 'ADMIN' | 'OPERATOR' | string;
  groups: MeGroup[];
  /** Whether I may choose the group or assignee of a new ticket (admins, operators with the forward permission). */
  mayPlaceNewTickets: boolean;
}

export interface Me {
  username: string;
  displayName: string;
  email: string;
  roles: string[];
  services: MeService[];
}

export const meQueryOptions = (client: ApiClient) =>
  queryOptions({
    queryKey: ['me'],
    queryFn: () => client.get<Me>('/api/v1/me'),
    staleTime: 60_000,
  });
