import type { Messages } from '../../../i18n';
import type { ImapAccountRequest, SenderRequest } from '../api/types';

export const CONTENT_PLACEHOLDER = '{{content}}';

// The same pragmatic check browsers use for type=email.
const EMAIL_PATTERN =
  /^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*$/;

export function isValidEmail(value: string): boolean {
  return EMAIL_PATTERN.test(value.trim());
}

/** A layout must say where the reply goes. */
export function layoutError(html: string, m: Messages): string | undefined {
  return html.includes(CONTENT_PLACEHOLDER) ? undefined : m.mailSettings.layouts.contentRequired;
}

export const SENDER_FIELDS = ['senderName', 'senderAddress', 'inboundAddress'] as const;
export type SenderErrors = Partial<Record<(typeof SENDER_FIELDS)[number], string>>;

export function validateSender(values: SenderRequest, m: Messages): SenderErrors {
  const e = m.mailSettings.sender;
  const errors: SenderErrors = {};
  if (!values.senderName.trim()) errors.senderName = e.nameRequired;
  if (!isValidEmail(values.senderAddress)) errors.senderAddress = e.addressInvalid;
  if (!isValidEmail(values.inboundAddress)) errors.inboundAddress = e.addressInvalid;
  return errors;
}

export const IMAP_FIELDS = ['host', 'port', 'tls', 'username', 'password', 'folder', 'enabled'] as const;
export type ImapErrors = Partial<Record<(typeof IMAP_FIELDS)[number], string>>;

export interface ImapFormValues {
  host: string;
  port: string;
  tls: boolean;
  username: string;
  password: string;
  folder: string;
  enabled: boolean;
}

/** A new account needs a password; an existing one keeps its stored password when the field is empty. */
export function validateImap(values: ImapFormValues, isNew: boolean, m: Messages): ImapErrors {
  const e = m.mailSettings.imap;
  const errors: ImapErrors = {};
  if (!values.host.trim()) errors.host = e.hostRequired;
  const port = Number(values.port);
  if (!/^\d+$/.test(values.port.trim()) || port < 1 || port > 65535) errors.port = e.portInvalid;
  if (!values.username.trim()) errors.username = e.usernameRequired;
  if (isNew && !values.password) errors.password = e.passwordRequired;
  if (!values.folder.trim()) errors.folder = e.folderRequired;
  return errors;
}

export function toImapRequest(values: ImapFormValues): ImapAccountRequest {
  return {
    host: values.host.trim(),
    port: Number(values.port),
    tls: values.tls,
    username: values.username.trim(),
    password: values.password ? values.password : null,
    folder: values.folder.trim(),
    enabled: values.enabled,
  };
}
