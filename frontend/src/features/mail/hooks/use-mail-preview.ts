import { useQuery } from '@tanstack/react-query';
import { useApiClient } from '../../../lib/api-context';
import { mailPreviewQueryOptions } from '../api/mail-preview';
import type { MailPreviewRequest } from '../api/types';

export function useMailPreview(request: MailPreviewRequest) {
  return useQuery(mailPreviewQueryOptions(useApiClient(), request));
}
