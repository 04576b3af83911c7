import { infiniteQueryOptions } from '@tanstack/react-query';
import type { ApiClient } from '../../../lib/api-client';
import { adminMailKeys } from './mail-settings';
import type { Delivery, Page } from './types';

export const DEAD_LETTER_PAGE_SIZE = 50;

/** FAILED deliveries of a service (optionally of one kind), newest first, by cursor. */
export const deadLettersQueryOptions = (client: ApiClient, code: string, kind: string) =>
  infiniteQueryOptions({
    queryKey: adminMailKeys.deadLetters(code, kind),
    queryFn: ({ pageParam }) =>
      client.get<Page<Delivery>>('/api/v1/notifications/deliveries', {
        serviceCode: code,
        status: 'FAILED',
        kind,
        cursor: pageParam,
        limit: DEAD_LETTER_PAGE_SIZE,
      }),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.next ?? undefined,
    // No polling: a retried row stays in the list, shown as QUEUED, until the page is opened again.
    refetchOnWindowFocus: false,
  });

export const retryDelivery = (client: ApiClient, id: string) =>
  client.post<Delivery>(`/api/v1/notifications/deliveries/${encodeURIComponent(id)}/retry`);
