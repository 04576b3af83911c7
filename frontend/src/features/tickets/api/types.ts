import type { ReactNode } from 'react';
import type { Channel, TicketStatus } from '../../../i18n';
import type { CustomerFieldSpec, FieldValue } from '../../../lib/customer-fields';
import type { TypeTreeNode } from '../../../lib/type-tree';

/** The views of `GET /api/v1/tickets?view=`, in the order of the console's menu. */
export const TICKET_VIEWS = [
  'my-in-progress',
  'my-on-hold',
  'my-resolved',
  'my-completed',
  'all',
  'unassigned',
  'my-groups',
  'escalated',
  'spam',
] as const;
export type TicketView = (typeof TICKET_VIEWS)[number];

export const TICKET_SORTS = ['created', 'updated', 'priority'] as const;
export type TicketSort = (typeof TICKET_SORTS)[number];

export const PRIORITIES = ['URGENT', 'HIGH', 'NORMAL', 'LOW'] as const;

/**
 * The query of a list, exactly the parameters of `GET /api/v1/tickets` (view, starred, sort and the search
 * criteria); a list parameter repeats. `limit` and `cursor` are added by the list itself.
 */
export type TicketQuery = Record<string, string | string[]>;

/** `GET /api/v1/tickets/counts`: per service and summed, one number per view. */
export interface TicketCounts {
  services: { service: string; counts: Partial<Record<TicketView, number>> }[];
  total: Partial<Record<TicketView, number>>;
}

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
  phone?: string | null;
}

/** The ticket's open callback reservation (약속콜), as ticket-service shows it to the service's operators. */
export interface TicketCallback {
  /** When to call (an instant). */
  at: string;
  phone: string;
  note?: string | null;
  /** Who reserved it or moved it last. */
  reservedBy: string;
  /** Its time has come. */
  due: boolean;
}

/** `PUT /api/v1/tickets/{id}/callback`: `at` with an offset; without `phone` the customer's is taken. */
export interface CallbackRequest {
  at: string;
  phone?: string;
  note?: string;
}

/** One SLA clock of a ticket (ticket-service `SlaClockView`). */
export interface SlaClock {
  metric: 'FIRST_RESPONSE' | 'NEXT_RESPONSE' | 'RESOLUTION' | string;
  state: 'RUNNING' | 'PAUSED' | 'MET' | 'BREACHED' | string;
  /** The target, an ISO-8601 duration (`PT4H`). */
  target: string;
  /** Null while paused or once met. */
  dueAt: string | null;
  warnAt: string | null;
  /** It fell due before it was met (also once met late). */
  breached: boolean;
}

/** The ticket's SLA (ticket-service `SlaView`): the policy that applies and its clocks. */
export interface TicketSla {
  policyId: string;
  policyName: string;
  /** The earliest due time of a clock not met yet; null when none runs. */
  nextDueAt: string | null;
  /** A clock is past due and not met yet. */
  overdue: boolean;
  clocks: SlaClock[];
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
  /** For the signed-in user: they marked it important (☆). */
  starred?: boolean;
  /** For the signed-in user: someone else changed it since they last opened it. */
  unread?: boolean;
  internalResolution?: string | null;
  priority?: string;
  language?: string | null;
  tags?: string[];
  createdAt: string;
  updatedAt: string;
  version: number;
  /** What the signed-in user may do to the ticket now, as ticket-service decides (action paths). */
  allowedActions?: string[];
  /** The open callback reservation; null when there is none. */
  callback?: TicketCallback | null;
  /** The SLA clocks (operators only); null when no policy applies. */
  sla?: TicketSla | null;
  /** The parent ticket, when this one is a sub-ticket. */
  parentId?: string | null;
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
  /** Its masked ranges (personal info already `*` in `body`), code points of its text. */
  masks?: MessageMaskRange[];
}

/** A masked range of a message: code points `start` (inclusive) to `end` (exclusive) of its text. */
export interface MessageMaskRange {
  id: string;
  start: number;
  end: number;
  maskedBy: string;
  maskedAt: string;
}

