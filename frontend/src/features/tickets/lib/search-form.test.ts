import { describe, expect, it } from 'vitest';
import { buildSearchQuery, emptySearchForm, flattenTypes, formOf } from './search-form';

describe('the search form', () => {
  it('builds the list query of every filled criterion, trimmed, with lists repeated and custom fields as field.<code>', () => {
    // criteria that go to the query as they are in the form
    const same = {
      service: 'CS',
      createdFrom: '2026-11-01',
      createdTo: '2026-11-30',
      priority: ['URGENT', 'HIGH'],
      number: 'CS-12',
      title: 'refund',
      group: 'g-1',
      assignee: 'bob',
      status: ['ON_HOLD'],
      channel: ['EMAIL', 'PHONE'],
      inquiryType: 'it-1',
      processingType: 'pt-1',
      customerNumber: 'C-77',
      customerName: '김',
      loginId: 'minji',
      email: 'kim@example.com',
      phone: '010-1234',
      language: 'ko',
    };
    const form = { ...emptySearchForm(), ...same, q: '  결제 환불 ', fieldCode: 'order_no', fieldValue: ' A-1 ' };
    const { query, errors } = buildSearchQuery(form);
    expect(errors).toEqual([]);
    expect(query).toEqual({ view: 'all', q: '결제 환불', ...same, 'field.order_no': 'A-1' });
    expect(formOf(query)).toEqual({ ...form, q: '결제 환불', fieldValue: 'A-1' });
  });

  it('leaves out what is blank, and a field code without a value', () => {
    expect(buildSearchQuery({ ...emptySearchForm(), view: 'spam', title: '  ', fieldCode: 'order_no' }).query).toEqual({ view: 'spam' });
  });

  it('refuses an inverted range, a malformed number and a full text over 200 characters', () => {
    const { errors } = buildSearchQuery({
      ...emptySearchForm(),
      createdFrom: '2026-12-02',
      createdTo: '2026-12-01',
      number: '12',
      q: '請'.repeat(201),
    });
    expect(errors).toEqual(['qTooLong', 'rangeInverted', 'numberInvalid']);
  });

  it('lists types with their subtypes indented, named in the language shown', () => {
    const tree = [
      { id: 'a', names: { ko: '결제', ja: '決済', en: 'Payment' }, children: [{ id: 'b', names: { en: 'Refund' }, children: [] }] },
    ];
    expect(flattenTypes(tree, 'ja')).toEqual([
      { id: 'a', label: '決済' },
      { id: 'b', label: '\u00a0\u00a0Refund' },
    ]);
  });
});
