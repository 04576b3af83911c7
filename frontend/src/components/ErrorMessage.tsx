import { useI18n } from '../i18n';
import { ApiError, NetworkError } from '../lib/api-client';

/** Shows an API problem's `detail` (or a generic message); an unreachable server in the console's language. */
export function ErrorMessage({ error, fallback }: { error: unknown; fallback: string }) {
  const { m } = useI18n();
  const detail =
    error instanceof NetworkError
      ? m.common.networkError
      : error instanceof ApiError || error instanceof Error
        ? error.message
        : '';
  return (
    <div className="alert" role="alert" data-testid="error-message">
      <strong>{fallback}</strong>
      {detail && detail !== fallback && <span> {detail}</span>}
    </div>
  );
}
