import { describedBy, Field } from '../../../components/Field';
import { useI18n } from '../../../i18n';

/**
 * One input per help-center language for a name (a field's, an option's, a system field's label); `errors` are keyed
 * `${errorPrefix}.${language}` as ticket-service names them.
 */
export function NameInputs({
  idPrefix,
  errorPrefix,
  languages,
  names,
  errors,
  maxLength,
  multiline = false,
  onChange,
}: {
  idPrefix: string;
  errorPrefix: string;
  languages: string[];
  names: Record<string, string>;
  errors: Record<string, string | undefined>;
  maxLength: number;
  multiline?: boolean;
  onChange: (names: Record<string, string>) => void;
}) {
  const { locale } = useI18n();
  const languageName = new Intl.DisplayNames([locale], { type: 'language' });
  return (
    <>
      {languages.map((language) => {
        const id = `${idPrefix}-${language}`;
        const error = errors[`${errorPrefix}.${language}`];
        const props = {
          id,
          'data-testid': id,
          value: names[language] ?? '',
          maxLength,
          onChange: (e: { target: { value: string } }) => onChange({ ...names, [language]: e.target.value }),
          ...describedBy(id, error),
        };
        return (
          <Field key={language} id={id} label={`${languageName.of(language) ?? language} (${language})`} error={error}>
            {multiline ? <textarea rows={2} {...props} /> : <input {...props} />}
          </Field>
        );
      })}
    </>
  );
}
