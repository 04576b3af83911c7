import { queryOptions } from '@tanstack/react-query';
import type { ApiClient, UploadOptions } from '../../../lib/api-client';
import type { EditorType, TicketGroup, UploadedAttachment } from './types';

const service = (code: string) => `/api/v1/services/${encodeURIComponent(code)}`;

/** The service's reply editor (`GET /api/v1/services/{code}`, readable by its members). */
export const editorTypeQueryOptions = (client: ApiClient, serviceCode: string) =>
  queryOptions({
    queryKey: ['services', 'one', serviceCode, 'editorType'],
    queryFn: async () => (await client.get<{ editorType: EditorType }>(service(serviceCode))).editorType,
    staleTime: 10 * 60_000,
  });

/** The signed-in operator's groups in one service (from `GET /api/v1/me`): keep asks which one takes a ticket. */
export const myGroupsQueryOptions = (client: ApiClient, serviceCode: string) =>
  queryOptions({
    queryKey: ['me', 'groups', serviceCode],
    queryFn: async () => {
      const me = await client.get<{ services: { code: string; groups: TicketGroup[] }[] }>('/api/v1/me');
      return me.services.find((s) => s.code === serviceCode)?.groups ?? [];
    },
    staleTime: 60_000,
  });

/** Stores a file on the ticket, to be sent with the next reply or comment. */
export function uploadAttachment(client: ApiClient, ticketId: string, file: File, options: UploadOptions) {
  return client.upload<UploadedAttachment>(`/api/v1/tickets/${encodeURIComponent(ticketId)}/attachments`, file, options);
}
