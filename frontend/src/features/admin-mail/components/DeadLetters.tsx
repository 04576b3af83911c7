import { useState } from 'react';
import { Link } from 'react-router';
import { ErrorMessage } from '../../../components/ErrorMessage';
import { useI18n } from '../../../i18n';
import { PagedList } from './PagedList';
import { DELIVERY_KINDS, type Delivery } from '../api/types';
import { useDeadLetters, useRetryDelivery } from '../hooks/use-dead-letters';

/** FAILED deliveries of a service with their last error; Retry queues one again and the row says so. */
export function DeadLetters({ code }: { code: string }) {
  const { m } = useI18n();
  const t = m.deadLetters;
  const [kind, setKind] = useState('');
  const query = useDeadLetters(code, kind);
  const retry = useRetryDelivery(code, kind);
  const [failedRetry, setFailedRetry] = useState<{ id: string; error: unknown } | null>(null);

  return (
    <div className="dead-letters" data-testid="dead-letters">
      <h1>
        {t.heading} <span className="muted">· {code}</span>
      </h1>
      <p className="muted">{t.intro}</p>
      <div className="button-row">
        <label htmlFor="dead-letter-kind">{t.kind}</label>
        <select id="dead-letter-kind" value={kind} onChange={(e) => setKind(e.target.value)}>
          <option value="">{t.allKinds}</option>
          {DELIVERY_KINDS.map((k) => (
            <option key={k} value={k}>
              {t.kinds[k] ?? k}
            </option>
          ))}
        </select>
      </div>
      <PagedList query={query} empty={t.empty} loadFailed={t.loadFailed}>
        {(rows) => (
          <table className="tickets">
            <thead>
              <tr>
                <th scope="col">{t.kind}</th>
                <th scope="col">{t.recipient}</th>
                <th scope="col">{t.subject}</th>
                <th scope="col">{t.attempts}</th>
                <th scope="col">{t.lastError}</th>
                <th scope="col">{t.time}</th>
                <th scope="col">{t.ticket}</th>
                <th scope="col">{t.status}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((d) => (
                <DeadLetterRow
                  key={d.id}
                  delivery={d}
                  busy={retry.isPending && retry.variables === d.id}
                  error={failedRetry?.id === d.id ? failedRetry.error : null}
                  onRetry={() => {
                    setFailedRetry(null);
                    retry.mutate(d.id, { onError: (error) => setFailedRetry({ id: d.id, error }) });
                  }}
                />
              ))}
            </tbody>
          </table>
        )}
      </PagedList>
    </div>
  );
}

function DeadLetterRow({
  delivery: d,
  busy,
  error,
  onRetry,
}: {
  delivery: Delivery;
  busy: boolean;
  error: unknown;
  onRetry: () => void;
}) {
  const { m, formatDateTime } = useI18n();
  const t = m.deadLetters;
  return (
    <tr data-testid="dead-letter" data-delivery-id={d.id} data-status={d.status}>
      <td>
        <span className="badge status">{t.kinds[d.kind] ?? d.kind}</span>
        {d.trigger && <div className="muted small">{d.trigger}</div>}
      </td>
      <td className="break">{d.recipient ?? d.url ?? '—'}</td>
      <td>{d.subject ?? '—'}</td>
      <td className="numeric">{d.attempts}</td>
      <td className="field-error break" data-testid="dead-letter-error">
        {d.lastError ?? '—'}
      </td>
      <td className="nowrap">
        <time dateTime={d.createdAt}>{formatDateTime(d.createdAt)}</time>
      </td>
      <td>{d.ticketId ? <Link to={`/tickets/${encodeURIComponent(d.ticketId)}`}>{t.openTicket}</Link> : '—'}</td>
      <td className="nowrap">
        <span className={`badge delivery-${d.status}`} data-testid="dead-letter-status">
          {t.statuses[d.status] ?? d.status}
        </span>{' '}
        {d.status === 'FAILED' && (
          <button type="button" className="secondary small" onClick={onRetry} disabled={busy}>
            {t.retry}
          </button>
        )}
        {error !== null && <ErrorMessage error={error} fallback={t.retryFailed} />}
      </td>
    </tr>
  );
}
