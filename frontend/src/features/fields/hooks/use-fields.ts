import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useApiClient } from '../../../lib/api-context';
import {
  fieldApi,
  fieldKeys,
  fieldsQueryOptions,
  inquiryTypesQueryOptions,
  languagesQueryOptions,
  systemFieldsQueryOptions,
  type FieldChange,
  type FieldDefinition,
  type NewField,
  type SystemFieldChange,
  type SystemFieldKey,
} from '../api/fields';

export const useFields = (code: string) => useQuery(fieldsQueryOptions(useApiClient(), code));
export const useSystemFields = (code: string) => useQuery(systemFieldsQueryOptions(useApiClient(), code));
export const useInquiryTypes = (code: string) => useQuery(inquiryTypesQueryOptions(useApiClient(), code));
export const useServiceLanguages = (code: string) => useQuery(languagesQueryOptions(useApiClient(), code));

/** Every write reads the service's fields again: order and flags are the server's. */
function useFieldWrite<T, R>(code: string, write: (api: ReturnType<typeof fieldApi>, input: T) => Promise<R>) {
  const client = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: T) => write(fieldApi(client, code), input),
    onSettled: () => queryClient.invalidateQueries({ queryKey: fieldKeys.all(code) }),
  });
}

export const useCreateField = (code: string) => useFieldWrite(code, (api, field: NewField) => api.create(field));

/**
 * Saves a field's settings and, for a customer field whose inquiry types changed, its links (a second call: a refusal
 * of the links leaves the settings saved, and the form shows why).
 */
export const useUpdateField = (code: string) =>
  useFieldWrite(
    code,
    async (api, { field, change, inquiryTypeIds }: { field: FieldDefinition; change: FieldChange; inquiryTypeIds: string[] }) => {
      const { names, options, required, adminOnly, active, position } = change;
      const saved = await api.update(field.code, { names, options, required, adminOnly, active, position });
      const linksChanged =
        field.scope === 'CUSTOMER' && [...inquiryTypeIds].sort().join() !== [...saved.inquiryTypeIds].sort().join();
      return linksChanged ? api.link(field.code, inquiryTypeIds) : saved;
    },
  );

export const useDeleteField = (code: string) => useFieldWrite(code, (api, field: string) => api.remove(field));

export const useChangeSystemField = (code: string) =>
  useFieldWrite(code, (api, { key, change }: { key: SystemFieldKey; change: SystemFieldChange }) =>
    api.changeSystem(key, change),
  );

export const useResetSystemField = (code: string) =>
  useFieldWrite(code, (api, key: SystemFieldKey) => api.resetSystem(key));
