import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { ApiError, type ApiClient } from '../../../lib/api-client';
import { useApiClient } from '../../../lib/api-context';
import {
  codesQueryOptions,
  createTemplate,
  deleteTemplate,
  getTemplate,
  PICKER_SIZE,
  processingTypesQueryOptions,
  renderForTicket,
  searchTemplates,
  templateKeys,
  templatesQueryOptions,
  updateTemplate,
} from '../api/templates';
import type { Template, TemplateRequest } from '../api/types';

export function useTemplates(code: string, q: string) {
  return useQuery({ ...templatesQueryOptions(useApiClient(), code, q), placeholderData: keepPreviousData });
}

export function useReplacementCodes() {
  return useQuery(codesQueryOptions(useApiClient()));
}

export function useProcessingTypes(code: string) {
  return useQuery(processingTypesQueryOptions(useApiClient(), code));
}

/** Every list of the service is read again after a write (versions and order are the server's). */
function useReload(code: string) {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: templateKeys.lists(code) });
}

export function useCreateTemplate(code: string) {
  const client = useApiClient();
  const reload = useReload(code);
  return useMutation({ mutationFn: (request: TemplateRequest) => createTemplate(client, code, request), onSuccess: reload });
}

/** Saves with `If-Match`; on a stale version the list is read again so the form can show the stored template. */
export function useUpdateTemplate(code: string) {
  const client = useApiClient();
  const reload = useReload(code);
  return useMutation({
    mutationFn: ({ template, request }: { template: Template; request: TemplateRequest }) =>
      updateTemplate(client, code, template, request),
    onSuccess: reload,
    onError: (error) => {
      if (error instanceof ApiError && error.isStale) void reload();
    },
  });
}

/** Reads one template as it is stored now, e.g. after a save refused because someone changed it first. */
export function useStoredTemplate(code: string) {
  const client = useApiClient();
  return (id: string) => getTemplate(client, code, id);
}

export function useDeleteTemplate(code: string) {
  const client = useApiClient();
  const reload = useReload(code);
  return useMutation({ mutationFn: (template: Template) => deleteTemplate(client, code, template), onSettled: reload });
}

/** What the reply editor needs of templates: the best matches of what the operator typed, and one filled in. */
export type TemplateSource = {
  search(q: string): Promise<{ id: string; code: string; title: string }[]>;
  render(templateId: string): Promise<{ body: string; format: 'HTML' | 'TEXT' }>;
};

/**
 * The templates of the ticket's service (and the shared ones) for the reply editor: `search` returns at most ten,
 * those whose search code starts with `q` first (the server's order); `render` fills one from the ticket and counts
 * one use.
 */
export function templateSource(client: ApiClient, ticketId: string, serviceCode: string): TemplateSource {
  return {
    search: async (q: string) =>
      (await searchTemplates(client, serviceCode, q.trim(), PICKER_SIZE)).items.map(({ id, searchCode, title }) => ({
        id,
        code: searchCode,
        title,
      })),
    render: async (templateId: string) => {
      const { body, format } = await renderForTicket(client, ticketId, templateId);
      return { body, format };
    },
  };
}

