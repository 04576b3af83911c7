import { useQuery } from '@tanstack/react-query';
import { useApiClient } from '../../../lib/api-context';
import { intakeOptionsQueryOptions } from '../api/intake';

/** The service's groups, members, inquiry types and fields; nothing is read until a service is chosen. */
export function useIntakeOptions(service: string | undefined) {
  const client = useApiClient();
  return useQuery({ ...intakeOptionsQueryOptions(client, service ?? ''), enabled: Boolean(service) });
}
