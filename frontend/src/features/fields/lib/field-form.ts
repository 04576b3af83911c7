import type { Messages } from '../../../i18n';
import { type TypeTreeNode } from '../../../lib/type-tree';
import type { FieldDefinition, FieldOption, FieldScope, FieldType, NewField, SystemFieldView } from '../api/fields';

/** ticket-service's rules (`FieldDefinition`): codes, name lengths; only dropdown and radio have options. */
export const CODE_PATTERN = /^[a-z][a-z0-9_]{0,49}$/;
export const MAX_NAME = 100;
export const MAX_OPTIONS = 100;
export const hasOptions = (type: FieldType) => type === 'dropdown' || type === 'radio';
/** Captions and files hold no value to encrypt. */
export const mayEncrypt = (type: FieldType) => type !== 'caption' && type !== 'file';

export interface FieldFormState {
  code: string;
  scope: FieldScope;
  type: FieldType;
  names: Record<string, string>;
  options: FieldOption[];
  required: boolean;
  encrypted: boolean;
  adminOnly: boolean;
  active: boolean;
  position: string;
  inquiryTypeIds: string[];
}

export const emptyFieldForm = (position: number): FieldFormState => ({
  code: '',
  scope: 'CUSTOMER',
  type: 'text',
  names: {},
  options: [],
  required: false,
  encrypted: false,
  adminOnly: false,
  active: true,
  position: String(position),
  inquiryTypeIds: [],
});

export const formOfField = (field: FieldDefinition): FieldFormState => ({
  ...field,
  options: field.options.map((o) => ({ value: o.value, names: { ...o.names } })),
  position: String(field.position),
});

/** The names typed, trimmed, without the blank ones. */
export const filledNames = (names: Record<string, string>): Record<string, string> =>
  Object.fromEntries(
    Object.entries(names)
      .map(([language, name]) => [language, name.trim()] as const)
      .filter(([, name]) => name),
  );

/** The field as the form stands: what is saved, and what the preview shows. */
export function fieldOfForm(form: FieldFormState): NewField {
  const optioned = hasOptions(form.type);
  return {
    code: form.code.trim(),
    scope: form.scope,
    type: form.type,
    names: filledNames(form.names),
    options: optioned ? form.options.map((o) => ({ value: o.value.trim(), names: filledNames(o.names) })) : [],
    required: form.type !== 'caption' && form.required,
    encrypted: mayEncrypt(form.type) && form.encrypted,
    adminOnly: form.scope === 'OPERATOR' && form.adminOnly,
    active: form.active,
    position: Number.parseInt(form.position, 10) || 0,
    inquiryTypeIds: form.scope === 'CUSTOMER' ? form.inquiryTypeIds : [],
  };
}

/** The names of the form's inputs as ticket-service names its field errors. */
export function formErrorKeys(languages: string[], options: number): string[] {
  return [
    'code',
    'scope',
    'type',
    'names',
    ...languages.map((l) => `names.${l}`),
    'options',
    ...Array.from({ length: options }, (_, i) => `options[${i}].value`),
    'required',
    'encrypted',
    'adminOnly',
    'active',
    'position',
    'inquiryTypeIds',
  ];
}

/** What ticket-service would refuse, named as it names it; `isNew` also checks the code. */
export function checkFieldForm(form: FieldFormState, isNew: boolean, m: Messages): Record<string, string> {
  const t = m.fieldsAdmin.errors;
  const errors: Record<string, string> = {};
  if (isNew && !CODE_PATTERN.test(form.code.trim())) errors.code = t.code;
  const names = filledNames(form.names);
  if (Object.keys(names).length === 0) errors.names = t.nameRequired;
  for (const [language, name] of Object.entries(names)) {
    if (name.length > MAX_NAME) errors[`names.${language}`] = t.nameTooLong;
  }
  if (hasOptions(form.type)) {
    if (form.options.length === 0) errors.options = t.optionsRequired;
    const seen = new Set<string>();
    form.options.forEach((option, i) => {
      const value = option.value.trim();
      if (!value || value.length > MAX_NAME) errors[`options[${i}].value`] = t.optionValue;
      else if (seen.has(value)) errors[`options[${i}].value`] = t.optionRepeats;
      seen.add(value);
    });
  }
  if (!/^-?\d+$/.test(form.position.trim())) errors.position = t.position;
  return errors;
}

/** An inquiry type and the ones above it: a type asks for its own customer fields and its ancestors'. */
export function typePath(roots: TypeTreeNode[], id: string): TypeTreeNode[] {
  for (const node of roots) {
    if (node.id === id) return [node];
    const below = typePath(node.children, id);
    if (below.length > 0) return [node, ...below];
  }
  return [];
}

export type FormItem = { kind: 'system'; field: SystemFieldView } | { kind: 'custom'; field: FieldDefinition };

/**
 * The customer form of an inquiry type as a customer meets it: the active system fields and the active customer
 * fields of the type and its ancestors, by position (a system field first on a tie). Without a type, only the fields
 * every type asks for: none are linked to no type, so just the system fields.
 */
export function customerForm(
  system: SystemFieldView[],
  fields: FieldDefinition[],
  roots: TypeTreeNode[],
  inquiryTypeId: string | null,
): FormItem[] {
  const path = new Set(inquiryTypeId ? typePath(roots, inquiryTypeId).map((t) => t.id) : []);
  const items: FormItem[] = [
    ...system.filter((f) => f.active).map((field) => ({ kind: 'system' as const, field })),
    ...fields
      .filter((f) => f.scope === 'CUSTOMER' && f.active && f.inquiryTypeIds.some((id) => path.has(id)))
      .map((field) => ({ kind: 'custom' as const, field })),
  ];
  return items
    .map((item, i) => ({ item, i }))
    .sort((a, b) => a.item.field.position - b.item.field.position || a.i - b.i)
    .map(({ item }) => item);
}
