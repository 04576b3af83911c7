import { ApiError } from '../lib/api-client';

/** Shows an API problem's `detail` (or a generic message). */
export function ErrorMessage({ error, fallback }: { error: unknown; fallback: string }) {
  const detail = error instanceof ApiError || error instanceof Error ? error.message : '';
  return (
    <div className="alert" role="alert" data-testid="error-message">
      <strong>{fallback}</strong>
      {detail && detail !== fallback && <span> {detail}</span>}
    </div>
  );
}
