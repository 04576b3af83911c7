import { useEffect, useState, type FormEvent } from 'react';
import { describedBy, Field } from '../../../components/Field';
import { FormFailure } from '../../../components/FormFailure';
import { format, useI18n } from '../../../i18n';
import { ApiError } from '../../../lib/api-client';
import { flattenTypes, type TypeTreeNode } from '../../../lib/type-tree';
import { FIELD_TYPES, type FieldDefinition, type FieldScope, type FieldType, type NewField } from '../api/fields';
import { useCreateField, useUpdateField } from '../hooks/use-fields';
import {
  checkFieldForm,
  emptyFieldForm,
  fieldOfForm,
  formErrorKeys,
  formOfField,
  hasOptions,
  MAX_NAME,
  MAX_OPTIONS,
  mayEncrypt,
  type FieldFormState,
} from '../lib/field-form';
import { NameInputs } from './NameInputs';

/**
 * A new field, or one to change: code, scope, type and encryption are chosen once; names per language, options of a
 * dropdown or radio, the flags, the position and (customer fields) the inquiry types that ask for it. Each change is
 * reported as `onDraft` for the preview; the server's field errors land on their inputs.
 */
export function FieldForm({
  code,
  field,
  languages,
  types,
  defaultPosition,
  onDraft,
  onSaved,
  onClose,
}: {
  code: string;
  field: FieldDefinition | null;
  languages: string[];
  types: TypeTreeNode[];
  defaultPosition: number;
  onDraft: (draft: NewField) => void;
  onSaved: (saved: FieldDefinition) => void;
  onClose: () => void;
}) {
  const { m, locale } = useI18n();
  const t = m.fieldsAdmin;
  const [form, setForm] = useState<FieldFormState>(() => (field ? formOfField(field) : emptyFieldForm(defaultPosition)));
  const [checked, setChecked] = useState<Record<string, string>>({});
  const create = useCreateField(code);
  const update = useUpdateField(code);
  const save = field ? update : create;
  const keys = formErrorKeys(languages, form.options.length);
  const serverErrors: Record<string, string | undefined> =
    save.error instanceof ApiError ? save.error.fieldErrorsFor(keys) : {};
  const errors: Record<string, string | undefined> = { ...serverErrors, ...checked };
  const unshown =
    save.error instanceof ApiError
      ? save.error.fieldErrors.filter((e) => !keys.some((k) => e.field === k || e.field.endsWith(`.${k}`))).map((e) => `${e.field}: ${e.message}`)
      : [];

  useEffect(() => onDraft(fieldOfForm(form)), [form, onDraft]);

  const change = (next: Partial<FieldFormState>) => setForm((current) => ({ ...current, ...next }));
  const setOption = (i: number, option: FieldFormState['options'][number]) =>
    change({ options: form.options.map((o, j) => (j === i ? option : o)) });
  const moveOption = (i: number, by: number) => {
    const options = [...form.options];
    const [moved] = options.splice(i, 1);
    options.splice(i + by, 0, moved!);
    change({ options });
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const found = checkFieldForm(form, field === null, m);
    setChecked(found);
    if (Object.keys(found).length > 0) return;
    const request = fieldOfForm(form);
    if (field) update.mutate({ field, change: request, inquiryTypeIds: request.inquiryTypeIds }, { onSuccess: onSaved });
    else create.mutate(request, { onSuccess: onSaved });
  };

  const typeOptions = flattenTypes(types, locale);
  const id = (name: string) => `field-${name}`;
  return (
    <form className="panel" onSubmit={submit} noValidate data-testid="field-form">
      <h2>{field ? format(t.editHeading, { code: field.code }) : t.newHeading}</h2>
      <Field id={id('code')} label={t.code} error={errors.code} hint={t.codeHint} required>
        <input
          id={id('code')}
          data-testid={id('code')}
          value={form.code}
          maxLength={50}
          disabled={field !== null}
          onChange={(e) => change({ code: e.target.value })}
          {...describedBy(id('code'), errors.code, true)}
        />
      </Field>
      <Field id={id('scope')} label={t.scope} error={errors.scope}>
        <select
          id={id('scope')}
          data-testid={id('scope')}
          value={form.scope}
          disabled={field !== null}
          onChange={(e) => change({ scope: e.target.value as FieldScope })}
        >
          <option value="CUSTOMER">{t.scopes.CUSTOMER}</option>
          <option value="OPERATOR">{t.scopes.OPERATOR}</option>
        </select>
      </Field>
      <Field id={id('type')} label={t.type} error={errors.type}>
        <select
          id={id('type')}
          data-testid={id('type')}
          value={form.type}
          disabled={field !== null}
          onChange={(e) => change({ type: e.target.value as FieldType })}
        >
          {FIELD_TYPES.map((type) => (
            <option key={type} value={type}>
              {t.types[type]}
            </option>
          ))}
        </select>
      </Field>
      <fieldset>
        <legend>{t.names}</legend>
        {errors.names && (
          <p className="field-error" data-testid="field-names-error">
            {errors.names}
          </p>
        )}
        <NameInputs
          idPrefix="field-name"
          errorPrefix="names"
          languages={languages}
          names={form.names}
          errors={errors}
          maxLength={MAX_NAME * 2}
          multiline={form.type === 'caption' || form.type === 'agree'}
          onChange={(names) => change({ names })}
        />
      </fieldset>
      {hasOptions(form.type) && (
        <fieldset data-testid="field-options">
          <legend>{t.options}</legend>
          {errors.options && (
            <p className="field-error" data-testid="field-options-error">
              {errors.options}
            </p>
          )}
          {form.options.map((option, i) => (
            <div key={i} className="field-option" data-testid="field-option">
              <Field id={`field-option-${i}-value`} label={format(t.optionValue, { n: i + 1 })} error={errors[`options[${i}].value`]}>
                <input
                  id={`field-option-${i}-value`}
                  data-testid={`field-option-${i}-value`}
                  value={option.value}
                  maxLength={MAX_NAME * 2}
                  onChange={(e) => setOption(i, { ...option, value: e.target.value })}
                  {...describedBy(`field-option-${i}-value`, errors[`options[${i}].value`])}
                />
              </Field>
              <NameInputs
                idPrefix={`field-option-${i}-name`}
                errorPrefix={`options[${i}].names`}
                languages={languages}
                names={option.names}
                errors={errors}
                maxLength={MAX_NAME * 2}
                onChange={(names) => setOption(i, { ...option, names })}
              />
              <div className="button-row">
                <button type="button" className="secondary" disabled={i === 0} onClick={() => moveOption(i, -1)}
                  aria-label={format(t.optionUp, { n: i + 1 })}>
                  ↑
                </button>
                <button type="button" className="secondary" disabled={i === form.options.length - 1}
                  onClick={() => moveOption(i, 1)} aria-label={format(t.optionDown, { n: i + 1 })}>
                  ↓
                </button>
                <button type="button" className="link danger-link" data-testid={`field-option-${i}-remove`}
                  onClick={() => change({ options: form.options.filter((_, j) => j !== i) })}>
                  {t.optionRemove}
                </button>
              </div>
            </div>
          ))}
          <button type="button" className="secondary" data-testid="field-option-add" disabled={form.options.length >= MAX_OPTIONS}
            onClick={() => change({ options: [...form.options, { value: '', names: {} }] })}>
            {t.optionAdd}
          </button>
        </fieldset>
      )}
      <fieldset>
        <legend>{t.settings}</legend>
        {form.type !== 'caption' && (
          <Flag id={id('required')} label={t.required} hint={form.type === 'agree' ? t.requiredAgreeHint : undefined}
            checked={form.required} error={errors.required} onChange={(required) => change({ required })} />
        )}
        {mayEncrypt(form.type) && (
          <Flag id={id('encrypted')} label={t.encrypted} hint={t.encryptedHint} checked={form.encrypted}
            disabled={field !== null} error={errors.encrypted} onChange={(encrypted) => change({ encrypted })} />
        )}
        {form.scope === 'OPERATOR' && (
          <Flag id={id('admin-only')} label={t.adminOnly} hint={t.adminOnlyHint} checked={form.adminOnly}
            error={errors.adminOnly} onChange={(adminOnly) => change({ adminOnly })} />
        )}
        <Flag id={id('active')} label={t.active} hint={t.activeHint} checked={form.active} error={errors.active}
          onChange={(active) => change({ active })} />
        <Field id={id('position')} label={t.position} error={errors.position} hint={t.positionHint}>
          <input
            id={id('position')}
            data-testid={id('position')}
            type="number"
            step={1}
            value={form.position}
            onChange={(e) => change({ position: e.target.value })}
            {...describedBy(id('position'), errors.position, true)}
          />
        </Field>
      </fieldset>
      {form.scope === 'CUSTOMER' && (
        <fieldset data-testid="field-inquiry-types">
          <legend>{t.inquiryTypes}</legend>
          <p className="muted field-hint">{t.inquiryTypesHint}</p>
          {errors.inquiryTypeIds && <p className="field-error">{errors.inquiryTypeIds}</p>}
          {typeOptions.length === 0 && <p className="muted">{t.noInquiryTypes}</p>}
          {typeOptions.map((option) => (
            <label key={option.id} className="checkbox type-choice">
              <input
                type="checkbox"
                data-testid="field-inquiry-type"
                data-type-id={option.id}
                checked={form.inquiryTypeIds.includes(option.id)}
                onChange={(e) =>
                  change({
                    inquiryTypeIds: e.target.checked
                      ? [...form.inquiryTypeIds, option.id]
                      : form.inquiryTypeIds.filter((x) => x !== option.id),
                  })
                }
              />
              {option.label}
            </label>
          ))}
        </fieldset>
      )}
      {save.isError && <FormFailure testId="field-save-error" error={save.error} fallback={t.saveFailed} extra={unshown} />}
      <div className="button-row">
        <button type="submit" disabled={save.isPending} data-testid="field-save">
          {t.save}
        </button>
        <button type="button" className="secondary" onClick={onClose}>
          {m.common.cancel}
        </button>
      </div>
    </form>
  );
}

export function Flag({
  id,
  label,
  hint,
  checked,
  disabled = false,
  error,
  onChange,
}: {
  id: string;
  label: string;
  hint?: string | undefined;
  checked: boolean;
  disabled?: boolean;
  error?: string | undefined;
  onChange: (checked: boolean) => void;
}) {
  return (
    <div className={error ? 'field invalid' : 'field'}>
      <label className="checkbox">
        <input id={id} data-testid={id} type="checkbox" checked={checked} disabled={disabled}
          onChange={(e) => onChange(e.target.checked)} {...describedBy(id, error, Boolean(hint))} />
        {label}
      </label>
      {hint && (
        <p className="muted field-hint" id={`${id}-hint`}>
          {hint}
        </p>
      )}
      {error && (
        <p className="field-error" id={`${id}-error`} data-testid={`${id}-error`}>
          {error}
        </p>
      )}
    </div>
  );
}
