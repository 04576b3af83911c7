import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useApiClient } from '../../../lib/api-context';
import { adminMailKeys } from '../api/mail-settings';
import { deleteMail, quarantinedMailQueryOptions, quarantineQueryOptions, releaseMail } from '../api/quarantine';

export function useQuarantine(code: string) {
  return useInfiniteQuery(quarantineQueryOptions(useApiClient(), code));
}

export function useQuarantinedMail(id: string) {
  return useQuery(quarantinedMailQueryOptions(useApiClient(), id));
}

/** Release (it becomes a ticket) or delete; either way the mail leaves the quarantine list. */
export function useQuarantineAction(code: string, id: string) {
  const client = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (action: 'release' | 'delete') => (action === 'release' ? releaseMail(client, id) : deleteMail(client, id)),
    onSuccess: () => {
      queryClient.removeQueries({ queryKey: adminMailKeys.quarantined(id) });
      void queryClient.invalidateQueries({ queryKey: adminMailKeys.quarantine(code) });
    },
  });
}
