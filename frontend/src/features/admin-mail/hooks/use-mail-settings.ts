import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useApiClient } from '../../../lib/api-context';
import {
  adminMailKeys,
  createImapAccount,
  deleteImapAccount,
  mailSettingsQueryOptions,
  resetLayout,
  saveLayout,
  sendTestMail,
  updateImapAccount,
  updateSender,
} from '../api/mail-settings';
import type { ImapAccount, ImapAccountRequest, MailSettings, SenderRequest } from '../api/types';

export function useMailSettings(code: string) {
  return useQuery(mailSettingsQueryOptions(useApiClient(), code));
}

/**
 * Puts the server's answer to a write into the cached settings view (the screen is re-read whenever it
 * is opened again), so the change shows at once and nothing else the admin is editing is reset.
 */
function useSettingsWriter(code: string) {
  const queryClient = useQueryClient();
  return {
    patch(change: (settings: MailSettings) => MailSettings) {
      queryClient.setQueryData<MailSettings>(adminMailKeys.settings(code), (old) => (old ? change(old) : old));
    },
    replace(settings: MailSettings) {
      queryClient.setQueryData(adminMailKeys.settings(code), settings);
    },
  };
}

export function useUpdateSender(code: string) {
  const client = useApiClient();
  const writer = useSettingsWriter(code);
  return useMutation({
    mutationFn: (request: SenderRequest) => updateSender(client, code, request),
    onSuccess: (settings) => writer.replace(settings),
  });
}

export function useSaveLayout(code: string) {
  const client = useApiClient();
  const writer = useSettingsWriter(code);
  return useMutation({
    mutationFn: ({ type, language, html }: { type: string; language: string; html: string }) =>
      saveLayout(client, code, type, language, html),
    onSuccess: (layout) =>
      writer.patch((s) => ({
        ...s,
        layouts: [...s.layouts.filter((l) => !(l.type === layout.type && l.language === layout.language)), layout],
      })),
  });
}

export function useResetLayout(code: string) {
  const client = useApiClient();
  const writer = useSettingsWriter(code);
  return useMutation({
    mutationFn: ({ type, language }: { type: string; language: string }) => resetLayout(client, code, type, language),
    onSuccess: (_, { type, language }) =>
      writer.patch((s) => ({ ...s, layouts: s.layouts.filter((l) => !(l.type === type && l.language === language)) })),
  });
}

export function useSaveImapAccount(code: string) {
  const client = useApiClient();
  const writer = useSettingsWriter(code);
  return useMutation({
    mutationFn: ({ id, request }: { id: string | null; request: ImapAccountRequest }) =>
      id ? updateImapAccount(client, code, id, request) : createImapAccount(client, code, request),
    onSuccess: (account: ImapAccount) =>
      writer.patch((s) => ({
        ...s,
        imapAccounts: s.imapAccounts.some((a) => a.id === account.id)
          ? s.imapAccounts.map((a) => (a.id === account.id ? account : a))
          : [...s.imapAccounts, account],
      })),
  });
}

export function useDeleteImapAccount(code: string) {
  const client = useApiClient();
  const writer = useSettingsWriter(code);
  return useMutation({
    mutationFn: (id: string) => deleteImapAccount(client, code, id),
    onSuccess: (_, id) => writer.patch((s) => ({ ...s, imapAccounts: s.imapAccounts.filter((a) => a.id !== id) })),
  });
}

export function useTestMail(code: string) {
  const client = useApiClient();
  return useMutation({ mutationFn: (to: string) => sendTestMail(client, code, to) });
}
