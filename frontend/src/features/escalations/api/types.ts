import type { TypeTreeNode } from '../../../lib/type-tree';

/** `GET /api/v1/escalations/targets?ticketId=`: an ISSUE-type service the ticket can be escalated to. */
export interface EscalationTarget {
  serviceCode: string;
  name: string;
}

export const ESCALATION_STATUSES = ['REQUESTED', 'OPEN', 'ANSWERED', 'REFUSED'] as const;
/** REQUESTED: accepted, the issue ticket is being created; OPEN: it exists; ANSWERED: it was held or resolved. */
export type EscalationStatus = (typeof ESCALATION_STATUSES)[number];

/** How the issue ticket answered: held, resolved or resolved internally; posted onto the source ticket. */
export interface EscalationAnswer {
  action: 'hold' | 'resolve' | 'internal-resolution' | string;
  content: string;
  format: 'TEXT' | 'HTML';
  answeredBy: string;
  answeredAt: string;
}

/** One escalation of escalation-service, seen from either ticket. */
export interface Escalation {
  id: string;
  status: EscalationStatus | string;
  source: { ticketId: string; number: string; serviceCode: string };
  /** `ticketId` and `number` are null until the issue ticket is created. */
  target: { serviceCode: string; ticketId: string | null; number: string | null };
  title: string;
  requestedBy: string;
  requestedAt: string;
  /** Why ticket-service refused to create the issue ticket. */
  refusal: string | null;
  answer: EscalationAnswer | null;
  updatedAt: string;
}

export interface EscalationPage {
  items: Escalation[];
}

/** A value of a customer field as ticket-service takes it: text, a choice, a flag or a period. */
export type FieldValue = string | boolean | { from: string; to: string };

/** `POST /api/v1/escalations`. */
export interface EscalationRequest {
  ticketId: string;
  targetServiceCode: string;
  inquiryTypeId: string;
  fields: Record<string, FieldValue>;
  title: string;
  content: string;
}

/** One choice of a dropdown or radio field. */
export interface FieldOption {
  value: string;
  names: Record<string, string>;
}

/**
 * A customer field of an inquiry type (ticket-service `FieldView`); `type` is one of ticket-service's `FieldType`
 * codes: text, textarea, checkbox, dropdown, radio, date, datetime, date_period, datetime_period, agree, caption, file.
 */
export interface CustomerField {
  code: string;
  scope: string;
  type: string;
  names: Record<string, string>;
  options: FieldOption[];
  required: boolean;
  encrypted: boolean;
  adminOnly: boolean;
  active: boolean;
  position: number;
}

export type InquiryType = TypeTreeNode;

/** What the escalation feature needs of a ticket (the tickets feature's ticket has it). */
export interface EscalatedTicket {
  id: string;
  number: string;
  title: string;
  serviceCode: string;
}

/** What it needs of a message of the processing history. */
export interface HistoryMessage {
  type: string;
  author: string;
  createdAt: string;
}
