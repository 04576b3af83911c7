import { describe, expect, it } from 'vitest';
import type { IntakeField } from '../api/types';
import { customerFieldsFor, typePath } from './intake';

const tree = [
  { id: 'pay', names: { en: 'Payment' }, children: [{ id: 'refund', names: { en: 'Refund' }, children: [] }] },
  { id: 'account', names: { en: 'Account' }, children: [] },
];

const field = (code: string, extra: Partial<IntakeField> = {}): IntakeField => ({
  code, names: { en: code }, encrypted: false, active: true, scope: 'CUSTOMER', type: 'text', options: [],
  required: false, position: 1, inquiryTypeIds: ['pay'], ...extra,
});

describe('intake helpers', () => {
  it('finds the path from the root to a type', () => {
    expect(typePath(tree, 'refund')).toEqual(['pay', 'refund']);
    expect(typePath(tree, 'nope')).toEqual([]);
  });

  it("gives a type the active customer fields of itself and its ancestors, in their order", () => {
    const fields = [
      field('second', { position: 2 }),
      field('first', { position: 1, inquiryTypeIds: ['refund'] }),
      field('other', { inquiryTypeIds: ['account'] }),
      field('operator', { scope: 'OPERATOR' }),
      field('inactive', { active: false }),
    ];
    expect(customerFieldsFor(fields, tree, 'refund').map((f) => f.code)).toEqual(['first', 'second']);
    expect(customerFieldsFor(fields, tree, '')).toEqual([]);
  });
});