/** Personal-info masking in the processing history, composed by the app from the masking feature. */
export interface MaskingTools {
  /**
   * A message's body in its format with its masks; masking a selection when `canMask`, unmasking when
   * `canUnmask`. `onChanged` reloads the history.
   */
  body: (ticketId: string, message: TicketMessage, handlers: MaskingHandlers) => ReactNode;
  /** The ticket's own content (plain text) with its masks, the same way; `onChanged` reloads the ticket. */
  content: (ticket: Ticket, handlers: MaskingHandlers) => ReactNode;
}

export interface MaskingHandlers {
  canMask: boolean;
  canUnmask: boolean;
  onChanged: () => void;
}

/** The actions of /api/v1/tickets/{id}/{action} that the console offers. */
export type TicketAction = 'keep' | 'comment' | 'hold' | 'resolve' | 'internal-resolution' | 'restore' | 'forward' | 'assign';

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

/** `POST /api/v1/services/{code}/tickets` as the console sends it; PHONE tickets may leave out the e-mail. */
export interface CreateTicketRequest {
  title: string;
  content: string;
  channel: Channel;
  customer: { email?: string; name?: string; phone?: string };
  /** The group whose queue it starts in (routing then leaves it there); needs the forward permission. */
  groupId?: string;
  /** With `groupId`: an operator of that group with ticket assignment on; the ticket starts in progress. */
  assignee?: string;
  inquiryTypeId?: string;
  /** Customer field values by field code. */
  fields?: Record<string, FieldValue>;
}

/** A service the operator may create tickets in (from /me). */
export interface ServiceOption {
  code: string;
  name: string;
  /** Whether the operator may choose the group or assignee of a new ticket (else routing decides). */
  mayPlaceNewTickets?: boolean;
}

/** The reply being typed, handed to tools shown beside the reply buttons (e.g. the mail preview). */
export interface ReplyDraft {
  ticketId: string;
  body: string;
  /** How `body` is written: HTML from the rich editor, TEXT from the plain one. */
  format: EditorType;
  /** The customer-mail reply types the ticket allows now: resolve first, then hold. */
  mailTypes: ('RESOLVE' | 'HOLD')[];
}

/** Renders extra controls next to hold/resolve; the app composes them from other features. */
export type ReplyTools = (draft: ReplyDraft) => ReactNode;

/** Escalation to issue management on the ticket page, composed by the app from the escalation feature. */
export interface EscalationTools {
  /**
   * The dialog opened by the "Escalate" action; `onEscalated` reloads the ticket. It stays open while the reloaded
   * ticket no longer allows `escalate`, to show how the escalation went.
   */
  dialog: (ticket: Ticket, handlers: { onClose: () => void; onEscalated: () => void }) => ReactNode;
  /** The ticket's escalations, under its processing history (also on a ticket the reader may only look at). */
  panel: (ticket: Ticket, timeZone?: string) => ReactNode;
  /** Beside a message of the history: where an escalation answer came from. */
  messageNote: (ticketId: string, message: TicketMessage) => ReactNode;
}

/** Escalation to a Dooray! task on the ticket page, composed by the app from the Dooray feature. */
export interface DoorayTools {
  /**
   * "Escalate to Dooray" among the actions, when the ticket allows `dooray-escalate`; it renders nothing while the
   * ticket's service has no Dooray connection.
   */
  action: (ticket: Ticket, handlers: { onOpen: () => void; disabled: boolean }) => ReactNode;
  /** The dialog it opens; `onEscalated` reloads the ticket. It stays open with the task the reloaded ticket got. */
  dialog: (ticket: Ticket, handlers: { onClose: () => void; onEscalated: () => void }) => ReactNode;
  /** The ticket's Dooray conversation (nothing when it was never escalated to Dooray). */
  panel: (ticket: Ticket, timeZone?: string) => ReactNode;
}

/** A type (inquiry or processing) of a service with its children, names per language. */
export type TypeNode = TypeTreeNode;

/** A custom field definition; encrypted fields cannot be searched. */
export interface FieldDefinition {
  code: string;
  names: Record<string, string>;
  encrypted: boolean;
  active: boolean;
}

