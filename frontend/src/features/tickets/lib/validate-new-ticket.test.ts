import { describe, expect, it } from 'vitest';
import { getMessages } from '../../../i18n';
import { isValidEmail, validateNewTicket, type NewTicketValues } from './validate-new-ticket';

const m = getMessages('en');
const valid: NewTicketValues = {
  serviceCode: 'CS',
  title: 'Refund',
  content: 'Please refund order 17.',
  channel: 'MANUAL',
  customerEmail: 'a.b+c@mail.example.co.kr',
  customerName: '',
};

describe('validateNewTicket', () => {
  it('accepts a complete ticket without a customer name', () => {
    expect(validateNewTicket(valid, m)).toEqual({});
  });

  it('treats blank (whitespace-only) title and content as missing', () => {
    expect(validateNewTicket({ ...valid, title: '   ', content: '\n\t' }, m)).toEqual({
      title: 'Enter a title.',
      content: 'Enter the content.',
    });
  });

  it('limits the trimmed title to 200 characters', () => {
    expect(validateNewTicket({ ...valid, title: ` ${'a'.repeat(200)} ` }, m)).toEqual({});
    expect(validateNewTicket({ ...valid, title: 'a'.repeat(201) }, m).title).toBe('The title must be at most 200 characters.');
  });

  it('requires a valid customer e-mail', () => {
    expect(validateNewTicket({ ...valid, customerEmail: '' }, m)['customer.email']).toBe("Enter the customer's e-mail address.");
    for (const bad of ['kim', 'kim@', '@example.com', 'kim@example', 'kim @example.com', 'kim@exa mple.com']) {
      expect(isValidEmail(bad), bad).toBe(false);
    }
    for (const good of ['kim@example.com', 'KIM.lee+cs@sub.example.jp', ' kim@example.com ']) {
      expect(isValidEmail(good), good).toBe(true);
    }
  });
});
