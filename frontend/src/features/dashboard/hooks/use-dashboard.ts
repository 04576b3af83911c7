import { useQuery } from '@tanstack/react-query';
import { useApiClient } from '../../../lib/api-context';
import { inflowQueryOptions, myCallbacksQueryOptions, myStatusQueryOptions } from '../api/dashboard';

export function useInflow(service: string) {
  return useQuery(inflowQueryOptions(useApiClient(), service));
}

export function useMyStatus() {
  return useQuery(myStatusQueryOptions(useApiClient()));
}

export function useMyCallbacks() {
  return useQuery(myCallbacksQueryOptions(useApiClient()));
}
