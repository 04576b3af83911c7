import { useState, type FormEvent } from 'react';
import { ConfirmDialog } from '../../../components/Dialog';
import { ErrorMessage } from '../../../components/ErrorMessage';
import { Field, describedBy } from '../../../components/Field';
import { format, useI18n } from '../../../i18n';
import { ApiError } from '../../../lib/api-client';
import type { DoorayConnection } from '../api/types';
import { useDeleteConnection, useDoorayConnection, useRotateHookSecret, useSaveConnection } from '../hooks/use-dooray';
import {
  MAX_PROJECTS,
  connectionFieldNames,
  connectionFormValues,
  emptyOperator,
  emptyProject,
  toConnectionRequest,
  validateConnection,
  type ConnectionErrors,
  type ConnectionFormValues,
  type OperatorRow,
  type ProjectRow,
} from '../lib/connection-form';

/** An input's id from its server field name: `projects[0].id` → `dooray-conn-projects-0-id`. */
const idOf = (name: string) => `dooray-conn-${name.replace(/\[(\d+)\]\./g, '-$1-')}`;

/**
 * A service's Dooray! connection for its admins: organisation, token (write-only), projects with their
 * representative registrant, operators' Dooray members; the hook URL to register in Dooray (copy, rotate);
 * deleting the connection. Every change is checked against Dooray by the server; its field errors show at the fields.
 */
export function DoorayConnectionSettings({ code }: { code: string }) {
  const { m } = useI18n();
  const t = m.dooray.admin;
  const query = useDoorayConnection(code);
  if (query.isPending) return <p className="muted">{m.app.loading}</p>;
  if (query.isError) return <ErrorMessage error={query.error} fallback={t.loadFailed} />;
  const connection = query.data;
  return <ConnectionScreen code={code} connection={connection} />;
}

function ConnectionScreen({ code, connection }: { code: string; connection: DoorayConnection | null }) {
  const { m } = useI18n();
  const t = m.dooray.admin;
  const [saved, setSaved] = useState(false);
  return (
    <div className="dooray-settings" data-testid="dooray-settings">
      <h1>
        {t.heading} <span className="muted">· {code}</span>
      </h1>
      {!connection && (
        <p className="notice" data-testid="dooray-not-connected">
          {t.notConnected}
        </p>
      )}
      {connection && !connection.mayAdminister && (
        <p className="alert" role="alert" data-testid="dooray-read-only">
          {t.readOnly}
        </p>
      )}
      {/* a new form once the connection is created or deleted */}
      <ConnectionForm key={connection ? 'stored' : 'new'} code={code} connection={connection} onSaved={setSaved} />
      {saved && (
        <p className="notice" role="status" data-testid="dooray-saved">
          {t.saved}
        </p>
      )}
      {connection?.mayAdminister && <HookUrl code={code} connection={connection} />}
      {connection?.mayAdminister && <DeleteConnection code={code} />}
    </div>
  );
}

