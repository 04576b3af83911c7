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

export const updateSender = (client: ApiClient, code: string, request: SenderRequest) =>
  client.put<MailSettings>(`${base(code)}/mail-settings`, request);

const layoutPath = (code: string, type: string, language: string) =>
  `${base(code)}/mail-layouts/${encodeURIComponent(type)}/${encodeURIComponent(language)}`;

export const saveLayout = (client: ApiClient, code: string, type: string, language: string, html: string) =>
  client.put<MailLayout>(layoutPath(code, type, language), { html });

export const resetLayout = (client: ApiClient, code: string, type: string, language: string) =>
  client.delete(layoutPath(code, type, language));

export const createImapAccount = (client: ApiClient, code: string, request: ImapAccountRequest) =>
  client.post<ImapAccount>(`${base(code)}/imap-accounts`, request);

export const updateImapAccount = (client: ApiClient, code: string, id: string, request: ImapAccountRequest) =>
  client.put<ImapAccount>(`${base(code)}/imap-accounts/${encodeURIComponent(id)}`, request);

export const deleteImapAccount = (client: ApiClient, code: string, id: string) =>
  client.delete(`${base(code)}/imap-accounts/${encodeURIComponent(id)}`);

export const sendTestMail = (client: ApiClient, code: string, to: string) =>
  client.post<TestMailResult>(`${base(code)}/test-mail`, { to });
