import { useState, type FormEvent } from 'react';
import { ErrorMessage } from '../../../components/ErrorMessage';
import { useI18n } from '../../../i18n';
import { ApiError } from '../../../lib/api-client';
import type { MailSettings, SenderRequest } from '../api/types';
import { useUpdateSender } from '../hooks/use-mail-settings';
import { useOnNewVersion } from '../hooks/use-on-new-version';
import { SENDER_FIELDS, validateSender, type SenderErrors } from '../lib/validate';
import { describedBy, Field } from '../../../components/Field';

export function SenderForm({ settings }: { settings: MailSettings }) {
  const { m } = useI18n();
  const t = m.mailSettings.sender;
  const mutation = useUpdateSender(settings.serviceCode);
  const stored = (): SenderRequest => ({
    senderName: settings.senderName ?? '',
    senderAddress: settings.senderAddress ?? '',
    inboundAddress: settings.inboundAddress ?? '',
  });
  const [values, setValues] = useState<SenderRequest>(stored);
  useOnNewVersion(settings.version, () => setValues(stored()));
  const [errors, setErrors] = useState<SenderErrors>({});
  const [saved, setSaved] = useState(false);

  function submit(event: FormEvent) {
    event.preventDefault();
    setSaved(false);
    const found = validateSender(values, m);
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    const request = {
      senderName: values.senderName.trim(),
      senderAddress: values.senderAddress.trim(),
      inboundAddress: values.inboundAddress.trim(),
    };
    mutation.mutate(
      { request, version: settings.version },
      {
        onSuccess: () => setSaved(true),
        onError: (error) => error instanceof ApiError && setErrors(error.fieldErrorsFor(SENDER_FIELDS)),
      },
    );
  }

  const field = (name: keyof SenderRequest, label: string, type: 'text' | 'email') => {
    const id = `mail-${name}`;
    return (
      <Field id={id} label={label} error={errors[name]}>
        <input
          id={id}
          type={type}
          value={values[name]}
          onChange={(e) => setValues({ ...values, [name]: e.target.value })}
          {...describedBy(id, errors[name])}
        />
      </Field>
    );
  };

  return (
    <section className="panel" aria-labelledby="mail-sender-heading">
      <h2 id="mail-sender-heading">{t.heading}</h2>
      <form onSubmit={submit} noValidate data-testid="sender-form">
        <div className="field-row">
          {field('senderName', t.senderName, 'text')}
          {field('senderAddress', t.senderAddress, 'email')}
        </div>
        {field('inboundAddress', t.inboundAddress, 'email')}
        {mutation.isError && <ErrorMessage error={mutation.error} fallback={t.failed} />}
        <div className="button-row">
          <button type="submit" disabled={mutation.isPending}>
            {mutation.isPending ? m.common.saving : m.common.save}
          </button>
          {saved && (
            <span className="muted" role="status">
              {m.common.saved}
            </span>
          )}
        </div>
      </form>
    </section>
  );
}
