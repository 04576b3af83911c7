import { Field, describedBy } from '../../../components/Field';
import { useI18n } from '../../../i18n';
import { localName } from '../../../lib/type-tree';
import type { FieldValue, IntakeField } from '../api/types';

type Period = { from: string; to: string };

/**
 * The inquiry type's customer fields as inputs, one per field type of PRODUCT.md §4, required ones marked; each is
 * addressed as `create-field-<code>` and shows its error (`fields.<code>`) below it.
 */
export function CustomerFieldInputs({
  fields,
  values,
  onChange,
  errors,
}: {
  fields: IntakeField[];
  values: Record<string, FieldValue>;
  onChange: (code: string, value: FieldValue) => void;
  errors: Partial<Record<string, string>>;
}) {
  const { m, locale } = useI18n();
  if (fields.length === 0) return null;
  return (
    <fieldset className="customer-fields" data-testid="create-fields">
      <legend>{m.createTicket.customerFields}</legend>
      {fields.map((field) => {
        const id = `create-field-${field.code}`;
        const label = localName(field.names, locale);
        const error = errors[`fields.${field.code}`];
        const aria = { ...describedBy(id, error), 'aria-required': field.required || undefined };
        const value = values[field.code];
        const text = typeof value === 'string' ? value : '';
        const period: Period = typeof value === 'object' ? value : { from: '', to: '' };
        if (field.type === 'caption') {
          return (
            <p key={field.code} className="muted" data-testid={id}>
              {label}
            </p>
          );
        }
        if (field.type === 'file') {
          return (
            <p key={field.code} className="muted" data-testid={id}>
              {label}: {m.createTicket.fileFieldLater}
            </p>
          );
        }
        if (field.type === 'checkbox' || field.type === 'agree') {
          return (
            <div key={field.code} className={error ? 'field invalid' : 'field'}>
              <label>
                <input
                  id={id}
                  type="checkbox"
                  checked={value === true}
                  onChange={(e) => onChange(field.code, e.target.checked)}
                  data-testid={id}
                  {...aria}
                />{' '}
                {label}
                {field.required && <span className="required-mark" aria-hidden="true"> *</span>}
              </label>
              {error && (
                <p className="field-error" id={`${id}-error`}>
                  {error}
                </p>
              )}
            </div>
          );
        }
        if (field.type === 'radio') {
          return (
            <fieldset key={field.code} className={error ? 'field invalid' : 'field'} data-testid={id} {...aria}>
              <legend>
                {label}
                {field.required && <span className="required-mark" aria-hidden="true"> *</span>}
              </legend>
              {field.options.map((option) => (
                <label key={option.value} className="inline">
                  <input
                    type="radio"
                    name={id}
                    value={option.value}
                    checked={text === option.value}
                    onChange={() => onChange(field.code, option.value)}
                  />{' '}
                  {localName(option.names, locale)}
                </label>
              ))}
              {error && (
                <p className="field-error" id={`${id}-error`}>
                  {error}
                </p>
              )}
            </fieldset>
          );
        }
        if (field.type === 'date_period' || field.type === 'datetime_period') {
          const inputType = field.type === 'date_period' ? 'date' : 'datetime-local';
          return (
            <Field key={field.code} id={`${id}-from`} label={label} error={error} required={field.required}>
              <div className="button-row" data-testid={id}>
                <input
                  id={`${id}-from`}
                  type={inputType}
                  aria-label={`${label} ${m.createTicket.periodFrom}`}
                  value={period.from}
                  onChange={(e) => onChange(field.code, { ...period, from: e.target.value })}
                  {...describedBy(`${id}-from`, error)}
                />
                <span aria-hidden="true">–</span>
                <input
                  type={inputType}
                  aria-label={`${label} ${m.createTicket.periodTo}`}
                  value={period.to}
                  onChange={(e) => onChange(field.code, { ...period, to: e.target.value })}
                />
              </div>
            </Field>
          );
        }
        return (
          <Field key={field.code} id={id} label={label} error={error} required={field.required}>
            {field.type === 'dropdown' ? (
              <select id={id} value={text} onChange={(e) => onChange(field.code, e.target.value)} data-testid={id} {...aria}>
                <option value="">{m.createTicket.choose}</option>
                {field.options.map((option) => (
                  <option key={option.value} value={option.value}>
                    {localName(option.names, locale)}
                  </option>
                ))}
              </select>
            ) : field.type === 'textarea' ? (
              <textarea id={id} rows={3} value={text} onChange={(e) => onChange(field.code, e.target.value)} data-testid={id} {...aria} />
            ) : (
              <input
                id={id}
                type={field.type === 'date' ? 'date' : field.type === 'datetime' ? 'datetime-local' : 'text'}
                value={text}
                onChange={(e) => onChange(field.code, e.target.value)}
                data-testid={id}
                {...aria}
              />
            )}
          </Field>
        );
      })}
    </fieldset>
  );
}
