import { useRef, useState, type FormEvent } from 'react';
import { ConfirmDialog } from '../../../components/Dialog';
import { ErrorMessage } from '../../../components/ErrorMessage';
import { format, useI18n } from '../../../i18n';
import { ApiError } from '../../../lib/api-client';
import { insertIntoTextarea } from '../../../lib/textarea-insert';
import { LAYOUT_TYPES, type MailLayout, type MailSettings } from '../api/types';
import { useResetLayout, useSaveLayout } from '../hooks/use-mail-settings';
import { useOnNewVersion } from '../hooks/use-on-new-version';
import { CONTENT_PLACEHOLDER, layoutError } from '../lib/validate';
import { describedBy, Field } from '../../../components/Field';

interface Cell {
  type: string;
  language: string;
}

const isCustom = (layout: MailLayout | undefined): layout is MailLayout =>
  !!layout && layout.updatedAt !== null && layout.updatedAt !== undefined;

/** The type × language matrix of layouts; one cell at a time is edited below it. */
export function Layouts({ settings }: { settings: MailSettings }) {
  const { m, formatDateTime } = useI18n();
  const t = m.mailSettings.layouts;
  const [editing, setEditing] = useState<Cell | null>(null);
  const find = (type: string, language: string) =>
    settings.layouts.find((l) => l.type === type && l.language === language);
  const typeLabel = (type: string) => m.mailPreview.types[type] ?? type;

  return (
    <section className="panel" aria-labelledby="mail-layouts-heading">
      <h2 id="mail-layouts-heading">{t.heading}</h2>
      <p className="muted">{t.intro}</p>
      <table className="tickets layouts" data-testid="layout-matrix">
        <thead>
          <tr>
            <th scope="col">{t.type}</th>
            {settings.languages.map((language) => (
              <th scope="col" key={language}>
                {language}
                {language === settings.defaultLanguage ? ' ★' : ''}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {LAYOUT_TYPES.map((type) => (
            <tr key={type}>
              <th scope="row">{typeLabel(type)}</th>
              {settings.languages.map((language) => {
                const layout = find(type, language);
                const custom = isCustom(layout);
                const selected = editing?.type === type && editing.language === language;
                return (
                  <td key={language} data-testid={`layout-${type}-${language}`} className={selected ? 'selected' : undefined}>
                    <span className={custom ? 'badge tag' : 'badge status'}>{custom ? t.custom : t.builtIn}</span>
                    {custom && layout.updatedAt && (
                      <span className="muted small"> {format(t.updated, { time: formatDateTime(layout.updatedAt) })}</span>
                    )}{' '}
                    <button
                      type="button"
                      className="link"
                      aria-label={format(t.edit, { type: typeLabel(type), language })}
                      aria-pressed={selected}
                      onClick={() => setEditing({ type, language })}
                    >
                      {m.common.edit}
                    </button>
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
      {editing && (
        <LayoutEditor
          key={`${editing.type}-${editing.language}`}
          code={settings.serviceCode}
          cell={editing}
          typeLabel={typeLabel(editing.type)}
          layout={find(editing.type, editing.language)}
          placeholders={settings.placeholders}
          onDone={() => setEditing(null)}
        />
      )}
    </section>
  );
}

function LayoutEditor({
  code,
  cell,
  typeLabel,
  layout,
  placeholders,
  onDone,
}: {
  code: string;
  cell: Cell;
  typeLabel: string;
  layout: MailLayout | undefined;
  placeholders: string[];
  onDone: () => void;
}) {
  const { m } = useI18n();
  const t = m.mailSettings.layouts;
  const save = useSaveLayout(code);
  const reset = useResetLayout(code);
  const [html, setHtml] = useState(layout?.html ?? CONTENT_PLACEHOLDER);
  const version = layout?.version ?? 0;
  useOnNewVersion(layout?.version, () => setHtml(layout?.html ?? CONTENT_PLACEHOLDER));
  const [error, setError] = useState<string | undefined>();
  const [saved, setSaved] = useState(false);
  const [confirmReset, setConfirmReset] = useState(false);
  const textarea = useRef<HTMLTextAreaElement>(null);
  const id = 'mail-layout-html';
  const names = { type: typeLabel, language: cell.language };

  function insert(placeholder: string) {
    insertIntoTextarea(textarea.current, html, placeholder, setHtml);
    setError(undefined);
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    setSaved(false);
    const problem = layoutError(html, m);
    setError(problem);
    if (problem) return;
    save.mutate(
      { ...cell, html, version },
      {
        onSuccess: () => setSaved(true),
        onError: (e) => e instanceof ApiError && setError(e.fieldErrorsFor(['html'] as const).html),
      },
    );
  }

  return (
    <form className="layout-editor" onSubmit={submit} noValidate data-testid="layout-editor">
      <h3>{format(t.editing, names)}</h3>
      <Field id={id} label={t.html} error={error}>
        <textarea
          id={id}
          ref={textarea}
          rows={10}
          spellCheck={false}
          className="code"
          value={html}
          onChange={(e) => {
            setHtml(e.target.value);
            setSaved(false);
          }}
          {...describedBy(id, error)}
        />
      </Field>
      <div className="placeholders" role="group" aria-label={t.placeholders}>
        <span className="muted">{t.placeholders}:</span>
        {placeholders.map((p) => (
          <button key={p} type="button" className="secondary chip" onClick={() => insert(p)}>
            <code>{p}</code>
          </button>
        ))}
      </div>
      {save.isError && !(save.error instanceof ApiError && save.error.fieldErrors.length > 0) && (
        <ErrorMessage error={save.error} fallback={t.failed} />
      )}
      {reset.isError && <ErrorMessage error={reset.error} fallback={t.resetFailed} />}
      <div className="button-row">
        <button type="submit" disabled={save.isPending}>
          {save.isPending ? m.common.saving : m.common.save}
        </button>
        {isCustom(layout) && (
          <button type="button" className="secondary danger" onClick={() => setConfirmReset(true)} disabled={reset.isPending}>
            {t.reset}
          </button>
        )}
        <button type="button" className="secondary" onClick={onDone}>
          {m.common.close}
        </button>
        {saved && (
          <span className="muted" role="status">
            {m.common.saved}
          </span>
        )}
      </div>
      {confirmReset && (
        <ConfirmDialog
          title={t.resetTitle}
          message={format(t.resetConfirm, names)}
          confirmLabel={t.reset}
          danger
          busy={reset.isPending}
          onCancel={() => setConfirmReset(false)}
          onConfirm={() =>
            reset.mutate({ ...cell, version }, {
              onSuccess: onDone,
              onSettled: () => setConfirmReset(false),
            })
          }
        />
      )}
    </form>
  );
}
