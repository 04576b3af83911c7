import { queryOptions } from '@tanstack/react-query';
import type { ApiClient } from '../../../lib/api-client';
import type {
  ImapAccount,
  ImapAccountRequest,
  MailLayout,
  MailSettings,
  SenderRequest,
  TestMailResult,
} from './types';

const base = (code: string) => `/api/v1/notifications/services/${encodeURIComponent(code)}`;

export const adminMailKeys = {
  all: ['admin-mail'] as const,
  settings: (code: string) => [...adminMailKeys.all, 'settings', code] as const,
  deadLetters: (code: string, kind: string) => [...adminMailKeys.all, 'dead-letters', code, kind] as const,
  quarantine: (code: string) => [...adminMailKeys.all, 'quarantine', code] as const,
  quarantined: (id: string) => [...adminMailKeys.all, 'quarantined', id] as const,
};

export const mailSettingsQueryOptions = (client: ApiClient, code: string) =>
  queryOptions({
    queryKey: adminMailKeys.settings(code),
    queryFn: () => client.get<MailSettings>(`${base(code)}/mail-settings`),
  });

// every change names the version the admin saw (If-Match): the server refuses it if someone changed it since
export const updateSender = (client: ApiClient, code: string, request: SenderRequest, version: number) =>
  client.put<MailSettings>(`${base(code)}/mail-settings`, request, { ifMatch: version });

const layoutPath = (code: string, type: string, language: string) =>
  `${base(code)}/mail-layouts/${encodeURIComponent(type)}/${encodeURIComponent(language)}`;

/** `version` 0: the service has no layout of its own here yet. */
export const saveLayout = (
  client: ApiClient,
  code: string,
  type: string,
  language: string,
  html: string,
  version: number,
) => client.put<MailLayout>(layoutPath(code, type, language), { html }, { ifMatch: version });

export const resetLayout = (client: ApiClient, code: string, type: string, language: string, version: number) =>
  client.delete(layoutPath(code, type, language), { ifMatch: version });

export const createImapAccount = (client: ApiClient, code: string, request: ImapAccountRequest) =>
  client.post<ImapAccount>(`${base(code)}/imap-accounts`, request);

export const updateImapAccount = (
  client: ApiClient,
  code: string,
  id: string,
  request: ImapAccountRequest,
  version: number,
) => client.put<ImapAccount>(`${base(code)}/imap-accounts/${encodeURIComponent(id)}`, request, { ifMatch: version });

export const deleteImapAccount = (client: ApiClient, code: string, id: string, version: number) =>
  client.delete(`${base(code)}/imap-accounts/${encodeURIComponent(id)}`, { ifMatch: version });

export const sendTestMail = (client: ApiClient, code: string, to: string) =>
  client.post<TestMailResult>(`${base(code)}/test-mail`, { to });
