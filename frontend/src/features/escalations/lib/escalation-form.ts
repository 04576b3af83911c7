import { format, zonedInputToIso, type Messages } from '../../../i18n';
import type { CustomerField, EscalationRequest, FieldValue } from '../api/types';

/** As long as a ticket's title may be: the issue ticket takes it. */
export const TITLE_MAX_LENGTH = 200;

/** The form's own inputs; a customer field's is `fields.<code>`, as the server names it in its field errors. */
export const BASE_FIELDS = ['targetServiceCode', 'inquiryTypeId', 'title', 'content'] as const;
export const fieldKey = (code: string) => `fields.${code}`;

/** What is typed for a customer field: text or a choice, a flag, or a period's two ends (as the inputs give them). */
export type FieldInput = string | boolean | { from: string; to: string };

export interface EscalationFormValues {
  targetServiceCode: string;
  inquiryTypeId: string;
  title: string;
  content: string;
  fields: Record<string, FieldInput>;
}

/** Error messages by input name (`title`, `fields.order_no`, …). */
export type EscalationErrors = Partial<Record<string, string>>;

const PERIODS = ['date_period', 'datetime_period'];
const FLAGS = ['checkbox', 'agree'];

/** Captions take no value; files are not part of an escalation (attachments are not escalated). */
export const takesInput = (field: CustomerField) => field.type !== 'caption' && field.type !== 'file';

/** The empty input of a field: an unticked box is `false`, so a required checkbox is answered by leaving it. */
export function emptyInput(field: CustomerField): FieldInput {
  if (FLAGS.includes(field.type)) return false;
  if (PERIODS.includes(field.type)) return { from: '', to: '' };
  return '';
}

type Converted = { value?: FieldValue; error?: keyof Messages['escalation']['errors'] };

/**
 * An input as ticket-service takes the field's value (`FieldType#check`): trimmed text, `YYYY-MM-DD`, a date-time
 * with the offset of `timeZone`, `{from, to}`, a boolean; no value when left empty, or the reason it is wrong.
 */
function convert(field: CustomerField, input: FieldInput | undefined, timeZone?: string): Converted {
  const raw = input ?? emptyInput(field);
  if (FLAGS.includes(field.type)) {
    const on = raw === true;
    return field.type === 'agree' && field.required && !on ? { error: 'agreeRequired' } : { value: on };
  }
  const dateTime = field.type === 'datetime' || field.type === 'datetime_period';
  const point = (text: string) => (dateTime ? zonedInputToIso(text, timeZone) : text.trim());
  if (PERIODS.includes(field.type)) {
    const { from, to } = typeof raw === 'object' ? raw : { from: '', to: '' };
    if (!from.trim() && !to.trim()) return field.required ? { error: 'fieldRequired' } : {};
    if (!from.trim() || !to.trim()) return { error: 'periodIncomplete' };
    const [start, end] = [point(from), point(to)];
    if (!start || !end) return { error: 'dateTimeInvalid' };
    // both ends are wall times of one zone (or plain dates): as text they sort as they follow each other
    return from.trim() > to.trim() ? { error: 'periodInverted' } : { value: { from: start, to: end } };
  }
  const text = typeof raw === 'string' ? raw.trim() : '';
  if (!text) return field.required ? { error: 'fieldRequired' } : {};
  const value = point(text);
  return value ? { value } : { error: 'dateTimeInvalid' };
}

/** Checks the form before anything is sent, as the new-ticket form does; the keys are the inputs' names. */
export function validateEscalation(
  values: EscalationFormValues,
  fields: CustomerField[],
  m: Messages,
  timeZone?: string,
): EscalationErrors {
  const e = m.escalation.errors;
  const errors: EscalationErrors = {};
  if (!values.targetServiceCode) errors.targetServiceCode = e.targetRequired;
  if (!values.inquiryTypeId) errors.inquiryTypeId = e.inquiryTypeRequired;
  for (const field of fields.filter(takesInput)) {
    const { error } = convert(field, values.fields[field.code], timeZone);
    if (error) errors[fieldKey(field.code)] = e[error];
  }
  const title = values.title.trim();
  if (!title) errors.title = e.titleRequired;
  else if (title.length > TITLE_MAX_LENGTH) errors.title = format(e.titleTooLong, { max: TITLE_MAX_LENGTH });
  if (!values.content.trim()) errors.content = e.contentRequired;
  return errors;
}

/** The request of a valid form: only the chosen type's fields that have a value. */
export function buildEscalationRequest(
  ticketId: string,
  values: EscalationFormValues,
  fields: CustomerField[],
  timeZone?: string,
): EscalationRequest {
  const sent: Record<string, FieldValue> = {};
  for (const field of fields.filter(takesInput)) {
    const { value } = convert(field, values.fields[field.code], timeZone);
    if (value !== undefined) sent[field.code] = value;
  }
  return {
    ticketId,
    targetServiceCode: values.targetServiceCode,
    inquiryTypeId: values.inquiryTypeId,
    fields: sent,
    title: values.title.trim(),
    content: values.content,
  };
}
