import type { Template, TemplateFormat, TemplateRequest } from '../api/types';

export const TEMPLATE_FIELDS = ['title', 'searchCode', 'body', 'format', 'processingTypeIds'] as const;
export type TemplateField = (typeof TEMPLATE_FIELDS)[number];

export const MAX_TITLE = 100;
export const MAX_SEARCH_CODE = 20;

export interface TemplateFormState {
  title: string;
  searchCode: string;
  body: string;
  format: TemplateFormat;
  processingTypeIds: string[];
  shared: boolean;
}

export const emptyForm = (): TemplateFormState => ({
  title: '',
  searchCode: '',
  body: '',
  format: 'TEXT',
  processingTypeIds: [],
  shared: false,
});

export const formOf = (template: Template): TemplateFormState => ({
  title: template.title,
  searchCode: template.searchCode,
  body: template.body,
  format: template.format,
  processingTypeIds: template.processingTypeIds,
  shared: template.shared,
});

/** The request of the form; a shared template links no processing types (the server refuses them). */
export function requestOf(form: TemplateFormState, creating: boolean): TemplateRequest {
  const request: TemplateRequest = {
    title: form.title.trim(),
    searchCode: form.searchCode.trim(),
    body: form.body,
    format: form.format,
    processingTypeIds: form.shared ? [] : form.processingTypeIds,
  };
  return creating ? { ...request, shared: form.shared } : request;
}

/**
 * Whether a search code is 1–20 letters or digits of any script (환불, へんきん, refund2), as the server checks; the
 * form says so before sending.
 */
export function isSearchCode(code: string): boolean {
  return new RegExp(`^[\\p{L}\\p{N}]{1,${MAX_SEARCH_CODE}}$`, 'u').test(code.trim().normalize('NFC'));
}
