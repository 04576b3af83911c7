import { zonedInputToIso, type Messages } from '../i18n';

/**
 * What a form needs of a ticket-service field definition (`GET /api/v1/services/{code}/fields`, or an inquiry
 * type's customer fields) to offer an input for it and turn what was typed into the value the server takes.
 */
export interface CustomerFieldSpec {
  code: string;
  /** text, textarea, checkbox, dropdown, radio, date, datetime, date_period, datetime_period, agree, caption, file */
  type: string;
  names: Record<string, string>;
  options: { value: string; names: Record<string, string> }[];
  required: boolean;
}

/** A field's value as ticket-service stores it: text, a flag, or a period. */
export type FieldValue = string | boolean | { from: string; to: string };

/** What is typed for a customer field: text or a choice, a flag, or a period's two ends (as the inputs give them). */
export type FieldInput = string | boolean | { from: string; to: string };

const PERIODS = ['date_period', 'datetime_period'];
const FLAGS = ['checkbox', 'agree'];

/** Captions take no value; files are sent as attachments, not as field values. */
export const takesInput = (field: CustomerFieldSpec) => field.type !== 'caption' && field.type !== 'file';

/** The empty input of a field: an unticked box is `false`, so a required checkbox is answered by leaving it. */
export function emptyInput(field: CustomerFieldSpec): FieldInput {
  if (FLAGS.includes(field.type)) return false;
  if (PERIODS.includes(field.type)) return { from: '', to: '' };
  return '';
}

export type FieldInputResult = { value?: FieldValue; error?: keyof Messages['escalation']['errors'] };

/**
 * An input as ticket-service takes the field's value (`FieldType#check`): trimmed text, `YYYY-MM-DD`, a date-time
 * with the offset of `timeZone`, `{from, to}`, a boolean; no value when left empty, or the reason it is wrong.
 */
export function fieldInputValue(field: CustomerFieldSpec, input: FieldInput | undefined, timeZone?: string): FieldInputResult {
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

/** The errors of the fields' inputs, keyed `fields.<code>` as the server names them. */
export function fieldInputErrors(
  fields: CustomerFieldSpec[],
  inputs: Record<string, FieldInput>,
  m: Messages,
  timeZone?: string,
): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const field of fields.filter(takesInput)) {
    const { error } = fieldInputValue(field, inputs[field.code], timeZone);
    if (error) errors[`fields.${field.code}`] = m.escalation.errors[error];
  }
  return errors;
}

/** The values to send: only those of the fields that have one. */
export function fieldValues(
  fields: CustomerFieldSpec[],
  inputs: Record<string, FieldInput>,
  timeZone?: string,
): Record<string, FieldValue> {
  const sent: Record<string, FieldValue> = {};
  for (const field of fields.filter(takesInput)) {
    const { value } = fieldInputValue(field, inputs[field.code], timeZone);
    if (value !== undefined) sent[field.code] = value;
  }
  return sent;
}
