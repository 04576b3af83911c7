import { templateBodyFor } from '../lib/reply-text';
import { useRef, useState, type FormEvent } from 'react';
import { useI18n, useServiceTimeZones } from '../../../i18n';
import { Field, describedBy as ariaFor } from '../../../components/Field';
import { ApiError } from '../../../lib/api-client';
import { insertIntoTextarea } from '../../../lib/textarea-insert';
import { fieldValues, type FieldInput } from '../../../lib/customer-fields';
import { flattenTypes } from '../../../lib/type-tree';
import type { CreateTicketRequest, ServiceOption, TemplateSlot, Ticket } from '../api/types';
import { useIntakeOptions } from '../hooks/use-intake';
import { useCreateTicket } from '../hooks/use-tickets';
import { customerFieldsFor } from '../lib/intake';
import {
  NEW_TICKET_FIELDS,
  TITLE_MAX_LENGTH,
  validateNewTicket,
  type NewTicketErrors,
  type NewTicketField,
  type NewTicketValues,
} from '../lib/validate-new-ticket';
import { CustomerFieldInputs } from './CustomerFieldInputs';
import { GroupAssigneeFields } from '../../../components/GroupAssigneeFields';

/** The channels of a ticket an operator opens: written down by hand, or taken on the phone. */
const OPERATOR_CHANNELS = ['MANUAL', 'PHONE'] as const;

export interface CreateTicketFormProps {
  services: ServiceOption[];
  onCreated(ticket: Ticket): void;
  /** Where the app puts the template picker; it puts the template into the content, at its cursor. */
  templateSlot?: TemplateSlot;
}

/**
 * Operator's "New ticket" form (티켓 생성 / チケット作成): service, channel (a phone ticket needs the number, not the
 * e-mail), customer, group and assignee (or routing decides), inquiry type with its customer fields, title and
 * content. Client-side checks first, then the server's per-field errors next to each field.
 */
