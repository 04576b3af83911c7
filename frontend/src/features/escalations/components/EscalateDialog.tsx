import { useEffect, useRef, useState, type FormEvent } from 'react';
import { Dialog } from '../../../components/Dialog';
import { ErrorMessage } from '../../../components/ErrorMessage';
import { FormFailure } from '../../../components/FormFailure';
import { Field, describedBy } from '../../../components/Field';
import { format, useI18n, useServiceTimeZones } from '../../../i18n';
import { ApiError } from '../../../lib/api-client';
import { flattenTypes, localName } from '../../../lib/type-tree';
import type { EscalatedTicket, Escalation } from '../api/types';
import {
  useEscalationOutcome,
  useEscalationTargets,
  useInquiryTypeFields,
  useInquiryTypes,
  useRequestEscalation,
} from '../hooks/use-escalations';
import {
  BASE_FIELDS,
  TITLE_MAX_LENGTH,
  buildEscalationRequest,
  fieldKey,
  takesInput,
  validateEscalation,
  type EscalationErrors,
  type EscalationFormValues,
  type FieldInput,
} from '../lib/escalation-form';
import { CustomerFieldInput } from '../../../components/CustomerFieldInput';
import { TicketNumberLink } from './TicketNumberLink';

/** Fixed ids: one such dialog per page; tests and the browser test find the inputs by them or by label. */
const idOf = (name: string) =>
  name.startsWith('fields.') ? `escalate-field-${name.slice('fields.'.length)}` : `escalate-${name}`;

/** Focuses an input by its name; a radio group (fieldset) by its first button, a period by its start. */
function focusInput(name: string) {
  const el = document.getElementById(idOf(name)) ?? document.getElementById(`${idOf(name)}-from`);
  (el instanceof HTMLFieldSetElement ? el.querySelector('input') : el)?.focus();
}

/**
 * Escalation of a ticket to an issue-management service (이관 / 移管): the form, then — once escalation-service
 * accepted it — the wait for the issue ticket and its number or the refusal. `onEscalated` reloads the ticket.
 */
export function EscalateDialog({
  ticket,
  onClose,
  onEscalated,
}: {
  ticket: EscalatedTicket;
  onClose: () => void;
  onEscalated: () => void;
}) {
  const { m } = useI18n();
  const [accepted, setAccepted] = useState<Escalation | null>(null);
  return (
    <Dialog title={m.escalation.dialogTitle} onClose={onClose} className="wide" testId="escalate-dialog">
      {accepted ? (
        <EscalationOutcome accepted={accepted} onSettled={onEscalated} onClose={onClose} />
      ) : (
        <EscalateForm ticket={ticket} onAccepted={setAccepted} onCancel={onClose} />
      )}
    </Dialog>
  );
}

