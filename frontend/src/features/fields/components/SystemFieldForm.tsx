import { useEffect, useState, type FormEvent } from 'react';
import { describedBy, Field } from '../../../components/Field';
import { FormFailure } from '../../../components/FormFailure';
import { format, useI18n } from '../../../i18n';
import { ApiError } from '../../../lib/api-client';
import { localName } from '../../../lib/type-tree';
import type { SystemFieldView } from '../api/fields';
import { useChangeSystemField } from '../hooks/use-fields';
import { filledNames } from '../lib/field-form';
import { Flag } from './FieldForm';
import { NameInputs } from './NameInputs';

/** The privacy consent's label is the statement agreed to; the other labels are short (`SystemField`). */
const maxName = (field: SystemFieldView) => (field.key === 'privacy_consent' ? 1_000 : 100);

/**
 * A system field's labels per language, its place and the one switch it allows (required on the inquiry type, active
 * on the privacy consent); the others are shown, not offered. Each change goes to the preview as `onDraft`.
 */
export function SystemFieldForm({
  code,
  field,
  languages,
  onDraft,
  onSaved,
  onClose,
}: {
  code: string;
  field: SystemFieldView;
  languages: string[];
  onDraft: (draft: SystemFieldView) => void;
  onSaved: () => void;
  onClose: () => void;
}) {
  const { m, locale } = useI18n();
  const t = m.fieldsAdmin;
  const [names, setNames] = useState<Record<string, string>>(field.names);
  const [required, setRequired] = useState(field.required);
  const [active, setActive] = useState(field.active);
  const [position, setPosition] = useState(String(field.position));
  const [checked, setChecked] = useState<Record<string, string>>({});
  const save = useChangeSystemField(code);
  const keys = ['names', ...languages.map((l) => `names.${l}`), 'required', 'active', 'position'];
  const serverErrors: Record<string, string | undefined> = save.error instanceof ApiError ? save.error.fieldErrorsFor(keys) : {};
  const errors: Record<string, string | undefined> = { ...serverErrors, ...checked };
  const filled = filledNames(names);
  const place = Number.parseInt(position, 10);

  useEffect(() => {
    const at = Number.parseInt(position, 10);
    onDraft({ ...field, names: filledNames(names), required, active, position: Number.isNaN(at) ? field.position : at });
  }, [names, required, active, position, field, onDraft]);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const found: Record<string, string> = {};
    if (Object.keys(filled).length === 0) found.names = t.errors.nameRequired;
    for (const [language, name] of Object.entries(filled)) {
      if (name.length > maxName(field)) found[`names.${language}`] = format(t.errors.nameMax, { n: maxName(field) });
    }
    if (!/^\d+$/.test(position.trim()) || place > 10_000) found.position = t.errors.systemPosition;
    setChecked(found);
    if (Object.keys(found).length > 0) return;
    save.mutate({ key: field.key, change: { names: filled, required, active, position: place } }, { onSuccess: onSaved });
  };

  return (
    <form className="panel" onSubmit={submit} noValidate data-testid="system-field-form">
      <h2>{format(t.systemEditHeading, { name: localName(field.names, locale) })}</h2>
      <p className="muted field-hint">{t.systemHints[field.key]}</p>
      <fieldset>
        <legend>{t.names}</legend>
        {errors.names && <p className="field-error">{errors.names}</p>}
        <NameInputs
          idPrefix="system-field-name"
          errorPrefix="names"
          languages={languages}
          names={names}
          errors={errors}
          maxLength={maxName(field) * 2}
          multiline={field.key === 'privacy_consent'}
          onChange={setNames}
        />
      </fieldset>
      <Flag id="system-field-required" label={t.required} checked={required} disabled={field.changeable !== 'REQUIRED'}
        error={errors.required} onChange={setRequired} />
      <Flag id="system-field-active" label={t.active} checked={active} disabled={field.changeable !== 'ACTIVE'}
        error={errors.active} onChange={setActive} />
      <Field id="system-field-position" label={t.position} error={errors.position} hint={t.positionHint}>
        <input id="system-field-position" data-testid="system-field-position" type="number" min={0} max={10_000} step={1}
          value={position} onChange={(e) => setPosition(e.target.value)}
          {...describedBy('system-field-position', errors.position, true)} />
      </Field>
      {save.isError && <FormFailure testId="system-field-save-error" error={save.error} fallback={t.saveFailed} extra={[]} />}
      <div className="button-row">
        <button type="submit" disabled={save.isPending} data-testid="system-field-save">
          {t.save}
        </button>
        <button type="button" className="secondary" onClick={onClose}>
          {m.common.cancel}
        </button>
      </div>
    </form>
  );
}
