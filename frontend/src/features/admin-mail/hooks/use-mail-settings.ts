import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { ApiError } from '../../../lib/api-client';
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
    /** Someone else changed a setting first: load the fresh settings so the screen shows them. */
    reloadIfStale(error: Error) {
      if (error instanceof ApiError && error.isStale) {
        void queryClient.invalidateQueries({ queryKey: adminMailKeys.settings(code) });
      }
    },
  };
}

export function useUpdateSender(code: string) {
  const client = useApiClient();
  const writer = useSettingsWriter(code);
  return useMutation({
    mutationFn: ({ request, version }: { request: SenderRequest; version: number }) =>
      updateSender(client, code, request, version),
    onSuccess: (settings) => writer.replace(settings),
    onError: (error) => writer.reloadIfStale(error),
  });
}

export function useSaveLayout(code: string) {
  const client = useApiClient();
  const writer = useSettingsWriter(code);
  return useMutation({
    mutationFn: ({ type, language, html, version }: { type: string; language: string; html: string; version: number }) =>
      saveLayout(client, code, type, language, html, version),
    onError: (error) => writer.reloadIfStale(error),
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
    mutationFn: ({ type, language, version }: { type: string; language: string; version: number }) =>
      resetLayout(client, code, type, language, version),
    onError: (error) => writer.reloadIfStale(error),
    onSuccess: (_, { type, language }) =>
      writer.patch((s) => ({ ...s, layouts: s.layouts.filter((l) => !(l.type === type && l.language === language)) })),
  });
}

export function useSaveImapAccount(code: string) {
  const client = useApiClient();
  const writer = useSettingsWriter(code);
  return useMutation({
    mutationFn: ({ id, version, request }: { id: string | null; version: number; request: ImapAccountRequest }) =>
      id ? updateImapAccount(client, code, id, request, version) : createImapAccount(client, code, request),
    onError: (error) => writer.reloadIfStale(error),
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
    mutationFn: ({ id, version }: { id: string; version: number }) => deleteImapAccount(client, code, id, version),
    onSuccess: (_, { id }) => writer.patch((s) => ({ ...s, imapAccounts: s.imapAccounts.filter((a) => a.id !== id) })),
    onError: (error) => writer.reloadIfStale(error),
  });
}

export function useTestMail(code: string) {
  const client = useApiClient();
  return useMutation({ mutationFn: (to: string) => sendTestMail(client, code, to) });
}
