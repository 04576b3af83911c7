import { format, useI18n } from '../i18n';
import { ApiError, NetworkError } from '../lib/api-client';

/**
 * Shows an API problem's `detail` (or a generic message); an unreachable server, a rate limit (429), a
 * service that is briefly away (503, with how long it asked to wait when it said so), and a change someone else
 * made first (stale `If-Match`), in the console's language. `unavailable` names what is away (e.g. Dooray) instead
 * of the generic sentence.
 */
export function ErrorMessage({ error, fallback, unavailable }: { error: unknown; fallback: string; unavailable?: string }) {
  const { m } = useI18n();
  if (error instanceof ApiError && error.isStale) {
    return (
      <div className="alert" role="alert" data-testid="stale-version">
        <strong>{m.common.changedElsewhere}</strong> <span>{m.common.reloaded}</span>
      </div>
    );
  }
  const waiting = error instanceof ApiError && (error.status === 429 || error.status === 503);
  const detail =
    error instanceof NetworkError
      ? m.common.networkError
      : error instanceof ApiError && error.status === 429
        ? m.common.rateLimited
        : error instanceof ApiError && error.status === 503
          ? (unavailable ?? m.common.unavailable)
          : error instanceof Error
            ? error.message
            : '';
  const retryAfter = waiting && error.retryAfterSeconds !== null ? error.retryAfterSeconds : null;
  return (
    <div className="alert" role="alert" data-testid="error-message">
      <strong>{fallback}</strong>
      {detail && detail !== fallback && <span> {detail}</span>}
      {retryAfter !== null && (
        <span data-testid="retry-after"> {format(m.common.retryAfter, { seconds: retryAfter })}</span>
      )}
    </div>
  );
}
