import { infiniteQueryOptions, queryOptions } from '@tanstack/react-query';
import type { ApiClient } from '../../../lib/api-client';
import { adminMailKeys } from './mail-settings';
import type { Page, QuarantinedMail, QuarantinedMailDetail } from './types';

export const QUARANTINE_PAGE_SIZE = 50;
const path = (id: string) => `/api/v1/notifications/quarantined-mails/${encodeURIComponent(id)}`;

export const quarantineQueryOptions = (client: ApiClient, code: string) =>
  infiniteQueryOptions({
    queryKey: adminMailKeys.quarantine(code),
    queryFn: ({ pageParam }) =>
      client.get<Page<QuarantinedMail>>('/api/v1/notifications/quarantined-mails', {
        serviceCode: code,
        cursor: pageParam,
        limit: QUARANTINE_PAGE_SIZE,
      }),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.next ?? undefined,
  });

export const quarantinedMailQueryOptions = (client: ApiClient, id: string) =>
  queryOptions({
    queryKey: adminMailKeys.quarantined(id),
    queryFn: () => client.get<QuarantinedMailDetail>(path(id)),
  });

export const releaseMail = (client: ApiClient, id: string) => client.post<void>(`${path(id)}/release`);
export const deleteMail = (client: ApiClient, id: string) => client.delete(path(id));
