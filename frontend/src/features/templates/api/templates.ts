import { queryOptions } from '@tanstack/react-query';
import type { ApiClient } from '../../../lib/api-client';
import type {
  NewTicketValues,
  ProcessingTypeNode,
  RenderedTemplate,
  ReplacementCode,
  Template,
  TemplatePage,
  TemplateRequest,
} from './types';

const servicePath = (code: string) => `/api/v1/services/${encodeURIComponent(code)}`;
const templatesPath = (code: string) => `${servicePath(code)}/templates`;
const templatePath = (code: string, id: string) => `${templatesPath(code)}/${encodeURIComponent(id)}`;

/** The admin page lists this many at most; the search narrows a long list. */
export const ADMIN_PAGE_SIZE = 200;
/** The editor's and the create form's pickers offer this many best matches. */
export const PICKER_SIZE = 10;

export const templateKeys = {
  all: ['templates'] as const,
  list: (code: string, q: string, limit: number) => [...templateKeys.all, 'list', code, q, limit] as const,
  lists: (code: string) => [...templateKeys.all, 'list', code] as const,
  codes: () => [...templateKeys.all, 'codes'] as const,
  processingTypes: (code: string) => [...templateKeys.all, 'processing-types', code] as const,
};

/** The service's and the shared templates matching `q` (search code or title), search-code prefixes first. */
export const searchTemplates = (client: ApiClient, code: string, q: string, limit: number) =>
  client.get<TemplatePage>(templatesPath(code), { q: q || undefined, limit });

export const templatesQueryOptions = (client: ApiClient, code: string, q: string, limit = ADMIN_PAGE_SIZE) =>
  queryOptions({ queryKey: templateKeys.list(code, q, limit), queryFn: () => searchTemplates(client, code, q, limit) });

export const codesQueryOptions = (client: ApiClient) =>
  queryOptions({
    queryKey: templateKeys.codes(),
    queryFn: () => client.get<ReplacementCode[]>('/api/v1/templates/codes'),
    staleTime: Infinity,
  });

export const processingTypesQueryOptions = (client: ApiClient, code: string) =>
  queryOptions({
    queryKey: templateKeys.processingTypes(code),
    queryFn: () => client.get<ProcessingTypeNode[]>(`${servicePath(code)}/processing-types`),
    staleTime: 60_000,
  });

export const createTemplate = (client: ApiClient, code: string, request: TemplateRequest) =>
  client.post<Template>(templatesPath(code), request);

/** With `If-Match` of the version on screen; `409 stale-version` when someone changed it first. */
export const updateTemplate = (client: ApiClient, code: string, template: Template, request: TemplateRequest) =>
  client.put<Template>(templatePath(code, template.id), request, { ifMatch: template.version });

export const deleteTemplate = (client: ApiClient, code: string, template: Template) =>
  client.delete(templatePath(code, template.id), { ifMatch: template.version });

/** A template as written, its replacement codes unfilled (not counted as a use). */
export const getTemplate = (client: ApiClient, code: string, id: string) => client.get<Template>(templatePath(code, id));

/** The template filled from the ticket, for the reply editor (counts one use). */
export const renderForTicket = (client: ApiClient, ticketId: string, templateId: string) =>
  client.get<RenderedTemplate>(`/api/v1/tickets/${encodeURIComponent(ticketId)}/templates/${encodeURIComponent(templateId)}/render`);

/** The template filled for a ticket not created yet (counts one use). */
export const renderForNewTicket = (client: ApiClient, code: string, templateId: string, values: NewTicketValues) =>
  client.post<RenderedTemplate>(`${templatePath(code, templateId)}/render`, values);
