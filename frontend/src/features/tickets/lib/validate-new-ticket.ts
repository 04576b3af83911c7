import { format, type Messages } from '../../../i18n';
import { fieldInputErrors, type FieldInput } from '../../../lib/customer-fields';
import type { IntakeField } from '../api/types';

export const TITLE_MAX_LENGTH = 200;

/** The form's fields, in the order of the form; server field errors are mapped onto these names. */
export const NEW_TICKET_FIELDS = [
  'serviceCode',
  'channel',
  'customer.name',
  'customer.email',
  'customer.phone',
  'groupId',
  'assignee',
  'inquiryTypeId',
  'title',
  'content',
] as const;
export type NewTicketField = (typeof NEW_TICKET_FIELDS)[number];
/** Errors by form field, and by `fields.<code>` for the inquiry type's customer fields. */
export type NewTicketErrors = Partial<Record<NewTicketField | `fields.${string}`, string>>;

export interface NewTicketValues {
  serviceCode: string;
  title: string;
  content: string;
  /** MANUAL or PHONE: a phone ticket needs the phone number, not the e-mail. */
  channel: string;
  customerEmail: string;
  customerName: string;
  customerPhone?: string;
  groupId?: string;
  assignee?: string;
  inquiryTypeId?: string;
  fields?: Record<string, FieldInput>;
}

// Pragmatic check (what browsers use for type=email): local@domain with a dot-free-or-dotted domain.
const EMAIL_PATTERN = /^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+$/;
// what ticket-service accepts: digits, spaces, ( ) - and a leading +
const PHONE_PATTERN = /^\+?[0-9 ()-]+$/;

export function isValidEmail(value: string): boolean {
  return EMAIL_PATTERN.test(value.trim());
}

export function isValidPhone(value: string): boolean {
  return PHONE_PATTERN.test(value.trim()) && /[0-9]/.test(value);
}

/**
 * The checks of ticket-service that the form can make before sending; `customerFields` are the type's fields, whose
 * date-times are read in `timeZone` (the service's).
 */
export function validateNewTicket(
  values: NewTicketValues,
  m: Messages,
  customerFields: IntakeField[] = [],
  timeZone?: string,
): NewTicketErrors {
  const errors: NewTicketErrors = {};
  if (!values.serviceCode) errors.serviceCode = m.form.errors.serviceRequired;
  const title = values.title.trim();
  if (!title) errors.title = m.form.errors.titleRequired;
  else if (title.length > TITLE_MAX_LENGTH) errors.title = format(m.form.errors.titleTooLong, { max: TITLE_MAX_LENGTH });
  if (!values.content.trim()) errors.content = m.form.errors.contentRequired;
  const phoneTicket = values.channel === 'PHONE';
  const email = values.customerEmail.trim();
  if (!email && !phoneTicket) errors['customer.email'] = m.form.errors.emailRequired;
  else if (email && !isValidEmail(email)) errors['customer.email'] = m.form.errors.emailInvalid;
  const phone = (values.customerPhone ?? '').trim();
  if (!phone && phoneTicket) errors['customer.phone'] = m.createTicket.phoneRequired;
  else if (phone && !isValidPhone(phone)) errors['customer.phone'] = m.createTicket.phoneInvalid;
  if (values.assignee && !values.groupId) errors.groupId = m.createTicket.groupForAssignee;
  return { ...errors, ...fieldInputErrors(customerFields, values.fields ?? {}, m, timeZone) };
}
