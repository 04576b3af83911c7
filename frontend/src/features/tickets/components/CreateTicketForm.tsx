import { useState, type FormEvent } from 'react';
import { CHANNELS, type Channel, useI18n } from '../../../i18n';
import { Field } from '../../../components/Field';
import { ApiError } from '../../../lib/api-client';
import type { ServiceOption, Ticket } from '../api/types';
import { useCreateTicket } from '../hooks/use-tickets';
import {
  NEW_TICKET_FIELDS,
  TITLE_MAX_LENGTH,
  validateNewTicket,
  type NewTicketErrors,
  type NewTicketField,
  type NewTicketValues,
} from '../lib/validate-new-ticket';

export interface CreateTicketFormProps {
  services: ServiceOption[];
  onCreated(ticket: Ticket): void;
}

/** Operator's "New ticket" form: client-side validation first, then the server's per-field errors. */
export function CreateTicketForm({ services, onCreated }: CreateTicketFormProps) {
  const { m, channelLabel } = useI18n();
  // Fixed ids: there is one such form per page, and browser tests may address the fields by id.
  const prefix = 'new-ticket-';
  const ids = {
    serviceCode: `${prefix}service`,
    title: `${prefix}title`,
    content: `${prefix}content`,
    channel: `${prefix}channel`,
    'customer.email': `${prefix}customer-email`,
    'customer.name': `${prefix}customer-name`,
  } satisfies Record<NewTicketField, string>;

  const [values, setValues] = useState<NewTicketValues>({
    serviceCode: services.length === 1 ? services[0]!.code : '',
    title: '',
    content: '',
    channel: 'MANUAL',
    customerEmail: '',
    customerName: '',
  });
  const [errors, setErrors] = useState<NewTicketErrors>({});
  const [formError, setFormError] = useState<{ detail: string; extra: string[] } | null>(null);
  const mutation = useCreateTicket();

  const set = (key: keyof NewTicketValues) => (event: { target: { value: string } }) =>
    setValues((current) => ({ ...current, [key]: event.target.value }));

  const describedBy = (field: NewTicketField) => (errors[field] ? `${ids[field]}-error` : undefined);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setFormError(null);
    const clientErrors = validateNewTicket(values, m);
    setErrors(clientErrors);
    if (Object.keys(clientErrors).length > 0) {
      const first = NEW_TICKET_FIELDS.find((field) => clientErrors[field]);
      if (first) document.getElementById(ids[first])?.focus();
      return;
    }
    const name = values.customerName.trim();
    try {
      const ticket = await mutation.mutateAsync({
        serviceCode: values.serviceCode,
        request: {
          title: values.title.trim(),
          content: values.content,
          channel: values.channel as Channel,
          customer: name ? { email: values.customerEmail.trim(), name } : { email: values.customerEmail.trim() },
        },
      });
      onCreated(ticket);
    } catch (error) {
      if (error instanceof ApiError) {
        const fieldErrors = error.fieldErrorsFor(NEW_TICKET_FIELDS);
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
      <Field id={ids.serviceCode} label={m.form.service} error={errors.serviceCode}>
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
      <Field id={ids.title} label={m.form.title} error={errors.title}>
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
      <Field id={ids.content} label={m.form.content} error={errors.content}>
        <textarea
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
      <Field id={ids.channel} label={m.form.channel} error={errors.channel}>
        <select
          id={ids.channel}
          name="channel"
          value={values.channel}
          onChange={set('channel')}
          aria-invalid={Boolean(errors.channel)}
          aria-describedby={describedBy('channel')}
        >
          {CHANNELS.map((channel) => (
            <option key={channel} value={channel}>
              {channelLabel(channel)}
            </option>
          ))}
        </select>
      </Field>
      <div className="field-row">
        <Field id={ids['customer.email']} label={m.form.customerEmail} error={errors['customer.email']}>
          <input
            id={ids['customer.email']}
            name="customerEmail"
            type="email"
            autoComplete="off"
            value={values.customerEmail}
            onChange={set('customerEmail')}
            aria-invalid={Boolean(errors['customer.email'])}
            aria-describedby={describedBy('customer.email')}
            required
          />
        </Field>
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
      </div>
      <div className="actions">
        <button type="submit" disabled={mutation.isPending}>
          {mutation.isPending ? m.form.submitting : m.form.submit}
        </button>
      </div>
    </form>
  );
}