export function CreateTicketForm({ services, onCreated, templateSlot }: CreateTicketFormProps) {
  const { m, locale, channelLabel } = useI18n();
  // Fixed ids: there is one such form per page, and browser tests may address the fields by id.
  const prefix = 'new-ticket-';
  const ids = {
    serviceCode: `${prefix}service`,
    title: `${prefix}title`,
    content: `${prefix}content`,
    channel: `${prefix}channel`,
    'customer.email': `${prefix}customer-email`,
    'customer.name': `${prefix}customer-name`,
    'customer.phone': `${prefix}customer-phone`,
    groupId: `${prefix}group`,
    assignee: `${prefix}assignee`,
    inquiryTypeId: `${prefix}inquiry-type`,
  } satisfies Record<NewTicketField, string>;

  const contentArea = useRef<HTMLTextAreaElement>(null);
  const [values, setValues] = useState<Required<NewTicketValues>>({
    serviceCode: services.length === 1 ? services[0]!.code : '',
    title: '',
    content: '',
    channel: 'MANUAL',
    customerEmail: '',
    customerName: '',
    customerPhone: '',
    groupId: '',
    assignee: '',
    inquiryTypeId: '',
    fields: {},
  });
  const [errors, setErrors] = useState<NewTicketErrors>({});
  const [formError, setFormError] = useState<{ detail: string; extra: string[] } | null>(null);
  const mutation = useCreateTicket();
  const intake = useIntakeOptions(values.serviceCode || undefined);
  // choosing the group or assignee hands the ticket on as a forward does: the server says who may
  const placesTickets = services.find((s) => s.code === values.serviceCode)?.mayPlaceNewTickets === true;
  const customerFields = intake.data
    ? customerFieldsFor(intake.data.fields, intake.data.inquiryTypes, values.inquiryTypeId)
    : [];
  const phoneTicket = values.channel === 'PHONE';
  // date-times of customer fields are the service's wall clock, as on the help center
  const timeZone = useServiceTimeZones()(values.serviceCode);

  const set = (key: 'serviceCode' | 'title' | 'content' | 'channel' | 'customerEmail' | 'customerName' | 'customerPhone' | 'inquiryTypeId') =>
    (event: { target: { value: string } }) => {
      const value = event.target.value;
      setValues((current) =>
        key === 'serviceCode'
          ? // groups, people, types and fields are the service's own
            { ...current, serviceCode: value, groupId: '', assignee: '', inquiryTypeId: '', fields: {} }
          : { ...current, [key]: value },
      );
    };
  const setField = (code: string, value: FieldInput) =>
    setValues((current) => ({ ...current, fields: { ...current.fields, [code]: value } }));

  const describedBy = (field: NewTicketField) => ariaFor(ids[field], errors[field])['aria-describedby'];

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setFormError(null);
    const clientErrors = validateNewTicket(values, m, customerFields, timeZone);
    setErrors(clientErrors);
    if (Object.keys(clientErrors).length > 0) {
      const first = NEW_TICKET_FIELDS.find((field) => clientErrors[field]);
      const firstField = customerFields.find((f) => clientErrors[`fields.${f.code}`]);
      document.getElementById(first ? ids[first] : `create-field-${firstField?.code ?? ''}`)?.focus();
      return;
    }
    const name = values.customerName.trim();
    const email = values.customerEmail.trim();
    const phone = values.customerPhone.trim();
    const fields = fieldValues(customerFields, values.fields, timeZone);
    const request: CreateTicketRequest = {
      title: values.title.trim(),
      content: values.content,
      channel: values.channel as CreateTicketRequest['channel'],
      customer: { ...(email && { email }), ...(name && { name }), ...(phone && { phone }) },
      ...(values.groupId && { groupId: values.groupId }),
      ...(values.assignee && { assignee: values.assignee }),
      ...(values.inquiryTypeId && { inquiryTypeId: values.inquiryTypeId }),
      ...(Object.keys(fields).length > 0 && { fields }),
    };
    try {
      onCreated(await mutation.mutateAsync({ serviceCode: values.serviceCode, request }));
    } catch (error) {
      if (error instanceof ApiError) {
        const known = [...NEW_TICKET_FIELDS, ...customerFields.map((f) => `fields.${f.code}` as const)];
        const fieldErrors: NewTicketErrors = error.fieldErrorsFor(known);
        setErrors(fieldErrors);
        const shown = new Set(Object.values(fieldErrors));
        const extra = error.fieldErrors
          .filter((e) => !shown.has(e.message))
          .map((e) => (e.field ? `${e.field}: ${e.message}` : e.message));
        setFormError({ detail: error.detail, extra });
      } else {
        setFormError({ detail: error instanceof Error ? error.message : m.form.failed, extra: [] });
      }
    }
  }

  if (services.length === 0) {
    return (
      <p className="alert" role="alert">
        {m.form.noServices}
      </p>
    );
  }

  const types = intake.data ? flattenTypes(intake.data.inquiryTypes, locale) : [];
  return (
    <form className="ticket-form" onSubmit={submit} noValidate aria-labelledby={`${prefix}heading`} data-testid="new-ticket-form">
      <h1 id={`${prefix}heading`}>{m.form.heading}</h1>
      {formError && (
        <div className="alert" role="alert" data-testid="form-error">
          <strong>{m.form.failed}</strong> <span data-testid="form-error-detail">{formError.detail}</span>
          {formError.extra.length > 0 && (
            <ul>
              {formError.extra.map((line) => (
                <li key={line}>{line}</li>
              ))}
            </ul>
          )}
        </div>
      )}
      <div className="field-row">
        <Field id={ids.serviceCode} label={m.form.service} error={errors.serviceCode} required>
          <select
            id={ids.serviceCode}
            name="serviceCode"
            value={values.serviceCode}
            onChange={set('serviceCode')}
            aria-invalid={Boolean(errors.serviceCode)}
            aria-describedby={describedBy('serviceCode')}
          >
            {services.length > 1 && <option value="">{m.form.selectService}</option>}
            {services.map((service) => (
              <option key={service.code} value={service.code}>
                {service.name} ({service.code})
              </option>
            ))}
          </select>
        </Field>
        <Field id={ids.channel} label={m.form.channel} error={errors.channel} required>
          <select
            id={ids.channel}
            name="channel"
            value={values.channel}
            onChange={set('channel')}
            data-testid="create-channel"
            aria-invalid={Boolean(errors.channel)}
            aria-describedby={describedBy('channel')}
          >
            {OPERATOR_CHANNELS.map((channel) => (
              <option key={channel} value={channel}>
                {channelLabel(channel)}
              </option>
            ))}
          </select>
        </Field>
      </div>
      <div className="field-row">
        <Field id={ids['customer.name']} label={m.form.customerName} error={errors['customer.name']}>
          <input
            id={ids['customer.name']}
            name="customerName"
            type="text"
            autoComplete="off"
            value={values.customerName}
            onChange={set('customerName')}
            aria-invalid={Boolean(errors['customer.name'])}
            aria-describedby={describedBy('customer.name')}
          />
        </Field>
        <Field id={ids['customer.email']} label={m.form.customerEmail} error={errors['customer.email']} required={!phoneTicket}>
          <input
            id={ids['customer.email']}
            name="customerEmail"
            type="email"
            autoComplete="off"
            value={values.customerEmail}
            onChange={set('customerEmail')}
            aria-invalid={Boolean(errors['customer.email'])}
            aria-describedby={describedBy('customer.email')}
            required={!phoneTicket}
          />
        </Field>
        <Field
          id={ids['customer.phone']}
          label={m.createTicket.customerPhone}
          error={errors['customer.phone']}
          required={phoneTicket}
          hint={phoneTicket ? m.createTicket.phoneTicketHint : undefined}
        >
          <input
            id={ids['customer.phone']}
            name="customerPhone"
            type="tel"
            autoComplete="off"
            value={values.customerPhone}
            onChange={set('customerPhone')}
            {...ariaFor(ids['customer.phone'], errors['customer.phone'], phoneTicket)}
            required={phoneTicket}
          />
        </Field>
      </div>
      {placesTickets && (
        <GroupAssigneeFields
          idPrefix="new-ticket"
          options={intake.data}
          value={{ groupId: values.groupId, assignee: values.assignee }}
          onChange={(next) => setValues((current) => ({ ...current, ...next }))}
          errors={{ groupId: errors.groupId, assignee: errors.assignee }}
          testIds={{ group: 'create-group', assignee: 'create-assignee' }}
        />
      )}
      <p className="muted field-hint" data-testid="create-routing-hint">
        {!placesTickets ? m.createTicket.routedByTriggers : values.groupId ? m.createTicket.routingSkipped : m.createTicket.routingDecides}
      </p>
      <Field id={ids.inquiryTypeId} label={m.createTicket.inquiryType} error={errors.inquiryTypeId}>
        <select
          id={ids.inquiryTypeId}
          value={values.inquiryTypeId}
          onChange={set('inquiryTypeId')}
          disabled={!intake.data}
          data-testid="create-inquiry-type"
          aria-invalid={Boolean(errors.inquiryTypeId)}
          aria-describedby={describedBy('inquiryTypeId')}
        >
          <option value="">{m.createTicket.noInquiryType}</option>
          {types.map((type) => (
            <option key={type.id} value={type.id}>
              {type.label}
            </option>
          ))}
        </select>
      </Field>
      <CustomerFieldInputs fields={customerFields} values={values.fields} onChange={setField} errors={errors} />
      {templateSlot && values.serviceCode && (
        <div className="template-slot">
          {templateSlot({
            serviceCode: values.serviceCode,
            values: () => ({
              customer: { name: values.customerName.trim() || undefined, email: values.customerEmail.trim() || undefined },
              title: values.title.trim() || undefined,
            }),
            // at the cursor of what the operator wrote already, not over it
            apply: (template) =>
              insertIntoTextarea(contentArea.current, values.content, templateBodyFor('TEXT', template), (content) =>
                setValues((current) => ({ ...current, content })),
              ),
          })}
        </div>
      )}
      <Field id={ids.title} label={m.form.title} error={errors.title} required>
        <input
          id={ids.title}
          name="title"
          type="text"
          value={values.title}
          onChange={set('title')}
          maxLength={TITLE_MAX_LENGTH * 2}
          aria-invalid={Boolean(errors.title)}
          aria-describedby={describedBy('title')}
          required
        />
      </Field>
      <Field id={ids.content} label={m.form.content} error={errors.content} required>
        <textarea
          ref={contentArea}
          id={ids.content}
          name="content"
          rows={6}
          value={values.content}
          onChange={set('content')}
          aria-invalid={Boolean(errors.content)}
          aria-describedby={describedBy('content')}
          required
        />
      </Field>
      <div className="actions">
        <button type="submit" disabled={mutation.isPending}>
          {mutation.isPending ? m.form.submitting : m.form.submit}
        </button>
      </div>
    </form>
  );
}
