import { format, type Messages } from '../../../i18n';
import { fieldInputErrors, fieldValues, type FieldInput } from '../../../lib/customer-fields';
import type { CustomerField, EscalationRequest } from '../api/types';

export { emptyInput, takesInput, type FieldInput } from '../../../lib/customer-fields';

/** As long as a ticket's title may be: the issue ticket takes it. */
export const TITLE_MAX_LENGTH = 200;

/** The form's own inputs; a customer field's is `fields.<code>`, as the server names it in its field errors. */
export const BASE_FIELDS = ['targetServiceCode', 'inquiryTypeId', 'title', 'content'] as const;
export const fieldKey = (code: string) => `fields.${code}`;

export interface EscalationFormValues {
  targetServiceCode: string;
  inquiryTypeId: string;
  title: string;
  content: string;
  fields: Record<string, FieldInput>;
}

/** Error messages by input name (`title`, `fields.order_no`, …). */
export type EscalationErrors = Partial<Record<string, string>>;

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
  Object.assign(errors, fieldInputErrors(fields, values.fields, m, timeZone));
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
  const sent = fieldValues(fields, values.fields, timeZone);
  return {
    ticketId,
    targetServiceCode: values.targetServiceCode,
    inquiryTypeId: values.inquiryTypeId,
    fields: sent,
    title: values.title.trim(),
    content: values.content,
  };
}
