import { useQuery } from '@tanstack/react-query';
import { useApiClient } from '../../../lib/api-context';
import { meQueryOptions } from '../api/get-me';

export function useMe() {
  return useQuery(meQueryOptions(useApiClient()));
}