function EscalateForm({
  ticket,
  onAccepted,
  onCancel,
}: {
  ticket: EscalatedTicket;
  onAccepted: (escalation: Escalation) => void;
  onCancel: () => void;
}) {
  const { m, locale } = useI18n();
  const e = m.escalation;
  // date-times are typed on the operator's own clock: their service's zone, as the console shows dates
  const zone = useServiceTimeZones()(ticket.serviceCode);
  const [values, setValues] = useState<EscalationFormValues>({
    targetServiceCode: '',
    inquiryTypeId: '',
    title: ticket.title,
    content: '',
    fields: {},
  });
  const [errors, setErrors] = useState<EscalationErrors>({});
  const [failure, setFailure] = useState<{ error: unknown; extra: string[] } | null>(null);
  const targets = useEscalationTargets(ticket.id);
  // a single target needs no choosing
  const target = values.targetServiceCode || (targets.data?.length === 1 ? targets.data[0]!.serviceCode : '');
  const types = useInquiryTypes(target);
  const fieldsQuery = useInquiryTypeFields(target, values.inquiryTypeId);
  const fields = values.inquiryTypeId ? (fieldsQuery.data ?? []) : [];
  const files = fields.filter((f) => f.type === 'file');
  const mutation = useRequestEscalation(ticket.id);

  const set = (changes: Partial<EscalationFormValues>) => setValues((v) => ({ ...v, ...changes }));
  const setField = (code: string, value: FieldInput) => setValues((v) => ({ ...v, fields: { ...v.fields, [code]: value } }));

  if (targets.isPending) return <p className="muted">{m.app.loading}</p>;
  if (targets.isError) return <ErrorMessage error={targets.error} fallback={e.targetsFailed} />;
  if (targets.data.length === 0) {
    return (
      <p className="alert" role="alert" data-testid="escalation-no-targets">
        {e.noTargets}
      </p>
    );
  }

  const names = [...BASE_FIELDS.slice(0, 2), ...fields.filter(takesInput).map((f) => fieldKey(f.code)), ...BASE_FIELDS.slice(2)];

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setFailure(null);
    const current = { ...values, targetServiceCode: target };
    const clientErrors = validateEscalation(current, fields, m, zone);
    setErrors(clientErrors);
    const first = names.find((name) => clientErrors[name]);
    if (first) {
      focusInput(first);
      return;
    }
    try {
      onAccepted(await mutation.mutateAsync(buildEscalationRequest(ticket.id, current, fields, zone)));
    } catch (error) {
      const fieldErrors = error instanceof ApiError ? error.fieldErrorsFor(names) : {};
      setErrors(fieldErrors);
      const shown = new Set(Object.values(fieldErrors));
      const extra = error instanceof ApiError
        ? error.fieldErrors.filter((f) => !shown.has(f.message)).map((f) => (f.field ? `${f.field}: ${f.message}` : f.message))
        : [];
      setFailure({ error, extra });
      const firstServer = names.find((name) => fieldErrors[name]);
      if (firstServer) focusInput(firstServer);
    }
  }

  const error = (name: string) => errors[name];
  const control = (name: string) => ({ id: idOf(name), ...describedBy(idOf(name), error(name)) });

  return (
    <form onSubmit={submit} noValidate data-testid="escalate-form">
      <p className="muted field-hint">{e.requiredHint}</p>
      {failure && (
        <FormFailure testId="escalate-error" error={failure.error} fallback={e.failed} extra={failure.extra} />
      )}
      <div className="field-row">
        <Field id={idOf('targetServiceCode')} label={e.target} error={error('targetServiceCode')} required>
          <select
            {...control('targetServiceCode')}
            value={target}
            aria-required
            onChange={(ev) => set({ targetServiceCode: ev.target.value, inquiryTypeId: '', fields: {} })}
          >
            {targets.data.length > 1 && <option value="">{e.selectTarget}</option>}
            {targets.data.map((t) => (
              <option key={t.serviceCode} value={t.serviceCode}>
                {t.name} ({t.serviceCode})
              </option>
            ))}
          </select>
        </Field>
        <Field id={idOf('inquiryTypeId')} label={e.inquiryType} error={error('inquiryTypeId')} required>
          <select
            {...control('inquiryTypeId')}
            value={values.inquiryTypeId}
            aria-required
            disabled={!target || types.isPending}
            onChange={(ev) => set({ inquiryTypeId: ev.target.value })}
          >
            <option value="">{e.selectInquiryType}</option>
            {flattenTypes(types.data ?? [], locale, { activeOnly: true }).map((t) => (
              <option key={t.id} value={t.id}>
                {t.label}
              </option>
            ))}
          </select>
        </Field>
      </div>
      {types.isError && <ErrorMessage error={types.error} fallback={e.typesFailed} />}
      {values.inquiryTypeId && fieldsQuery.isPending && <p className="muted">{e.loadingFields}</p>}
      {values.inquiryTypeId && fieldsQuery.isError && <ErrorMessage error={fieldsQuery.error} fallback={e.fieldsFailed} />}
      {fields.length > 0 && (
        <div className="escalation-fields" data-testid="escalation-fields">
          {fields.filter((f) => f.type !== 'file').map((field) => (
            <CustomerFieldInput
              key={field.code}
              field={field}
              id={idOf(fieldKey(field.code))}
              value={values.fields[field.code]}
              error={error(fieldKey(field.code))}
              onChange={(value) => setField(field.code, value)}
            />
          ))}
          {files.length > 0 && (
            <p className="muted field-hint" data-testid="escalation-files-left-out">
              {format(e.fileFieldsLeftOut, { names: files.map((f) => localName(f.names, locale) || f.code).join(', ') })}
            </p>
          )}
        </div>
      )}
      <Field id={idOf('title')} label={e.title} error={error('title')} required>
        <input {...control('title')} type="text" value={values.title} maxLength={TITLE_MAX_LENGTH * 2} aria-required
          onChange={(ev) => set({ title: ev.target.value })} />
      </Field>
      <Field id={idOf('content')} label={e.content} error={error('content')} required>
        <textarea {...control('content')} rows={6} value={values.content} aria-required
          onChange={(ev) => set({ content: ev.target.value })} />
      </Field>
      <div className="button-row end">
        <button type="button" className="secondary" onClick={onCancel}>
          {m.common.cancel}
        </button>
        <button
          type="submit"
          data-testid="escalate-submit"
          disabled={mutation.isPending || (Boolean(values.inquiryTypeId) && fieldsQuery.isPending)}
        >
          {mutation.isPending ? e.submitting : e.submit}
        </button>
      </div>
    </form>
  );
}

/** The accepted escalation until the issue ticket exists (its number, linked) or was refused (why). */
function EscalationOutcome({
  accepted,
  onSettled,
  onClose,
}: {
  accepted: Escalation;
  onSettled: () => void;
  onClose: () => void;
}) {
  const { m } = useI18n();
  const e = m.escalation;
  const { escalation, waitedOut, settled } = useEscalationOutcome(accepted);
  const reported = useRef(false);
  useEffect(() => {
    // once: the ticket (now escalated, or not) and its history are read again
    if (settled && !reported.current) {
      reported.current = true;
      onSettled();
    }
  }, [settled, onSettled]);

  let outcome;
  if (escalation.status === 'REFUSED') {
    outcome = (
      <div className="alert" role="alert" data-testid="escalation-refused">
        <strong>{e.refused}</strong> {escalation.refusal && <span>{escalation.refusal}</span>}
      </div>
    );
  } else if (escalation.target.number) {
    outcome = (
      <p className="notice" role="status" data-testid="escalation-opened">
        <TicketNumberLink template={e.escalatedTo} number={escalation.target.number} testId="escalation-issue-link" />
      </p>
    );
  } else if (waitedOut) {
    outcome = (
      <p className="muted" role="status" data-testid="escalation-still-creating">
        {e.stillCreating}
      </p>
    );
  } else {
    outcome = (
      <p className="muted" role="status" data-testid="escalation-creating">
        {e.creating}
      </p>
    );
  }
  return (
    <>
      {outcome}
      <div className="button-row end">
        <button type="button" onClick={onClose} data-autofocus data-testid="escalation-close">
          {m.common.close}
        </button>
      </div>
    </>
  );
}
