import type { ApiClient } from '../../../lib/api-client';
import type { MaskRange, MessageMask } from './types';

const masksPath = (ticketId: string, messageId: string) =>
  `/api/v1/tickets/${ticketId}/messages/${messageId}/masks`;

/** Masks the range of the message's text (its characters become `*` on the server). */
export const maskRange = (client: ApiClient, ticketId: string, messageId: string, range: MaskRange) =>
  client.post<MessageMask>(masksPath(ticketId, messageId), range);

/** Restores what the mask hid. */
export const unmask = (client: ApiClient, ticketId: string, messageId: string, maskId: string) =>
  client.delete(`${masksPath(ticketId, messageId)}/${maskId}`);
