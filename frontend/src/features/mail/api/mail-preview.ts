import { queryOptions } from '@tanstack/react-query';
import type { ApiClient } from '../../../lib/api-client';
import type { MailPreview, MailPreviewRequest } from './types';

export const mailKeys = {
  preview: (request: MailPreviewRequest) => ['mail', 'preview', request] as const,
};

/**
 * The rendered mail for a reply that is not sent yet. A POST without side effects, read as a query
 * so that switching the type back and forth does not render again.
 */
export const mailPreviewQueryOptions = (client: ApiClient, request: MailPreviewRequest) =>
  queryOptions({
    queryKey: mailKeys.preview(request),
    queryFn: () => client.post<MailPreview>('/api/v1/notifications/mail-previews', request),
    staleTime: 60_000,
    gcTime: 60_000,
    refetchOnWindowFocus: false,
  });
