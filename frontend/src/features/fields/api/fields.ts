import { queryOptions } from '@tanstack/react-query';
import type { ApiClient } from '../../../lib/api-client';
import type { TypeTreeNode } from '../../../lib/type-tree';

/** ticket-service's field types (PRODUCT.md §4), in the order the admin picks them. */
export const FIELD_TYPES = [
  'text',
  'textarea',
  'checkbox',
  'dropdown',
  'radio',
  'date',
  'datetime',
  'date_period',
  'datetime_period',
  'agree',
  'caption',
  'file',
] as const;
export type FieldType = (typeof FIELD_TYPES)[number];
export type FieldScope = 'CUSTOMER' | 'OPERATOR';

export interface FieldOption {
  value: string;
  names: Record<string, string>;
}

/** A field definition as `GET /api/v1/services/{code}/fields` sends it. */
export interface FieldDefinition {
  code: string;
  scope: FieldScope;
  type: FieldType;
  names: Record<string, string>;
  options: FieldOption[];
  required: boolean;
  encrypted: boolean;
  adminOnly: boolean;
  active: boolean;
  position: number;
  inquiryTypeIds: string[];
}

/** What a field's `PUT` changes; code, scope, type and encrypted never change. */
export interface FieldChange {
  names: Record<string, string>;
  options: FieldOption[];
  required: boolean;
  adminOnly: boolean;
  active: boolean;
  position: number;
}

export interface NewField extends FieldChange {
  code: string;
  scope: FieldScope;
  type: FieldType;
  encrypted: boolean;
  inquiryTypeIds: string[];
}

export type SystemFieldKey = 'inquiry_type' | 'email' | 'title' | 'content' | 'privacy_consent';

/** A system field of the customer form: never deleted, only changed within `changeable` and reset. */
export interface SystemFieldView {
  key: SystemFieldKey;
  type: 'inquiry_type' | 'email' | 'text' | 'textarea' | 'agree';
  names: Record<string, string>;
  required: boolean;
  active: boolean;
  position: number;
  /** The one switch the service may flip. */
  changeable: 'NONE' | 'REQUIRED' | 'ACTIVE';
  customized: boolean;
}

export interface SystemFieldChange {
  names: Record<string, string>;
  required: boolean;
  active: boolean;
  position: number;
}

const servicePath = (code: string) => `/api/v1/services/${encodeURIComponent(code)}`;
const fieldsPath = (code: string) => `${servicePath(code)}/fields`;
const fieldPath = (code: string, field: string) => `${fieldsPath(code)}/${encodeURIComponent(field)}`;
const systemPath = (code: string, key: SystemFieldKey) => `${servicePath(code)}/system-fields/${key}`;

export const fieldKeys = {
  all: (code: string) => ['fields', code] as const,
  fields: (code: string) => [...fieldKeys.all(code), 'custom'] as const,
  system: (code: string) => [...fieldKeys.all(code), 'system'] as const,
  inquiryTypes: (code: string) => [...fieldKeys.all(code), 'inquiry-types'] as const,
  languages: (code: string) => [...fieldKeys.all(code), 'languages'] as const,
};

export const fieldsQueryOptions = (client: ApiClient, code: string) =>
  queryOptions({ queryKey: fieldKeys.fields(code), queryFn: () => client.get<FieldDefinition[]>(fieldsPath(code)) });

export const systemFieldsQueryOptions = (client: ApiClient, code: string) =>
  queryOptions({
    queryKey: fieldKeys.system(code),
    queryFn: () => client.get<SystemFieldView[]>(`${servicePath(code)}/system-fields`),
  });

export const inquiryTypesQueryOptions = (client: ApiClient, code: string) =>
  queryOptions({
    queryKey: fieldKeys.inquiryTypes(code),
    queryFn: () => client.get<TypeTreeNode[]>(`${servicePath(code)}/inquiry-types`),
  });

/** Fields are named in the service's help-center languages (ticket-service refuses any other). */
export const languagesQueryOptions = (client: ApiClient, code: string) =>
  queryOptions({
    queryKey: fieldKeys.languages(code),
    queryFn: async () => (await client.get<{ helpCenterLanguages: string[] }>(servicePath(code))).helpCenterLanguages,
  });

export const fieldApi = (client: ApiClient, code: string) => ({
  create: (field: NewField) => client.post<FieldDefinition>(fieldsPath(code), field),
  update: (field: string, change: FieldChange) => client.put<FieldDefinition>(fieldPath(code, field), change),
  link: (field: string, inquiryTypeIds: string[]) =>
    client.put<FieldDefinition>(`${fieldPath(code, field)}/inquiry-types`, { inquiryTypeIds }),
  remove: (field: string) => client.delete(fieldPath(code, field)),
  changeSystem: (key: SystemFieldKey, change: SystemFieldChange) => client.put<SystemFieldView>(systemPath(code, key), change),
  resetSystem: (key: SystemFieldKey) => client.post<SystemFieldView>(`${systemPath(code, key)}/reset`),
});