function ConnectionForm({
  code,
  connection,
  onSaved,
}: {
  code: string;
  connection: DoorayConnection | null;
  /** true once saved, false again when the admin edits. */
  onSaved: (saved: boolean) => void;
}) {
  const { m, formatDateTime } = useI18n();
  const t = m.dooray.admin;
  const save = useSaveConnection(code);
  const creating = connection === null;
  const readOnly = connection !== null && !connection.mayAdminister;
  const [values, setValues] = useState<ConnectionFormValues>(() => connectionFormValues(connection));
  const [errors, setErrors] = useState<ConnectionErrors>({});
  const [extra, setExtra] = useState<string[]>([]);
  const set = (changes: Partial<ConnectionFormValues>) => {
    onSaved(false);
    setValues((v) => ({ ...v, ...changes }));
  };
  const setProject = (i: number, changes: Partial<ProjectRow>) =>
    set({ projects: values.projects.map((p, j) => (j === i ? { ...p, ...changes } : p)) });
  const setOperator = (i: number, changes: Partial<OperatorRow>) =>
    set({ operators: values.operators.map((o, j) => (j === i ? { ...o, ...changes } : o)) });

  const focusFirst = (found: ConnectionErrors) => {
    const first = connectionFieldNames(values).find((name) => found[name]);
    if (first) document.getElementById(idOf(first))?.focus();
  };

  function submit(event: FormEvent) {
    event.preventDefault();
    setExtra([]);
    const found = validateConnection(values, creating, m);
    setErrors(found);
    if (Object.keys(found).length > 0) {
      focusFirst(found);
      return;
    }
    save.mutate(toConnectionRequest(values), {
      // the form shows what is stored now (the typed token is not kept)
      onSuccess: (stored) => {
        setValues(connectionFormValues(stored));
        onSaved(true);
      },
      onError: (error) => {
        if (!(error instanceof ApiError)) return;
        const names = connectionFieldNames(values);
        const fieldErrors = error.fieldErrorsFor(names);
        setErrors(fieldErrors);
        const shown = new Set(Object.keys(fieldErrors));
        setExtra(
          error.fieldErrors
            .filter((f) => !names.some((n) => shown.has(n) && (f.field === n || f.field.endsWith(`.${n}`))))
            .map((f) => (f.field ? `${f.field}: ${f.message}` : f.message)),
        );
        focusFirst(fieldErrors);
      },
    });
  }

  const error = (name: string) => errors[name];
  const input = (name: string, value: string, onChange: (value: string) => void, extraProps: object = {}) => (
    <input id={idOf(name)} value={value} onChange={(e) => onChange(e.target.value)} {...describedBy(idOf(name), error(name))}
      autoComplete="off" {...extraProps} />
  );
  const tokenKept = !creating && connection.tokenSet;

  return (
    <form onSubmit={submit} noValidate data-testid="dooray-connection-form">
      <fieldset disabled={readOnly} className="plain">
        <section className="panel" aria-labelledby="dooray-org-heading">
          <h2 id="dooray-org-heading">{t.organization}</h2>
          <Field id={idOf('organizationId')} label={t.organizationId} error={error('organizationId')} required>
            {input('organizationId', values.organizationId, (v) => set({ organizationId: v }), { inputMode: 'numeric', 'aria-required': true })}
          </Field>
          <Field
            id={idOf('token')}
            label={tokenKept ? t.changeToken : t.token}
            error={error('token')}
            hint={tokenKept ? t.tokenKeep : t.tokenHint}
            required={creating}
          >
            <input id={idOf('token')} type="password" autoComplete="new-password" value={values.token}
              onChange={(e) => set({ token: e.target.value })} aria-required={creating}
              {...describedBy(idOf('token'), error('token'), true)} />
          </Field>
          <p className="muted small" data-testid="dooray-token-state">
            {connection?.tokenSet
              ? format(t.tokenSet, { at: formatDateTime(connection.tokenSetAt) })
              : t.tokenNotSet}
          </p>
        </section>

        <section className="panel" aria-labelledby="dooray-projects-heading">
          <h2 id="dooray-projects-heading">{t.projects}</h2>
          <p className="muted field-hint">{format(t.projectsHint, { max: MAX_PROJECTS })}</p>
          {error('projects') && (
            <p className="field-error" id={idOf('projects')} tabIndex={-1} data-testid={`${idOf('projects')}-error`}>
              {error('projects')}
            </p>
          )}
          <table className="tickets dooray-rows" data-testid="dooray-projects">
            <thead>
              <tr>
                <th scope="col">{t.projectId} *</th>
                <th scope="col">{t.projectName} *</th>
                <th scope="col">{t.registrant}</th>
                <th scope="col">
                  <span className="visually-hidden">{t.remove}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {values.projects.map((p, i) => (
                <tr key={p.key} data-testid="dooray-project-row">
                  <td>
                    <RowInput name={`projects[${i}].id`} label={format(t.projectIdOf, { n: i + 1 })} value={p.id}
                      error={error(`projects[${i}].id`)} onChange={(v) => setProject(i, { id: v })} numeric />
                  </td>
                  <td>
                    <RowInput name={`projects[${i}].name`} label={format(t.projectNameOf, { n: i + 1 })} value={p.name}
                      error={error(`projects[${i}].name`)} onChange={(v) => setProject(i, { name: v })} />
                  </td>
                  <td>
                    <RowInput name={`projects[${i}].registrantMemberId`} label={format(t.registrantOf, { n: i + 1 })}
                      value={p.registrantMemberId} error={error(`projects[${i}].registrantMemberId`)}
                      onChange={(v) => setProject(i, { registrantMemberId: v })} numeric />
                  </td>
                  <td>
                    <button type="button" className="link danger-link" aria-label={format(t.removeProject, { n: i + 1 })}
                      onClick={() => set({ projects: values.projects.filter((_, j) => j !== i) })}>
                      {t.remove}
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          <div className="button-row">
            <button type="button" className="secondary" disabled={values.projects.length >= MAX_PROJECTS}
              onClick={() => set({ projects: [...values.projects, emptyProject()] })}>
              {t.addProject}
            </button>
          </div>
        </section>

        <section className="panel" aria-labelledby="dooray-operators-heading">
          <h2 id="dooray-operators-heading">{t.operators}</h2>
          <p className="muted field-hint">{t.operatorsHint}</p>
          {values.operators.length === 0 ? (
            <p className="muted">{t.noOperators}</p>
          ) : (
            <table className="tickets dooray-rows" data-testid="dooray-operators">
              <thead>
                <tr>
                  <th scope="col">{t.username} *</th>
                  <th scope="col">{t.memberId} *</th>
                  <th scope="col">
                    <span className="visually-hidden">{t.remove}</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {values.operators.map((o, i) => (
                  <tr key={o.key} data-testid="dooray-operator-row">
                    <td>
                      <RowInput name={`operators[${i}].username`} label={format(t.usernameOf, { n: i + 1 })} value={o.username}
                        error={error(`operators[${i}].username`)} onChange={(v) => setOperator(i, { username: v })} />
                    </td>
                    <td>
                      <RowInput name={`operators[${i}].organizationMemberId`} label={format(t.memberIdOf, { n: i + 1 })}
                        value={o.organizationMemberId} error={error(`operators[${i}].organizationMemberId`)}
                        onChange={(v) => setOperator(i, { organizationMemberId: v })} numeric />
                    </td>
                    <td>
                      <button type="button" className="link danger-link" aria-label={format(t.removeOperator, { n: i + 1 })}
                        onClick={() => set({ operators: values.operators.filter((_, j) => j !== i) })}>
                        {t.remove}
                      </button>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
          <div className="button-row">
            <button type="button" className="secondary" onClick={() => set({ operators: [...values.operators, emptyOperator()] })}>
              {t.addOperator}
            </button>
          </div>
        </section>

        {save.isError && (
          <div data-testid="dooray-save-error">
            <ErrorMessage error={save.error} fallback={t.saveFailed} unavailable={m.dooray.unavailable} />
            {extra.length > 0 && (
              <ul className="field-error">
                {extra.map((line) => (
                  <li key={line}>{line}</li>
                ))}
              </ul>
            )}
          </div>
        )}
        {connection?.updatedAt && (
          <p className="muted small">
            {format(t.updated, { at: formatDateTime(connection.updatedAt), by: connection.updatedBy ?? '—' })}
          </p>
        )}
        <div className="button-row">
          <button type="submit" disabled={save.isPending} data-testid="dooray-save">
            {save.isPending ? t.checking : creating ? t.connect : m.common.save}
          </button>
        </div>
      </fieldset>
    </form>
  );
}

/** One input of a table row, labelled for screen readers (the column header says it to the eye). */
function RowInput({
  name,
  label,
  value,
  error,
  onChange,
  numeric = false,
}: {
  name: string;
  label: string;
  value: string;
  error?: string;
  onChange: (value: string) => void;
  numeric?: boolean;
}) {
  const id = idOf(name);
  return (
    <div className={error ? 'field invalid' : 'field'}>
      <input id={id} aria-label={label} value={value} onChange={(e) => onChange(e.target.value)} autoComplete="off"
        inputMode={numeric ? 'numeric' : undefined} {...describedBy(id, error)} />
      {error && (
        <p className="field-error" id={`${id}-error`} data-testid={`${id}-error`}>
          {error}
        </p>
      )}
    </div>
  );
}

/** The hook URL to register in each Dooray project: copy it, or rotate its secret (the old URL stops at once). */
function HookUrl({ code, connection }: { code: string; connection: DoorayConnection }) {
  const { m, formatDateTime } = useI18n();
  const t = m.dooray.admin;
  const rotate = useRotateHookSecret(code);
  const [confirming, setConfirming] = useState(false);
  const [copied, setCopied] = useState<boolean | null>(null);
  if (!connection.hookPath) return null;
  const url = `${window.location.origin}${connection.hookPath}`;

  async function copy() {
    try {
      await navigator.clipboard.writeText(url);
      setCopied(true);
    } catch {
      setCopied(false);
    }
  }

  return (
    <section className="panel" aria-labelledby="dooray-hook-heading" data-testid="dooray-hook">
      <h2 id="dooray-hook-heading">{t.hook}</h2>
      <p className="muted field-hint">{t.hookHint}</p>
      <div className="button-row">
        <input id="dooray-hook-url" aria-label={t.hookUrl} readOnly value={url} className="hook-url" data-testid="dooray-hook-url"
          onFocus={(e) => e.target.select()} />
        <button type="button" className="secondary" onClick={() => void copy()} data-testid="dooray-hook-copy">
          {t.copy}
        </button>
        <button type="button" className="secondary" onClick={() => setConfirming(true)} data-testid="dooray-hook-rotate">
          {t.rotate}
        </button>
      </div>
      {copied !== null && (
        <p className={copied ? 'muted small' : 'field-error'} role="status" data-testid="dooray-hook-copied">
          {copied ? t.copied : t.copyFailed}
        </p>
      )}
      {connection.hookSecretSetAt && (
        <p className="muted small">{format(t.hookSince, { at: formatDateTime(connection.hookSecretSetAt) })}</p>
      )}
      {rotate.isError && <ErrorMessage error={rotate.error} fallback={t.rotateFailed} />}
      {rotate.isSuccess && (
        <p className="notice" role="status" data-testid="dooray-hook-rotated">
          {t.rotated}
        </p>
      )}
      {confirming && (
        <ConfirmDialog
          title={t.rotateTitle}
          message={t.rotateConfirm}
          confirmLabel={t.rotate}
          danger
          busy={rotate.isPending}
          onCancel={() => setConfirming(false)}
          onConfirm={() => rotate.mutate(undefined, { onSettled: () => setConfirming(false) })}
        />
      )}
    </section>
  );
}

function DeleteConnection({ code }: { code: string }) {
  const { m } = useI18n();
  const t = m.dooray.admin;
  const remove = useDeleteConnection(code);
  const [confirming, setConfirming] = useState(false);
  return (
    <section className="panel" aria-labelledby="dooray-delete-heading">
      <h2 id="dooray-delete-heading">{t.deleteHeading}</h2>
      <p className="muted field-hint">{t.deleteHint}</p>
      {remove.isError && <ErrorMessage error={remove.error} fallback={t.deleteFailed} />}
      <div className="button-row">
        <button type="button" className="danger" onClick={() => setConfirming(true)} data-testid="dooray-delete">
          {t.delete}
        </button>
      </div>
      {confirming && (
        <ConfirmDialog
          title={t.deleteTitle}
          message={format(t.deleteConfirm, { code })}
          confirmLabel={t.delete}
          danger
          busy={remove.isPending}
          onCancel={() => setConfirming(false)}
          onConfirm={() => remove.mutate(undefined, { onSettled: () => setConfirming(false) })}
        />
      )}
    </section>
  );
}
