import { useId, useState, type FormEvent } from 'react';
import { describedBy, Field } from '../../../components/Field';
import { FormFailure } from '../../../components/FormFailure';
import { useI18n } from '../../../i18n';
import { ApiError } from '../../../lib/api-client';
import type { ServiceRequest } from '../api/services';
import {
  LANGUAGES,
  MAX_AUTO_COMPLETE_DAYS,
  MAX_NAME,
  MIN_AUTO_COMPLETE_DAYS,
  SERVICE_FIELDS,
  serviceProblems,
  serviceRequestOf,
  type ServiceField,
  type ServiceFormState,
} from '../lib/service-form';

/** The zones the browser knows, with the form's own first if the list lacks it. */
function timeZones(current: string): string[] {
  const known = typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : [];
  return known.includes(current) || !current ? known : [current, ...known];
}

/**
 * A service's settings (서비스 관리 / サービス管理): name, type, time zone, help-center languages, reply editor, days
 * until a resolved ticket completes, and personal-info masking. Checked as ticket-service checks them before it is
 * sent; what the server still refuses shows at its field. The code is chosen once, on create.
 */
export function ServiceForm({
  initial,
  creating,
  readOnly = false,
  pending,
  error,
  onSubmit,
}: {
  initial: ServiceFormState;
  creating: boolean;
  readOnly?: boolean;
  pending: boolean;
  error: unknown;
  onSubmit: (request: ServiceRequest) => void;
}) {
  const { m, locale } = useI18n();
  const t = m.services;
  const id = useId();
  const [form, setForm] = useState(initial);
  const [checked, setChecked] = useState<Partial<Record<ServiceField, string>>>({});
  const change = (next: Partial<ServiceFormState>) => setForm((current) => ({ ...current, ...next }));
  const serverErrors = error instanceof ApiError ? error.fieldErrorsFor(SERVICE_FIELDS) : {};
  const errors: Partial<Record<ServiceField, string>> = { ...serverErrors, ...checked };
  const unshown =
    error instanceof ApiError
      ? error.fieldErrors.filter((e) => !SERVICE_FIELDS.some((f) => e.field === f || e.field.endsWith(`.${f}`))).map((e) => e.message)
      : [];
  const languageName = new Intl.DisplayNames([locale], { type: 'language' });
  const ids = Object.fromEntries(SERVICE_FIELDS.map((f) => [f, `${id}-${f}`])) as Record<ServiceField, string>;

  function submit(event: FormEvent) {
    event.preventDefault();
    const problems = serviceProblems(form, creating);
    const found: Partial<Record<ServiceField, string>> = {};
    for (const [field, problem] of Object.entries(problems) as [ServiceField, keyof typeof t.problems][]) {
      found[field] = t.problems[problem];
    }
    setChecked(found);
    if (Object.keys(found).length === 0) onSubmit(serviceRequestOf(form, creating));
  }

  return (
    <form onSubmit={submit} noValidate data-testid="service-form" aria-label={creating ? t.newService : t.settings}>
      <fieldset disabled={readOnly || pending}>
        <div className="field-row">
          <Field id={ids.code} label={t.code} error={errors.code} required={creating} hint={creating ? t.codeHint : undefined}>
            <input
              id={ids.code}
              data-testid="service-code"
              value={form.code}
              readOnly={!creating}
              maxLength={16}
              autoComplete="off"
              onChange={(e) => change({ code: e.target.value.toUpperCase() })}
              {...describedBy(ids.code, errors.code, creating)}
            />
          </Field>
          <Field id={ids.name} label={t.name} error={errors.name} required>
            <input
              id={ids.name}
              data-testid="service-name"
              value={form.name}
              maxLength={MAX_NAME * 2}
              onChange={(e) => change({ name: e.target.value })}
              {...describedBy(ids.name, errors.name)}
            />
          </Field>
        </div>
        <div className="field-row">
          <Field id={ids.type} label={t.type} error={errors.type} hint={t.typeHint}>
            <select
              id={ids.type}
              data-testid="service-type"
              value={form.type}
              onChange={(e) => change({ type: e.target.value as ServiceFormState['type'] })}
              {...describedBy(ids.type, errors.type, true)}
            >
              <option value="INQUIRY">{t.types.INQUIRY}</option>
              <option value="ISSUE">{t.types.ISSUE}</option>
            </select>
          </Field>
          <Field id={ids.timeZone} label={t.timeZone} error={errors.timeZone} required>
            <select
              id={ids.timeZone}
              data-testid="service-time-zone"
              value={form.timeZone}
              onChange={(e) => change({ timeZone: e.target.value })}
              {...describedBy(ids.timeZone, errors.timeZone)}
            >
              {timeZones(form.timeZone).map((zone) => (
                <option key={zone} value={zone}>
                  {zone}
                </option>
              ))}
            </select>
          </Field>
        </div>
        <fieldset className="checkbox-group" aria-describedby={errors.helpCenterLanguages ? `${ids.helpCenterLanguages}-error` : undefined}>
          <legend>
            {t.languages}
            <span className="required-mark" aria-hidden="true">
              {' '}*
            </span>
          </legend>
          <p className="muted field-hint">{t.languagesHint}</p>
          {LANGUAGES.map((language) => (
            <label key={language} className="checkbox">
              <input
                type="checkbox"
                data-testid={`service-language-${language}`}
                checked={form.helpCenterLanguages.includes(language)}
                onChange={(e) =>
                  change({
                    helpCenterLanguages: e.target.checked
                      ? [...form.helpCenterLanguages, language]
                      : form.helpCenterLanguages.filter((l) => l !== language),
                  })
                }
              />{' '}
              {languageName.of(language) ?? language} <span className="muted">({language})</span>
            </label>
          ))}
          {errors.helpCenterLanguages && (
            <p className="field-error" id={`${ids.helpCenterLanguages}-error`} data-testid="service-languages-error">
              {errors.helpCenterLanguages}
            </p>
          )}
        </fieldset>
        <div className="field-row">
          <Field id={ids.editorType} label={t.editorType} error={errors.editorType}>
            <select
              id={ids.editorType}
              data-testid="service-editor-type"
              value={form.editorType}
              onChange={(e) => change({ editorType: e.target.value as ServiceFormState['editorType'] })}
              {...describedBy(ids.editorType, errors.editorType)}
            >
              <option value="HTML">{t.editorTypes.HTML}</option>
              <option value="TEXT">{t.editorTypes.TEXT}</option>
            </select>
          </Field>
          <Field id={ids.autoCompleteDays} label={t.autoCompleteDays} error={errors.autoCompleteDays} hint={t.autoCompleteHint} required>
            <input
              id={ids.autoCompleteDays}
              data-testid="service-auto-complete-days"
              type="number"
              inputMode="numeric"
              min={MIN_AUTO_COMPLETE_DAYS}
              max={MAX_AUTO_COMPLETE_DAYS}
              value={form.autoCompleteDays}
              onChange={(e) => change({ autoCompleteDays: e.target.value })}
              {...describedBy(ids.autoCompleteDays, errors.autoCompleteDays, true)}
            />
          </Field>
        </div>
        <fieldset className="checkbox-group">
          <legend>{t.masking}</legend>
          <label className="checkbox">
            <input
              type="checkbox"
              data-testid="service-masking-enabled"
              checked={form.maskingEnabled}
              onChange={(e) => change({ maskingEnabled: e.target.checked })}
            />{' '}
            {t.maskingEnabled}
          </label>
          <label className="checkbox">
            <input
              type="checkbox"
              data-testid="service-operators-may-unmask"
              checked={form.operatorsMayUnmask}
              onChange={(e) => change({ operatorsMayUnmask: e.target.checked })}
            />{' '}
            {t.operatorsMayUnmask}
          </label>
          <p className="muted field-hint">{t.maskingHint}</p>
        </fieldset>
      </fieldset>
      {error != null && <FormFailure testId="service-failed" error={error} fallback={creating ? t.createFailed : t.saveFailed} extra={unshown} />}
      {!readOnly && (
        <div className="actions">
          <button type="submit" data-testid="service-save" disabled={pending}>
            {pending ? t.saving : creating ? t.create : t.save}
          </button>
        </div>
      )}
    </form>
  );
}
