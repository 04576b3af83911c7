import { useState, type FormEvent } from 'react';
import { ConfirmDialog, Dialog } from '../../../components/Dialog';
import { ErrorMessage } from '../../../components/ErrorMessage';
import { format, useI18n } from '../../../i18n';
import { ApiError } from '../../../lib/api-client';
import type { ImapAccount } from '../api/types';
import { useDeleteImapAccount, useSaveImapAccount } from '../hooks/use-mail-settings';
import { useOnNewVersion } from '../hooks/use-on-new-version';
import { IMAP_FIELDS, toImapRequest, validateImap, type ImapErrors, type ImapFormValues } from '../lib/validate';
import { describedBy, Field } from '../../../components/Field';

/** External mailboxes polled for new mail. Passwords are write-only: the list says only whether one is set. */
export function ImapAccounts({ code, accounts }: { code: string; accounts: ImapAccount[] }) {
  const { m, formatDateTime } = useI18n();
  const t = m.mailSettings.imap;
  const [editing, setEditing] = useState<ImapAccount | 'new' | null>(null);
  const [deleting, setDeleting] = useState<ImapAccount | null>(null);
  const remove = useDeleteImapAccount(code);

  return (
    <section className="panel" aria-labelledby="mail-imap-heading">
      <h2 id="mail-imap-heading">{t.heading}</h2>
      {accounts.length === 0 ? (
        <p className="muted">{t.none}</p>
      ) : (
        <table className="tickets" data-testid="imap-accounts">
          <thead>
            <tr>
              <th scope="col">{t.account}</th>
              <th scope="col">{t.folder}</th>
              <th scope="col">{t.password}</th>
              <th scope="col">{t.status}</th>
              <th scope="col">{t.lastPolled}</th>
              <th scope="col">
                <span className="visually-hidden">{m.common.edit}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {accounts.map((a) => (
              <tr key={a.id} data-testid="imap-account" data-account-id={a.id}>
                <td>
                  <strong>{a.username}</strong>
                  <div className="muted small">
                    {a.host}:{a.port} {a.tls ? '· TLS' : ''}
                  </div>
                </td>
                <td>{a.folder}</td>
                <td data-testid="imap-password">{a.passwordSet ? t.passwordSet : t.passwordNotSet}</td>
                <td>
                  <span className={a.enabled ? 'badge status-IN_PROGRESS' : 'badge status'}>{a.enabled ? t.on : t.off}</span>
                  {a.lastError && (
                    <div className="field-error" data-testid="imap-last-error">
                      {t.lastError}: {a.lastError}
                    </div>
                  )}
                </td>
                <td>{a.lastPolledAt ? formatDateTime(a.lastPolledAt) : t.never}</td>
                <td className="nowrap">
                  <button type="button" className="link" onClick={() => setEditing(a)} aria-label={`${m.common.edit} ${a.username}`}>
                    {m.common.edit}
                  </button>{' '}
                  <button
                    type="button"
                    className="link danger-link"
                    onClick={() => setDeleting(a)}
                    aria-label={`${m.common.delete} ${a.username}`}
                  >
                    {m.common.delete}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {remove.isError && <ErrorMessage error={remove.error} fallback={t.deleteFailed} />}
      <div className="button-row">
        <button type="button" className="secondary" onClick={() => setEditing('new')}>
          {t.add}
        </button>
      </div>
      {editing && (
        <ImapAccountDialog
          code={code}
          account={editing === 'new' ? null : (accounts.find((a) => a.id === editing.id) ?? editing)}
          onClose={() => setEditing(null)}
        />
      )}
      {deleting && (
        <ConfirmDialog
          title={t.deleteTitle}
          message={format(t.deleteConfirm, { username: deleting.username, host: deleting.host })}
          confirmLabel={m.common.delete}
          danger
          busy={remove.isPending}
          onCancel={() => setDeleting(null)}
          onConfirm={() =>
            remove.mutate({ id: deleting.id, version: deleting.version }, { onSettled: () => setDeleting(null) })
          }
        />
      )}
    </section>
  );
}

function ImapAccountDialog({ code, account, onClose }: { code: string; account: ImapAccount | null; onClose: () => void }) {
  const { m } = useI18n();
  const t = m.mailSettings.imap;
  const save = useSaveImapAccount(code);
  const isNew = account === null;
  const stored = (password: string): ImapFormValues => ({
    host: account?.host ?? '',
    port: String(account?.port ?? 993),
    tls: account?.tls ?? true,
    username: account?.username ?? '',
    password,
    folder: account?.folder ?? 'INBOX',
    enabled: account?.enabled ?? true,
  });
  const [values, setValues] = useState<ImapFormValues>(() => stored(''));
  // `account` is the listed one: after someone else's change was reloaded, the form shows it (a typed password stays)
  useOnNewVersion(account?.version, () => setValues((typed) => stored(typed.password)));
  const [errors, setErrors] = useState<ImapErrors>({});
  const set = <K extends keyof ImapFormValues>(key: K, value: ImapFormValues[K]) => setValues({ ...values, [key]: value });

  function submit(event: FormEvent) {
    event.preventDefault();
    const found = validateImap(values, isNew, m);
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    save.mutate(
      { id: account?.id ?? null, version: account?.version ?? 0, request: toImapRequest(values) },
      {
        onSuccess: onClose,
        onError: (e) => e instanceof ApiError && setErrors(e.fieldErrorsFor(IMAP_FIELDS)),
      },
    );
  }

  const text = (name: 'host' | 'port' | 'username' | 'folder', label: string, extra: object = {}) => {
    const id = `imap-${name}`;
    return (
      <Field id={id} label={label} error={errors[name]}>
        <input
          id={id}
          value={values[name]}
          onChange={(e) => set(name, e.target.value)}
          {...describedBy(id, errors[name])}
          {...extra}
        />
      </Field>
    );
  };
  const passwordKept = !isNew && account.passwordSet;

  return (
    <Dialog title={isNew ? t.addTitle : t.editTitle} onClose={onClose} testId="imap-dialog">
      <form onSubmit={submit} noValidate>
        <div className="field-row">
          {text('host', t.host, { 'data-autofocus': true, autoComplete: 'off' })}
          {text('port', t.port, { inputMode: 'numeric', className: 'narrow' })}
        </div>
        {text('username', t.username, { autoComplete: 'off' })}
        <Field
          id="imap-password"
          label={passwordKept ? t.changePassword : t.password}
          error={errors.password}
          hint={passwordKept ? t.passwordKeep : undefined}
        >
          <input
            id="imap-password"
            type="password"
            autoComplete="new-password"
            value={values.password}
            onChange={(e) => set('password', e.target.value)}
            {...describedBy('imap-password', errors.password, passwordKept)}
          />
        </Field>
        {text('folder', t.folder)}
        <div className="button-row">
          <label className="checkbox">
            <input type="checkbox" checked={values.tls} onChange={(e) => set('tls', e.target.checked)} /> {t.tls}
          </label>
          <label className="checkbox">
            <input type="checkbox" checked={values.enabled} onChange={(e) => set('enabled', e.target.checked)} /> {t.enabled}
          </label>
        </div>
        {save.isError && <ErrorMessage error={save.error} fallback={t.failed} />}
        <div className="button-row end">
          <button type="button" className="secondary" onClick={onClose}>
            {m.common.cancel}
          </button>
          <button type="submit" disabled={save.isPending}>
            {save.isPending ? m.common.saving : m.common.save}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
