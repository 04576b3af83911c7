import { describe, expect, it } from 'vitest';
import { en } from '../../../i18n/messages';
import type { FieldDefinition, SystemFieldView } from '../api/fields';
import { checkFieldForm, customerForm, emptyFieldForm, fieldOfForm, typePath } from './field-form';

const tree = [{ id: 'a', names: { en: 'A' }, children: [{ id: 'b', names: { en: 'B' }, children: [] }] }];

describe('field form', () => {
  it('sends only what the type and scope take', () => {
    const form = { ...emptyFieldForm(7), code: ' note ', type: 'caption' as const, scope: 'CUSTOMER' as const,
      names: { en: ' Read this ', ja: ' ' }, required: true, encrypted: true, adminOnly: true,
      options: [{ value: 'x', names: {} }], inquiryTypeIds: ['a'] };
    expect(fieldOfForm(form)).toEqual({ code: 'note', scope: 'CUSTOMER', type: 'caption', names: { en: 'Read this' },
      options: [], required: false, encrypted: false, adminOnly: false, active: true, position: 7, inquiryTypeIds: ['a'] });
    expect(fieldOfForm({ ...form, scope: 'OPERATOR', type: 'radio' })).toMatchObject({ adminOnly: true, inquiryTypeIds: [],
      options: [{ value: 'x', names: {} }], required: true, encrypted: true });
  });

  it('names what the server would refuse', () => {
    const form = { ...emptyFieldForm(1), code: '9lives', type: 'radio' as const, names: { en: 'x'.repeat(101) },
      options: [{ value: ' ', names: {} }], position: '1.5' };
    expect(Object.keys(checkFieldForm(form, true, en)).sort()).toEqual(['code', 'names.en', 'options[0].value', 'position']);
    expect(checkFieldForm(form, false, en).code).toBeUndefined();
  });

  it('builds a type’s form from its and its ancestors’ active customer fields among the system fields', () => {
    expect(typePath(tree, 'b').map((t) => t.id)).toEqual(['a', 'b']);
    const system = [{ key: 'title', active: true, position: 2 }, { key: 'privacy_consent', active: false, position: 0 }] as SystemFieldView[];
    const fields = [
      { code: 'on_a', scope: 'CUSTOMER', active: true, position: 2, inquiryTypeIds: ['a'] },
      { code: 'on_b', scope: 'CUSTOMER', active: true, position: 1, inquiryTypeIds: ['b'] },
      { code: 'off', scope: 'CUSTOMER', active: false, position: 1, inquiryTypeIds: ['b'] },
      { code: 'ops', scope: 'OPERATOR', active: true, position: 1, inquiryTypeIds: [] },
    ] as FieldDefinition[];
    const keys = (typeId: string | null) =>
      customerForm(system, fields, tree, typeId).map((i) => (i.kind === 'system' ? i.field.key : i.field.code));
    expect(keys('b')).toEqual(['on_b', 'title', 'on_a']);
    expect(keys('a')).toEqual(['title', 'on_a']);
    expect(keys(null)).toEqual(['title']);
  });
});
