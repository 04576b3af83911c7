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

  it('asks a phone ticket for the phone number instead of the e-mail, and checks both when given', () => {
    const phone = { ...valid, channel: 'PHONE', customerEmail: '' };
    expect(validateNewTicket(phone, m)).toEqual({ 'customer.phone': "Enter the customer's phone number." });
    expect(validateNewTicket({ ...phone, customerPhone: '+82 10-1234-5678' }, m)).toEqual({});
    expect(validateNewTicket({ ...phone, customerPhone: 'call me' }, m)['customer.phone']).toBe(
      'Enter digits, spaces, ( ) - and at most a leading +.',
    );
    expect(validateNewTicket({ ...valid, customerPhone: '010 1234' }, m)).toEqual({});
  });

  it('wants a group with an assignee, and the required customer fields of the inquiry type', () => {
    expect(validateNewTicket({ ...valid, assignee: 'carol' }, m).groupId).toBe('Choose the group of the assignee.');
    const orderNo = {
      code: 'order_no', names: { en: 'Order' }, encrypted: false, active: true, scope: 'CUSTOMER', type: 'text',
      options: [], required: true, position: 1, inquiryTypeIds: ['t'],
    };
    const agree = { ...orderNo, code: 'agree', type: 'agree' };
    const caption = { ...orderNo, code: 'note', type: 'caption' };
    expect(validateNewTicket(valid, m, [orderNo, agree, caption])).toEqual({
      'fields.order_no': 'This field is required.',
      'fields.agree': 'This must be agreed to.',
    });
    expect(validateNewTicket({ ...valid, fields: { order_no: ' 7 ', agree: true } }, m, [orderNo, agree, caption])).toEqual({});
  });
});
