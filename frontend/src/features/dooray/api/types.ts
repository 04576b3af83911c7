/**
 * escalation-service's Dooray! API (`/api/v1/dooray/...`): a service's connection, a project's members and tags,
 * escalations of tickets to Dooray tasks and their comments.
 */

/** `GET /api/v1/dooray/services/{code}/connection`; 404 while the service has none. Never the token. */
export interface DoorayConnection {
  serviceCode: string;
  organizationId: string;
  /** Always true for a connection: the token itself is write-only. */
  tokenSet: boolean;
  tokenSetAt: string | null;
  projects: DoorayProject[];
  operators: DoorayOperator[];
  /** Where Dooray posts the projects' hooks, after Switchboard's public address; for the service's admins only. */
  hookPath?: string | null;
  hookSecretSetAt: string | null;
  updatedAt: string | null;
  updatedBy: string | null;
  /** The caller may change it (an admin of the service). */
  mayAdminister: boolean;
}

export interface DoorayProject {
  id: string;
  name: string;
  /** organizationMemberId of the representative registrant, whom the escalation dialog offers as the first recipient. */
  registrantMemberId: string | null;
}

/** An operator's own Dooray member, so tasks and comments name them. */
export interface DoorayOperator {
  username: string;
  organizationMemberId: string;
}

/** `PUT …/connection`: creates or replaces it whole; without `token` the stored one is kept. */
export interface ConnectionRequest {
  organizationId: string;
  token?: string;
  projects: { id: string; name: string; registrantMemberId: string | null }[];
  operators: DoorayOperator[];
}

/** `GET …/projects/{projectId}/members`. */
export interface DoorayMember {
  organizationMemberId: string;
  name: string;
  role: string;
}

export interface DoorayTag {
  id: string;
  name: string;
}

/** mandatory: a task needs one of its tags; selectOne: at most one of them. */
export interface DoorayTagGroup {
  id: string;
  name: string;
  mandatory: boolean;
  selectOne: boolean;
  tags: DoorayTag[];
}

/** `GET …/projects/{projectId}/tags`. */
export interface DoorayTags {
  groups: DoorayTagGroup[];
  ungroupedTags: DoorayTag[];
}

export const DOORAY_PRIORITIES = ['none', 'lowest', 'low', 'normal', 'high', 'highest'] as const;
export type DoorayPriority = (typeof DOORAY_PRIORITIES)[number];

export const MARKDOWN = 'text/x-markdown';

/** `POST /api/v1/dooray/escalations`. */
export interface DoorayEscalationRequest {
  ticketId: string;
  projectId: string;
  subject: string;
  body: { mimeType: 'text/html' | 'text/x-markdown'; content: string };
  to: string[];
  cc: string[];
  tagIds: string[];
  priority: DoorayPriority;
}

/** The Dooray task's workflow class, as its project's workflow names it. */
export type WorkflowClass = 'registered' | 'working' | 'closed';

/** PENDING: the task is being created; OPEN: it exists; ANSWERED: it was closed; FAILED: Dooray refused it. */
export type DoorayEscalationStatus = 'PENDING' | 'OPEN' | 'ANSWERED' | 'FAILED';

/** One escalation of a ticket to a Dooray task. */
export interface DoorayEscalation {
  id: string;
  ticketId: string;
  ticketNumber: string;
  serviceCode: string;
  projectId: string;
  projectName: string;
  /** Null until Dooray created the task. */
  taskId: string | null;
  subject: string;
  workflowClass: WorkflowClass | null;
  status: DoorayEscalationStatus | string;
  /** Why the task could not be created. */
  failure: string | null;
  requestedBy: string;
  requestedAt: string;
  updatedAt: string;
  lastSyncedAt: string | null;
}

export interface DoorayEscalationPage {
  items: DoorayEscalation[];
}

/** A comment of the Dooray task, oldest first; `fromSwitchboard` ones were posted from the console. */
export interface DoorayComment {
  id: string;
  author: { name: string; organizationMemberId: string | null; username: string | null };
  fromSwitchboard: boolean;
  content: string;
  mimeType: string;
  createdAt: string;
}

export interface DoorayCommentPage {
  items: DoorayComment[];
}

/** What the Dooray feature needs of a ticket (the tickets feature's ticket has it). */
export interface DoorayTicket {
  id: string;
  number: string;
  title: string;
  serviceCode: string;
  allowedActions?: string[];
}
