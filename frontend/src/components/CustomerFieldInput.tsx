import { describedBy, Field } from './Field';
import { useI18n } from '../i18n';
import { emptyInput, type CustomerFieldSpec, type FieldInput } from '../lib/customer-fields';
import { localName } from '../lib/type-tree';

/** The input type of each ticket-service field type that is typed into one box; anything unknown is text. */
const INPUT_TYPES: Record<string, string> = { text: 'text', date: 'date', datetime: 'datetime-local' };
/** ticket-service's limits (`FieldType.TEXT_MAX`, `TEXTAREA_MAX`). */
const MAX_LENGTH: Record<string, number> = { text: 1_000, textarea: 10_000 };

/**
 * One customer field of an inquiry type, as the control its type needs (text, long text, date, date and time, a
 * period, a dropdown, radio buttons, a checkbox, an agreement) or, for a caption, its text. Files are left out by
 * the caller. The control (a period's pair, a radio group) is also addressed by `id` as its test id.
 */
export function CustomerFieldInput({
  field,
  id,
  value,
  error,
  onChange,
}: {
  field: CustomerFieldSpec;
  id: string;
  value: FieldInput | undefined;
  error: string | undefined;
  onChange: (value: FieldInput) => void;
}) {
  const { m, locale } = useI18n();
  const label = localName(field.names, locale) || field.code;
  const current = value ?? emptyInput(field);
  const text = typeof current === 'string' ? current : '';
  const aria = { ...describedBy(id, error), 'aria-required': field.required || undefined };
  const optionLabel = (option: CustomerFieldSpec['options'][number]) => localName(option.names, locale) || option.value;

  switch (field.type) {
    case 'caption':
      return (
        <p className="field-caption muted" data-testid={`${id}-caption`}>
          {label}
        </p>
      );
    case 'textarea':
      return (
        <Field id={id} label={label} error={error} required={field.required}>
          <textarea id={id} data-testid={id} rows={3} maxLength={MAX_LENGTH.textarea} value={text}
            onChange={(e) => onChange(e.target.value)} {...aria} />
        </Field>
      );
    case 'dropdown':
      return (
        <Field id={id} label={label} error={error} required={field.required}>
          <select id={id} data-testid={id} value={text} onChange={(e) => onChange(e.target.value)} {...aria}>
            <option value="">{m.escalation.choose}</option>
            {field.options.map((option) => (
              <option key={option.value} value={option.value}>
                {optionLabel(option)}
              </option>
            ))}
          </select>
        </Field>
      );
    case 'radio':
      return (
        <fieldset className={error ? 'checks invalid' : 'checks'} id={id} data-testid={id} {...describedBy(id, error)}>
          <legend>
            {label}
            {field.required && <span className="required-mark" aria-hidden="true"> *</span>}
          </legend>
          {field.options.map((option) => (
            <label key={option.value} className="checkbox">
              <input type="radio" name={id} value={option.value} checked={text === option.value}
                onChange={() => onChange(option.value)} />
              {optionLabel(option)}
            </label>
          ))}
          {error && (
            <p className="field-error" id={`${id}-error`} data-testid={`${id}-error`}>
              {error}
            </p>
          )}
        </fieldset>
      );
    case 'checkbox':
    case 'agree':
      return (
        <Field id={id} label={label} error={error} required={field.required}>
          <input id={id} data-testid={id} type="checkbox" className="field-flag" checked={current === true}
            onChange={(e) => onChange(e.target.checked)} {...aria} />
        </Field>
      );
    case 'date_period':
    case 'datetime_period': {
      const period = typeof current === 'object' ? current : { from: '', to: '' };
      const type = field.type === 'date_period' ? 'date' : 'datetime-local';
      return (
        <Field id={`${id}-from`} label={label} error={error} required={field.required}>
          <div className="period" data-testid={id}>
            <input id={`${id}-from`} type={type} aria-label={`${label}: ${m.escalation.from}`} value={period.from}
              onChange={(e) => onChange({ ...period, from: e.target.value })} {...describedBy(`${id}-from`, error)} />
            <span aria-hidden="true">–</span>
            <input id={`${id}-to`} type={type} aria-label={`${label}: ${m.escalation.to}`} value={period.to}
              onChange={(e) => onChange({ ...period, to: e.target.value })} aria-invalid={Boolean(error)} />
          </div>
        </Field>
      );
    }
    default:
      return (
        <Field id={id} label={label} error={error} required={field.required}>
          <input id={id} data-testid={id} type={INPUT_TYPES[field.type] ?? 'text'} maxLength={MAX_LENGTH[field.type]} value={text}
            onChange={(e) => onChange(e.target.value)} {...aria} />
        </Field>
      );
  }
}
