import { useI18n } from '../i18n';
import { ApiError, NetworkError } from '../lib/api-client';

/**
 * Shows an API problem's `detail` (or a generic message); an unreachable server, a rate limit (429), a
 * service that is briefly away (503), and a change someone else made first (stale `If-Match`), in the
 * console's language.
 */
export function ErrorMessage({ error, fallback }: { error: unknown; fallback: string }) {
  const { m } = useI18n();
  if (error instanceof ApiError && error.isStale) {
    return (
      <div className="alert" role="alert" data-testid="stale-version">
        <strong>{m.common.changedElsewhere}</strong> <span>{m.common.reloaded}</span>
      </div>
    );
  }
  const detail =
    error instanceof NetworkError
      ? m.common.networkError
      : error instanceof ApiError && error.status === 429
        ? m.common.rateLimited
        : error instanceof ApiError && error.status === 503
          ? m.common.unavailable
          : error instanceof Error
            ? error.message
            : '';
  return (
    <div className="alert" role="alert" data-testid="error-message">
      <strong>{fallback}</strong>
      {detail && detail !== fallback && <span> {detail}</span>}
    </div>
  );
}
