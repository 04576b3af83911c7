import { useState, type FormEvent } from 'react';
import { CustomerFieldInput } from '../../../components/CustomerFieldInput';
import { describedBy, Field } from '../../../components/Field';
import { useI18n } from '../../../i18n';
import { fieldInputErrors, type FieldInput } from '../../../lib/customer-fields';
import { flattenTypes, localName, type TypeTreeNode } from '../../../lib/type-tree';
import type { FieldDefinition, SystemFieldView } from '../api/fields';
import { customerForm } from '../lib/field-form';

/**
 * The customer form as a customer of one inquiry type meets it, drawn from the fields as they stand on screen (a field
 * being edited shows as typed). It can be filled in and tried: what a customer would be told is shown, nothing is sent.
 */
export function FormPreview({
  system,
  fields,
  types,
}: {
  system: SystemFieldView[];
  fields: FieldDefinition[];
  types: TypeTreeNode[];
}) {
  const { m, locale } = useI18n();
  const t = m.fieldsAdmin;
  const choices = flattenTypes(types, locale, { activeOnly: true });
  const [typeId, setTypeId] = useState<string>('');
  const [inputs, setInputs] = useState<Record<string, FieldInput>>({});
  const [errors, setErrors] = useState<Record<string, string> | null>(null);
  const items = customerForm(system, fields, types, choices.some((c) => c.id === typeId) ? typeId : null);
  const custom = items.flatMap((item) => (item.kind === 'custom' ? [item.field] : []));
  const set = (key: string, value: FieldInput) => setInputs((current) => ({ ...current, [key]: value }));
  const text = (key: string) => (typeof inputs[key] === 'string' ? (inputs[key] as string) : '');
  const label = (names: Record<string, string>, fallback: string) => localName(names, locale) || fallback;

  const tryIt = (event: FormEvent) => {
    event.preventDefault();
    const found = fieldInputErrors(custom, inputs, m);
    for (const item of items) {
      if (item.kind !== 'system' || !item.field.required) continue;
      const { key } = item.field;
      const missing = key === 'inquiry_type' ? !typeId : key === 'privacy_consent' ? inputs[key] !== true : !text(key).trim();
      if (missing) found[key] = key === 'privacy_consent' ? m.escalation.errors.agreeRequired : m.escalation.errors.fieldRequired;
    }
    setErrors(found);
  };

  const systemInput = (field: SystemFieldView) => {
    const id = `preview-${field.key}`;
    const name = label(field.names, field.key);
    const error = errors?.[field.key];
    const aria = { ...describedBy(id, error), 'aria-required': field.required || undefined };
    switch (field.key) {
      case 'inquiry_type':
        return (
          <Field key={field.key} id={id} label={name} error={error} required={field.required}>
            <select id={id} data-testid={id} value={typeId} onChange={(e) => setTypeId(e.target.value)} {...aria}>
              <option value="">{m.escalation.choose}</option>
              {choices.map((c) => (
                <option key={c.id} value={c.id}>
                  {c.label}
                </option>
              ))}
            </select>
          </Field>
        );
      case 'content':
        return (
          <Field key={field.key} id={id} label={name} error={error} required={field.required}>
            <textarea id={id} data-testid={id} rows={4} value={text(field.key)} onChange={(e) => set(field.key, e.target.value)} {...aria} />
          </Field>
        );
      case 'privacy_consent':
        return (
          <div key={field.key} className={error ? 'field invalid' : 'field'}>
            <label className="checkbox consent">
              <input id={id} data-testid={id} type="checkbox" checked={inputs[field.key] === true}
                onChange={(e) => set(field.key, e.target.checked)} {...aria} />
              <span className="preserve-lines">{name}</span>
            </label>
            {error && <p className="field-error" id={`${id}-error`}>{error}</p>}
          </div>
        );
      default:
        return (
          <Field key={field.key} id={id} label={name} error={error} required={field.required}>
            <input id={id} data-testid={id} type={field.key === 'email' ? 'email' : 'text'} value={text(field.key)}
              onChange={(e) => set(field.key, e.target.value)} {...aria} />
          </Field>
        );
    }
  };

  return (
    <section className="panel form-preview" aria-labelledby="form-preview-heading" data-testid="form-preview">
      <h2 id="form-preview-heading">{t.previewHeading}</h2>
      <p className="muted field-hint">{t.previewHint}</p>
      <form onSubmit={tryIt} noValidate>
        {items.map((item) =>
          item.kind === 'system' ? (
            systemInput(item.field)
          ) : item.field.type === 'file' ? (
            <Field key={item.field.code} id={`preview-${item.field.code}`} label={label(item.field.names, item.field.code)}
              hint={t.previewFileHint} required={item.field.required}>
              <input id={`preview-${item.field.code}`} data-testid={`preview-${item.field.code}`} type="file" disabled
                {...describedBy(`preview-${item.field.code}`, undefined, true)} />
            </Field>
          ) : (
            <CustomerFieldInput
              key={item.field.code}
              field={item.field}
              id={`preview-${item.field.code || 'new'}`}
              value={inputs[item.field.code]}
              error={errors?.[`fields.${item.field.code}`]}
              onChange={(value) => set(item.field.code, value)}
            />
          ),
        )}
        <div className="button-row">
          <button type="submit" className="secondary" data-testid="preview-try">
            {t.previewTry}
          </button>
          {errors && Object.keys(errors).length === 0 && (
            <span className="notice" role="status" data-testid="preview-ok">
              {t.previewOk}
            </span>
          )}
        </div>
      </form>
    </section>
  );
}
