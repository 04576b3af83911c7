import { queryOptions } from '@tanstack/react-query';
import type { ApiClient } from '../../../lib/api-client';
import type { MaskRange, MessageMask } from './types';

/** A message's masks, or (no message) those of the ticket's own content. */
const masksPath = (ticketId: string, messageId: string | null) =>
  messageId === null ? `/api/v1/tickets/${ticketId}/content/masks` : `/api/v1/tickets/${ticketId}/messages/${messageId}/masks`;

/** Masks the range of the message's text or of the ticket's content (its characters become `*` on the server). */
export const maskRange = (client: ApiClient, ticketId: string, messageId: string | null, range: MaskRange) =>
  client.post<MessageMask>(masksPath(ticketId, messageId), range);

/** Restores what the mask hid. */
export const unmask = (client: ApiClient, ticketId: string, messageId: string | null, maskId: string) =>
  client.delete(`${masksPath(ticketId, messageId)}/${maskId}`);

/** The masked ranges of the ticket's own content (a message lists its masks itself). */
export const contentMasksQueryOptions = (client: ApiClient, ticketId: string) =>
  queryOptions({
    queryKey: ['masks', 'content', ticketId],
    queryFn: () => client.get<MessageMask[]>(masksPath(ticketId, null)),
  });
