import { CustomerFieldInput } from '../../../components/CustomerFieldInput';
import { useI18n } from '../../../i18n';
import { takesInput, type FieldInput } from '../../../lib/customer-fields';
import type { IntakeField } from '../api/types';

/**
 * The inquiry type's customer fields as inputs, one per field type of PRODUCT.md §4, required ones marked; each is
 * addressed as `create-field-<code>` and shows its error (`fields.<code>`) below it. File fields are noted: their
 * files are attached to the ticket once it exists.
 */
export function CustomerFieldInputs({
  fields,
  values,
  onChange,
  errors,
}: {
  fields: IntakeField[];
  values: Record<string, FieldInput>;
  onChange: (code: string, value: FieldInput) => void;
  errors: Partial<Record<string, string>>;
}) {
  const { m } = useI18n();
  if (fields.length === 0) return null;
  return (
    <fieldset className="customer-fields" data-testid="create-fields">
      <legend>{m.createTicket.customerFields}</legend>
      {fields.map((field) =>
        takesInput(field) || field.type === 'caption' ? (
          <CustomerFieldInput
            key={field.code}
            field={field}
            id={`create-field-${field.code}`}
            value={values[field.code]}
            error={errors[`fields.${field.code}`]}
            onChange={(value) => onChange(field.code, value)}
          />
        ) : (
          <p key={field.code} className="muted" data-testid={`create-field-${field.code}`}>
            {field.code}: {m.createTicket.fileFieldLater}
          </p>
        ),
      )}
    </fieldset>
  );
}
