import type { ReactNode } from 'react';
import type { Channel, TicketStatus } from '../../../i18n';

export type TicketView = 'mine' | 'all';

export interface TicketGroup {
  id: string;
  name: string;
}

export interface TicketPerson {
  username: string;
  displayName: string;
}

export interface TicketCustomer {
  email?: string | null;
  name?: string | null;
}

export interface Ticket {
  id: string;
  number: string;
  serviceCode: string;
  title: string;
  content: string;
  channel: Channel | string;
  status: TicketStatus | string;
  group: TicketGroup | null;
  assignee: TicketPerson | null;
  customer: TicketCustomer | null;
  internalResolution?: string | null;
  priority?: string;
  language?: string | null;
  tags?: string[];
  createdAt: string;
  updatedAt: string;
  version: number;
  /** What the signed-in user may do to the ticket now, as ticket-service decides (action paths). */
  allowedActions?: string[];
}

export interface TicketPage {
  items: Ticket[];
  next: string | null;
}

export interface TicketEvent {
  type: string;
  actor: string | null;
  summary: string;
  at: string;
}

/** A file sent with a message; its bytes are at /api/v1/tickets/{ticketId}/attachments/{id}. */
export interface MessageFile {
  id: string;
  fileName: string;
  contentType: string;
  size: number;
}

/** One entry of the processing history: inquiry, reply, comment. */
export interface TicketMessage {
  id: string;
  type: string;
  author: string;
  body: string;
  format: 'TEXT' | 'HTML';
  createdAt: string;
  attachments?: MessageFile[];
}

/** The actions of /api/v1/tickets/{id}/{action} that the console offers. */
export type TicketAction = 'keep' | 'comment' | 'hold' | 'resolve' | 'internal-resolution' | 'restore';

export const INTERNAL_RESOLUTIONS = [
  'SPAM',
  'ABUSE',
  'TEST',
  'DUPLICATE',
  'CHAT_RESOLVED',
  'PHONE_RESOLVED',
  'OTHER',
] as const;
export type InternalResolution = (typeof INTERNAL_RESOLUTIONS)[number];

export interface CreateTicketRequest {
  title: string;
  content: string;
  channel: Channel;
  customer: { email: string; name?: string };
}

/** A service the operator may create tickets in (from /me). */
export interface ServiceOption {
  code: string;
  name: string;
}

/** The reply being typed, handed to tools shown beside the reply buttons (e.g. the mail preview). */
export interface ReplyDraft {
  ticketId: string;
  body: string;
  /** The customer-mail reply types the ticket allows now: resolve first, then hold. */
  mailTypes: ('RESOLVE' | 'HOLD')[];
}

/** Renders extra controls next to hold/resolve; the app composes them from other features. */
export type ReplyTools = (draft: ReplyDraft) => ReactNode;
