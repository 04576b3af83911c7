export type LayoutType = 'RESOLVE' | 'HOLD';
export const LAYOUT_TYPES: LayoutType[] = ['RESOLVE', 'HOLD'];

export interface MailLayout {
  type: LayoutType | string;
  language: string;
  html: string;
  /** When an admin last saved it; null or absent for a built-in layout. */
  updatedAt?: string | null;
  /** Counts admins' changes; absent for a built-in layout (send 0: "none of its own yet"). */
  version?: number;
}

export interface ImapAccount {
  id: string;
  host: string;
  port: number;
  tls: boolean;
  username: string;
  folder: string;
  enabled: boolean;
  passwordSet: boolean;
  lastPolledAt: string | null;
  lastError: string | null;
  /** Counts admins' changes (not polls); sent back as If-Match. */
  version: number;
}

/** Write-only password: absent or null on update keeps the stored one. */
export interface ImapAccountRequest {
  host: string;
  port: number;
  tls: boolean;
  username: string;
  password?: string | null;
  folder: string;
  enabled: boolean;
}

export interface MailSettings {
  serviceCode: string;
  senderName: string;
  senderAddress: string;
  inboundAddress: string;
  /** Of sender and inbound address; 0 until first saved. Sent back as If-Match. */
  version: number;
  defaultLanguage: string;
  languages: string[];
  layouts: MailLayout[];
  imapAccounts: ImapAccount[];
  placeholders: string[];
}

export interface SenderRequest {
  senderName: string;
  senderAddress: string;
  inboundAddress: string;
}

export interface TestMailResult {
  to: string;
  delivered: boolean;
  error: string | null;
  durationMillis: number;
}

export type DeliveryStatus = 'QUEUED' | 'SENT' | 'FAILED' | 'SKIPPED';
export const DELIVERY_KINDS = ['CUSTOMER_REPLY', 'ASSIGNMENT_NOTICE', 'MAIL', 'FORWARD', 'CALLBACK', 'DOORAY_HOOK'] as const;

export interface Delivery {
  id: string;
  eventId: string | null;
  ticketId: string | null;
  serviceCode: string;
  kind: string;
  trigger: string | null;
  recipient: string | null;
  url: string | null;
  subject: string | null;
  status: DeliveryStatus | string;
  attempts: number;
  lastError: string | null;
  nextAttemptAt: string | null;
  createdAt: string;
  sentAt: string | null;
}

export interface Page<T> {
  items: T[];
  next: string | null;
}

export interface QuarantinedMail {
  id: string;
  serviceCode: string;
  mailbox: string;
  reason: 'MALFORMED' | 'UNDECODABLE_CHARSET' | 'TOO_LARGE' | string;
  detail: string | null;
  from: string | null;
  subject: string | null;
  size: number;
  receivedAt: string;
}

export interface QuarantinedMailDetail extends QuarantinedMail {
  headers: { name: string; value: string }[];
}
