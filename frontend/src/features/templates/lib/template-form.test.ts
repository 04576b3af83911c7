import { describe, expect, it } from 'vitest';
import { emptyForm, isSearchCode, requestOf } from './template-form';

describe('template form', () => {
  it('takes search codes of letters or digits of any script, up to twenty', () => {
    expect(isSearchCode('refund2')).toBe(true);
    expect(isSearchCode('환불')).toBe(true);
    expect(isSearchCode('へんきんー')).toBe(true);
    expect(isSearchCode('')).toBe(false);
    expect(isSearchCode('re fund')).toBe(false);
    expect(isSearchCode('refund!')).toBe(false);
    expect(isSearchCode('a'.repeat(21))).toBe(false);
  });

  it('sends shared only on create, and no processing types for a shared template', () => {
    const form = { ...emptyForm(), title: ' Hi ', searchCode: 'hi', body: 'x', processingTypeIds: ['t-1'], shared: true };
    expect(requestOf(form, true)).toEqual({ title: 'Hi', searchCode: 'hi', body: 'x', format: 'TEXT', processingTypeIds: [], shared: true });
    expect(requestOf({ ...form, shared: false }, false)).not.toHaveProperty('shared');
  });
});
