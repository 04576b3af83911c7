import { useQueries } from '@tanstack/react-query';
import { useApiClient } from '../../../lib/api-context';
import { serviceQueryOptions } from '../api/get-services';
import { useMe } from './use-me';

/** The time zone of each of the user's services (code → IANA zone), as far as known yet. */
export function useServiceZones(): Record<string, string> {
  const client = useApiClient();
  const codes = useMe().data?.services.map((s) => s.code) ?? [];
  return useQueries({
    queries: codes.map((code) => serviceQueryOptions(client, code)),
    combine: (results) =>
      Object.fromEntries(results.flatMap((r) => (r.data ? [[r.data.code, r.data.timeZone] as const] : []))),
  });
}
