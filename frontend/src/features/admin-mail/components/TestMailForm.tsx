import { useState, type FormEvent } from 'react';
import { ErrorMessage } from '../../../components/ErrorMessage';
import { format, useI18n } from '../../../i18n';
import { useTestMail } from '../hooks/use-mail-settings';
import { isValidEmail } from '../lib/validate';
import { describedBy, Field } from '../../../components/Field';

/** Sends one mail with the service's sender settings and says whether the SMTP server took it. */
export function TestMailForm({ code }: { code: string }) {
  const { m } = useI18n();
  const t = m.mailSettings.testMail;
  const mutation = useTestMail(code);
  const [to, setTo] = useState('');
  const [error, setError] = useState<string | undefined>();
  const result = mutation.data;

  function submit(event: FormEvent) {
    event.preventDefault();
    const problem = isValidEmail(to) ? undefined : t.toInvalid;
    setError(problem);
    if (!problem) mutation.mutate(to.trim());
  }

  return (
    <section className="panel" aria-labelledby="mail-test-heading">
      <h2 id="mail-test-heading">{t.heading}</h2>
      <form onSubmit={submit} noValidate className="field-row align-end" data-testid="test-mail-form">
        <Field id="test-mail-to" label={t.to} error={error}>
          <input id="test-mail-to" type="email" value={to} onChange={(e) => setTo(e.target.value)} {...describedBy('test-mail-to', error)} />
        </Field>
        <div className="field">
          <button type="submit" disabled={mutation.isPending}>
            {mutation.isPending ? t.sending : t.send}
          </button>
        </div>
      </form>
      {mutation.isError && <ErrorMessage error={mutation.error} fallback={t.failed} />}
      {result && !mutation.isPending && (
        <div
          className={result.delivered ? 'notice' : 'alert'}
          role={result.delivered ? 'status' : 'alert'}
          data-testid="test-mail-result"
        >
          {result.delivered
            ? format(t.delivered, { to: result.to, ms: result.durationMillis })
            : format(t.notDelivered, { to: result.to, error: result.error ?? '' })}
        </div>
      )}
    </section>
  );
}
