import { useState } from 'react';
import { Link, useLocation, useNavigate } from 'react-router';
import { ConfirmDialog } from '../../../components/Dialog';
import { ErrorMessage } from '../../../components/ErrorMessage';
import { format, useI18n } from '../../../i18n';
import { PagedList } from './PagedList';
import type { QuarantinedMail } from '../api/types';
import { useQuarantine, useQuarantineAction, useQuarantinedMail } from '../hooks/use-quarantine';

const listPath = (code: string) => `/admin/services/${encodeURIComponent(code)}/quarantine`;

/** Received mails that could not be turned into tickets, newest first. */
export function QuarantineList({ code }: { code: string }) {
  const { m, formatDateTime, formatSize } = useI18n();
  const t = m.quarantine;
  const query = useQuarantine(code);
  const notice = (useLocation().state as { notice?: string } | null)?.notice;

  return (
    <div className="quarantine" data-testid="quarantine">
      <h1>
        {t.heading} <span className="muted">· {code}</span>
      </h1>
      <p className="muted">{t.intro}</p>
      {notice && (
        <div className="notice" role="status">
          {notice}
        </div>
      )}
      <PagedList query={query} empty={t.empty} loadFailed={t.loadFailed}>
        {(rows) => (
          <table className="tickets">
            <thead>
              <tr>
                <th scope="col">{t.reason}</th>
                <th scope="col">{t.from}</th>
                <th scope="col">{t.subject}</th>
                <th scope="col">{t.size}</th>
                <th scope="col">{t.received}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((mail) => (
                <tr key={mail.id} data-testid="quarantined-mail">
                  <td>
                    <ReasonBadge reason={mail.reason} />
                  </td>
                  <td className="break">{mail.from ?? '—'}</td>
                  <td>
                    <Link to={`${listPath(code)}/${encodeURIComponent(mail.id)}`}>{mail.subject || t.noSubject}</Link>
                  </td>
                  <td className="numeric nowrap">{formatSize(mail.size)}</td>
                  <td className="nowrap">
                    <time dateTime={mail.receivedAt}>{formatDateTime(mail.receivedAt)}</time>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </PagedList>
    </div>
  );
}

function ReasonBadge({ reason }: { reason: QuarantinedMail['reason'] }) {
  const { m } = useI18n();
  return (
    <span className={`badge reason reason-${reason}`} data-testid="quarantine-reason">
      {m.quarantine.reasons[reason] ?? reason}
    </span>
  );
}

/** One quarantined mail with its headers; Release makes it a ticket, Delete drops it, each after a confirmation. */
export function QuarantineDetail({ code, id }: { code: string; id: string }) {
  const { m, formatDateTime, formatSize } = useI18n();
  const t = m.quarantine;
  const query = useQuarantinedMail(id);
  const action = useQuarantineAction(code, id);
  const navigate = useNavigate();
  const [confirm, setConfirm] = useState<'release' | 'delete' | null>(null);

  const back = (
    <p>
      <Link to={listPath(code)}>← {t.back}</Link>
    </p>
  );
  if (query.isPending) return <p className="muted">{m.app.loading}</p>;
  if (!query.data)
    return (
      <>
        {back}
        <ErrorMessage error={query.error} fallback={t.detailLoadFailed} />
      </>
    );
  const mail = query.data;

  function run(kind: 'release' | 'delete') {
    action.mutate(kind, {
      onSuccess: () => navigate(listPath(code), { state: { notice: kind === 'release' ? t.released : t.deleted } }),
      onSettled: () => setConfirm(null),
    });
  }

  return (
    <article className="quarantine-detail" data-testid="quarantine-detail">
      {back}
      <h1>{mail.subject || t.noSubject}</h1>
      <dl className="fields">
        <dt>{t.reason}</dt>
        <dd>
          <ReasonBadge reason={mail.reason} />
          {mail.detail && <span className="muted"> {mail.detail}</span>}
        </dd>
        <dt>{t.from}</dt>
        <dd>{mail.from ?? '—'}</dd>
        <dt>{t.mailbox}</dt>
        <dd>{mail.mailbox}</dd>
        <dt>{t.size}</dt>
        <dd>{formatSize(mail.size)}</dd>
        <dt>{t.received}</dt>
        <dd>
          <time dateTime={mail.receivedAt}>{formatDateTime(mail.receivedAt)}</time>
        </dd>
      </dl>
      <div className="button-row">
        <button type="button" onClick={() => setConfirm('release')} disabled={action.isPending}>
          {t.release}
        </button>
        <button type="button" className="secondary danger" onClick={() => setConfirm('delete')} disabled={action.isPending}>
          {t.delete}
        </button>
      </div>
      {action.isError && <ErrorMessage error={action.error} fallback={t.actionFailed} />}
      <h2>{t.headers}</h2>
      {mail.headers.length === 0 ? (
        <p className="muted">{t.noHeaders}</p>
      ) : (
        <table className="tickets headers" data-testid="quarantine-headers">
          <tbody>
            {mail.headers.map((h, i) => (
              <tr key={`${h.name}-${i}`}>
                <th scope="row">{h.name}</th>
                <td className="break mono">{h.value}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {confirm && (
        <ConfirmDialog
          title={confirm === 'release' ? t.releaseTitle : t.deleteTitle}
          message={confirm === 'release' ? format(t.releaseConfirm, { code }) : t.deleteConfirm}
          confirmLabel={confirm === 'release' ? t.release : t.delete}
          danger={confirm === 'delete'}
          busy={action.isPending}
          onCancel={() => setConfirm(null)}
          onConfirm={() => run(confirm)}
        />
      )}
    </article>
  );
}
