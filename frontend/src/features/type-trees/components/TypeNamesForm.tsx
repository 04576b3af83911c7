import { useState, type FormEvent } from 'react';
import { ErrorMessage } from '../../../components/ErrorMessage';
import { describedBy, Field } from '../../../components/Field';
import { useI18n } from '../../../i18n';
import { ApiError } from '../../../lib/api-client';
import { MAX_NAME, namesToSend } from '../lib/tree';

export interface TypeFormValues {
  names: Record<string, string>;
  active: boolean;
  /** null: a root; only when the form offers to move the type. */
  parentId: string | null;
}

/**
 * A type's names, one input per language, checked as ticket-service checks them (at least one, each at most 100
 * characters); when editing also its active flag and its parent. Server field errors (`names.ko`) land on their input.
 */
export function TypeNamesForm({
  idPrefix,
  languages,
  initial,
  parents,
  submitLabel,
  busy,
  error,
  onSubmit,
  onCancel,
}: {
  idPrefix: string;
  languages: string[];
  initial: TypeFormValues;
  /** Offered as new parents; omitted for a new type, which is added where the admin asked. */
  parents?: { id: string; label: string }[];
  submitLabel: string;
  busy: boolean;
  error: unknown;
  onSubmit: (values: TypeFormValues) => void;
  onCancel: () => void;
}) {
  const { m, locale } = useI18n();
  const t = m.typeTrees;
  const languageName = new Intl.DisplayNames([locale], { type: 'language' });
  const [values, setValues] = useState(initial);
  const [clientErrors, setClientErrors] = useState<Record<string, string>>({});
  const serverErrors =
    error instanceof ApiError ? error.fieldErrorsFor(['names', ...languages.map((l) => `names.${l}`)]) : {};
  const errors: Record<string, string | undefined> = { ...serverErrors, ...clientErrors };

  function submit(event: FormEvent) {
    event.preventDefault();
    const found: Record<string, string> = {};
    for (const [language, name] of Object.entries(values.names)) {
      if (name.trim().length > MAX_NAME) found[`names.${language}`] = t.nameTooLong;
    }
    if (Object.keys(namesToSend(values.names)).length === 0) found.names = t.nameRequired;
    setClientErrors(found);
    if (Object.keys(found).length === 0) onSubmit({ ...values, names: namesToSend(values.names) });
  }

  const hasFieldError = Object.values(errors).some(Boolean);
  return (
    <form className="type-form" data-testid="type-form" onSubmit={submit} noValidate>
      <fieldset>
        <legend>{t.names}</legend>
        {errors.names && (
          <p className="field-error" data-testid="type-names-error">
            {errors.names}
          </p>
        )}
        {languages.map((language) => {
          const id = `${idPrefix}-name-${language}`;
          return (
            <Field key={language} id={id} label={`${languageName.of(language) ?? language} (${language})`} error={errors[`names.${language}`]}>
              <input
                id={id}
                data-testid={`type-name-${language}`}
                value={values.names[language] ?? ''}
                maxLength={MAX_NAME * 2}
                onChange={(e) => setValues({ ...values, names: { ...values.names, [language]: e.target.value } })}
                {...describedBy(id, errors[`names.${language}`])}
              />
            </Field>
          );
        })}
      </fieldset>
      {parents && (
        <>
          <Field id={`${idPrefix}-parent`} label={t.parent}>
            <select
              id={`${idPrefix}-parent`}
              data-testid="type-parent"
              value={values.parentId ?? ''}
              onChange={(e) => setValues({ ...values, parentId: e.target.value || null })}
            >
              <option value="">{t.topLevel}</option>
              {parents.map((p) => (
                <option key={p.id} value={p.id}>
                  {p.label}
                </option>
              ))}
            </select>
          </Field>
          <label className="checkbox">
            <input
              type="checkbox"
              data-testid="type-active"
              checked={values.active}
              onChange={(e) => setValues({ ...values, active: e.target.checked })}
            />{' '}
            {t.active}
          </label>
          <p className="muted field-hint">{t.activeHint}</p>
        </>
      )}
      {error !== null && error !== undefined && !hasFieldError && <ErrorMessage error={error} fallback={t.saveFailed} />}
      <div className="button-row">
        <button type="submit" data-testid="type-save" disabled={busy}>
          {submitLabel}
        </button>
        <button type="button" className="secondary" onClick={onCancel}>
          {m.common.cancel}
        </button>
      </div>
    </form>
  );
}
