import { ErrorMessage } from './ErrorMessage';

/** A form's refused submission: the problem, and the server's field errors that no input of the form shows. */
export function FormFailure({ testId, error, fallback, unavailable, extra }: {
  testId: string;
  error: unknown;
  fallback: string;
  unavailable?: string;
  extra: string[];
}) {
  return (
    <div data-testid={testId}>
      <ErrorMessage error={error} fallback={fallback} unavailable={unavailable} />
      {extra.length > 0 && (
        <ul className="field-error">
          {extra.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
      )}
    </div>
  );
}
