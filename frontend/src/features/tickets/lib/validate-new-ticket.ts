import { format, type Messages } from '../../../i18n';

export const TITLE_MAX_LENGTH = 200;

/** The form's fields; server field errors are mapped onto these names. */
export const NEW_TICKET_FIELDS = ['serviceCode', 'title', 'content', 'channel', 'customer.email', 'customer.name'] as const;
export type NewTicketField = (typeof NEW_TICKET_FIELDS)[number];
export type NewTicketErrors = Partial<Record<NewTicketField, string>>;

export interface NewTicketValues {
  serviceCode: string;
  title: string;
  content: string;
  channel: string;
  customerEmail: string;
  customerName: string;
}

// Pragmatic check (what browsers use for type=email): local@domain with a dot-free-or-dotted domain.
const EMAIL_PATTERN = /^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+$/;

export function isValidEmail(value: string): boolean {
  return EMAIL_PATTERN.test(value.trim());
}

export function validateNewTicket(values: NewTicketValues, m: Messages): NewTicketErrors {
  const errors: NewTicketErrors = {};
  if (!values.serviceCode) errors.serviceCode = m.form.errors.serviceRequired;
  const title = values.title.trim();
  if (!title) errors.title = m.form.errors.titleRequired;
  else if (title.length > TITLE_MAX_LENGTH) errors.title = format(m.form.errors.titleTooLong, { max: TITLE_MAX_LENGTH });
  if (!values.content.trim()) errors.content = m.form.errors.contentRequired;
  const email = values.customerEmail.trim();
  if (!email) errors['customer.email'] = m.form.errors.emailRequired;
  else if (!isValidEmail(email)) errors['customer.email'] = m.form.errors.emailInvalid;
  return errors;
}