/** What a service offers as search criteria: its groups, operators, types and fields. */
export interface SearchOptions {
  groups: TicketGroup[];
  members: TicketPerson[];
  inquiryTypes: TypeNode[];
  processingTypes: TypeNode[];
  fields: FieldDefinition[];
}

/** `GET /api/v1/tickets/{id}/customer-history`: a ticket of the same customer in the same service. */
export interface Inquiry {
  id: string;
  number: string;
  title: string;
  status: string;
  createdAt: string;
}

/** How a service's operators write replies (the service's `editorType`): rich text sent as HTML, or plain text. */
export type EditorType = 'HTML' | 'TEXT';

/** A template found by its search code (`/refund`) or title. */
export interface TemplateMatch {
  id: string;
  code: string;
  title: string;
}

/** A template's body ready to insert, rendered for the ticket's customer. */
export interface RenderedTemplate {
  body: string;
  format: 'HTML' | 'TEXT';
}

/** Where the reply editor finds templates; the app composes it from the templates feature. */
export interface TemplateSource {
  search(q: string): Promise<TemplateMatch[]>;
  render(templateId: string): Promise<RenderedTemplate>;
}

/** `POST /api/v1/tickets/{id}/attachments`: the stored file. */
export interface UploadedAttachment extends MessageFile {
  sha256: string;
  createdAt: string;
}

/** The list's selected tickets, handed to bulk processing (composed by the app from the bulk feature). */
export interface ListSelection {
  tickets: Ticket[];
  clear: () => void;
  /** Re-reads the lists, e.g. when a bulk job has finished. */
  refresh: () => void;
}

/** Renders bulk processing above the list; with it the rows get checkboxes. */
export type BulkTools = (selection: ListSelection) => ReactNode;
// --- ticket creation, forward / assign, sub-tickets and links

/** A member of a service (`GET /api/v1/services/{code}/members`): their groups and whether they take tickets. */
export interface ServiceMember extends TicketPerson {
  role: 'ADMIN' | 'OPERATOR' | string;
  groups: TicketGroup[];
  mayForward: boolean;
  assignmentEnabled: boolean;
}

/** A field definition as `GET /api/v1/services/{code}/fields` sends it (PRODUCT.md §4). */
export interface IntakeField extends FieldDefinition, CustomerFieldSpec {
  scope: 'CUSTOMER' | 'OPERATOR' | string;
  position: number;
  /** The inquiry types (and with them their subtypes) the field belongs to. */
  inquiryTypeIds: string[];
}

/** What a new ticket of a service can be given: its groups, members, inquiry types and fields. */
export interface IntakeOptions {
  groups: TicketGroup[];
  members: ServiceMember[];
  inquiryTypes: TypeNode[];
  fields: IntakeField[];
}

/** Where the lead's template picker goes in the create form: it puts the template into the content. */
export type TemplateSlot = (context: {
  serviceCode: string;
  /** What the form holds now, for the template's replacement codes (customer name, title). */
  values: () => { customer: { name?: string; email?: string }; title?: string };
  /** Puts the rendered template into the content at its cursor (as text: the form's content is plain text). */
  apply: (template: RenderedTemplate) => void;
}) => ReactNode;

/** `GET /api/v1/tickets/{id}/links`: one link as this ticket sees it. */
export interface TicketLink {
  id: string;
  type: 'FOLLOW_UP_OF' | 'DUPLICATE_OF' | 'ESCALATED_TO' | 'ESCALATED_FROM' | string;
  /** OUTGOING: this ticket is the link's subject (e.g. it is the duplicate); INCOMING: the other one is. */
  direction: 'OUTGOING' | 'INCOMING' | string;
  ticket: { id: string; number: string; title: string; status: string };
  createdAt: string;
  /** Only DUPLICATE_OF links can be removed. */
  removable: boolean;
}

/** `POST /api/v1/tickets/{id}/sub-tickets`. */
export interface NewSubTicket {
  groupId: string;
  assignee?: string;
  title: string;
  content: string;
}
