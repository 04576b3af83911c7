import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useApiClient } from '../../../lib/api-context';
import {
  createService,
  serviceKeys,
  serviceQueryOptions,
  servicesQueryOptions,
  updateService,
  type ServiceRequest,
  type ServiceSettings,
} from '../api/services';

export function useServices(enabled: boolean) {
  return useQuery({ ...servicesQueryOptions(useApiClient()), enabled });
}

export function useService(code: string) {
  return useQuery(serviceQueryOptions(useApiClient(), code));
}

/** Every read of services (lists, menus, the ticket pages' zones) follows a write. */
function useRefresh() {
  const queryClient = useQueryClient();
  return (stored: ServiceSettings) => {
    queryClient.setQueryData(serviceKeys.one(stored.code), stored);
    void queryClient.invalidateQueries({ queryKey: ['services'] });
    void queryClient.invalidateQueries({ queryKey: ['me'] });
  };
}

export function useCreateService() {
  const client = useApiClient();
  const refresh = useRefresh();
  return useMutation({ mutationFn: (request: ServiceRequest) => createService(client, request), onSuccess: refresh });
}

export function useUpdateService(code: string) {
  const client = useApiClient();
  const refresh = useRefresh();
  return useMutation({ mutationFn: (request: ServiceRequest) => updateService(client, code, request), onSuccess: refresh });
}
