import type { TypeTreeNode } from '../../../lib/type-tree';

export type TemplateFormat = 'HTML' | 'TEXT';

/** A template as ticket-service sends it; `manageable` says whether the caller may change and delete it. */
export interface Template {
  id: string;
  serviceCode: string | null;
  shared: boolean;
  title: string;
  searchCode: string;
  body: string;
  format: TemplateFormat;
  processingTypeIds: string[];
  usageCount: number;
  manageable: boolean;
  version: number;
  createdBy: string;
  createdAt: string;
  updatedBy: string;
  updatedAt: string;
}

export interface TemplatePage {
  items: Template[];
  total: number;
}

/** `shared` counts on create only (org-admins); a template stays what it was created as. */
export interface TemplateRequest {
  title: string;
  searchCode: string;
  body: string;
  format: TemplateFormat;
  processingTypeIds: string[];
  shared?: boolean;
}

/** A replacement code such as `{{customer.name}}`, with its labels in en, ko and ja. */
export interface ReplacementCode {
  code: string;
  placeholder: string;
  labels: Record<string, string>;
}

export interface RenderedTemplate {
  templateId: string;
  body: string;
  format: TemplateFormat;
}

/** What the create form knows of the ticket it is about to create. */
export interface NewTicketValues {
  customer?: { name?: string; email?: string };
  title?: string;
}

export type ProcessingTypeNode = TypeTreeNode;
