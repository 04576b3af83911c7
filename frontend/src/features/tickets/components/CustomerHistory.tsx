import { Link } from 'react-router';
import { useI18n } from '../../../i18n';
import { ErrorMessage } from '../../../components/ErrorMessage';
import { useCustomerHistory } from '../hooks/use-tickets';
import { StatusBadge } from './Badges';

/** The customer's other tickets in this service (문의내역 / 問い合わせ履歴), newest first as the server sends them. */
export function CustomerHistory({ id, timeZone, linkTo }: { id: string; timeZone?: string; linkTo: (id: string) => string }) {
  const { m, formatDateTime } = useI18n();
  const history = useCustomerHistory(id);
  const others = history.data?.filter((t) => t.id !== id) ?? [];
  return (
    <section aria-labelledby={`history-${id}`} data-testid="customer-history">
      <h2 id={`history-${id}`}>{m.tickets.inquiryHistory}</h2>
      {history.isError && <ErrorMessage error={history.error} fallback={m.tickets.inquiryHistoryFailed} />}
      {history.data && others.length === 0 && <p className="muted">{m.tickets.noInquiryHistory}</p>}
      {others.length > 0 && (
        <ul className="inquiry-history">
          {others.map((t) => (
            <li key={t.id} data-testid="customer-history-item">
              <Link to={linkTo(t.id)}>{t.number}</Link> <StatusBadge status={t.status} />{' '}
              <span className="title-cell">{t.title}</span>{' '}
              <time className="muted small" dateTime={t.createdAt}>
                {formatDateTime(t.createdAt, timeZone)}
              </time>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
