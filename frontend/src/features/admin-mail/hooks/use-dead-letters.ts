import { useInfiniteQuery, useMutation, useQueryClient, type InfiniteData } from '@tanstack/react-query';
import { useApiClient } from '../../../lib/api-context';
import { deadLettersQueryOptions, retryDelivery } from '../api/deliveries';
import { adminMailKeys } from '../api/mail-settings';
import type { Delivery, Page } from '../api/types';

export function useDeadLetters(code: string, kind: string) {
  return useInfiniteQuery(deadLettersQueryOptions(useApiClient(), code, kind));
}

/** Retries one delivery and puts the answer (QUEUED again) in place of its row. */
export function useRetryDelivery(code: string, kind: string) {
  const client = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => retryDelivery(client, id),
    onSuccess: (delivery) =>
      queryClient.setQueryData<InfiniteData<Page<Delivery>>>(adminMailKeys.deadLetters(code, kind), (old) =>
        old
          ? {
              ...old,
              pages: old.pages.map((page) => ({
                ...page,
                items: page.items.map((item) => (item.id === delivery.id ? delivery : item)),
              })),
            }
          : old,
      ),
  });
}
