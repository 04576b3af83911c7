import { useRef, useState, type FormEvent } from 'react';
import { ConfirmDialog } from '../../../components/Dialog';
import { ErrorMessage } from '../../../components/ErrorMessage';
import { describedBy, Field } from '../../../components/Field';
import { FormFailure } from '../../../components/FormFailure';
import { format, useI18n } from '../../../i18n';
import { ApiError } from '../../../lib/api-client';
import { insertIntoTextarea } from '../../../lib/textarea-insert';
import { flattenTypes, localName } from '../../../lib/type-tree';
import type { Template } from '../api/types';
import {
  useCreateTemplate,
  useDeleteTemplate,
  useProcessingTypes,
  useReplacementCodes,
  useStoredTemplate,
  useTemplates,
  useUpdateTemplate,
} from '../hooks/use-templates';
import {
  emptyForm,
  formOf,
  isSearchCode,
  MAX_TITLE,
  requestOf,
  TEMPLATE_FIELDS,
  type TemplateField,
  type TemplateFormState,
} from '../lib/template-form';

type Editing = { kind: 'new' } | { kind: 'edit'; template: Template } | null;

/**
 * A service's templates for its admins (`/admin/services/:code/templates`): the list with a search, a form to create
 * or change one, and delete after a confirmation. `mayShare` (org-admins) offers the shared toggle on create.
 */
export function TemplateAdmin({ code, mayShare }: { code: string; mayShare: boolean }) {
  const { m, formatDateTime } = useI18n();
  const t = m.templates;
  const [q, setQ] = useState('');
  const [editing, setEditing] = useState<Editing>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [deleting, setDeleting] = useState<Template | null>(null);
  const list = useTemplates(code, q.trim());
  const storedTemplate = useStoredTemplate(code);

  const open = (next: Editing) => {
    setNotice(null);
    setEditing(next);
  };

  return (
    <div data-testid="templates-admin">
      <h1>{t.heading}</h1>
      <p className="muted field-hint">{t.hint}</p>
      <div className="button-row">
        <input
          type="search"
          aria-label={t.search}
          placeholder={t.search}
          value={q}
          onChange={(e) => setQ(e.target.value)}
          data-testid="templates-search"
        />
        {editing?.kind !== 'new' && (
          <button type="button" className="secondary" onClick={() => open({ kind: 'new' })} data-testid="templates-add">
            {t.add}
          </button>
        )}
      </div>
      {notice && (
        <p className="notice" role="status" data-testid="templates-notice">
          {notice}
        </p>
      )}
      {list.isPending ? (
        <p className="muted">{m.app.loading}</p>
      ) : list.error ? (
        <ErrorMessage error={list.error} fallback={t.loadFailed} />
      ) : list.data.items.length === 0 ? (
        <p className="muted" data-testid="templates-empty">
          {q.trim() ? format(t.noMatch, { q: q.trim() }) : t.none}
        </p>
      ) : (
        <>
          <table data-testid="templates-list">
            <thead>
              <tr>
                <th>{t.columnCode}</th>
                <th>{t.columnTitle}</th>
                <th>{t.columnScope}</th>
                <th>{t.columnUsage}</th>
                <th>{t.columnUpdated}</th>
                <th />
              </tr>
            </thead>
            <tbody>
              {list.data.items.map((template) => (
                <tr key={template.id} data-testid="template-row" data-template-id={template.id}>
                  <td>
                    <code>{template.searchCode}</code>
                  </td>
                  <td>{template.title}</td>
                  <td>{template.shared ? t.scopeShared : t.scopeService}</td>
                  <td>{template.usageCount}</td>
                  <td>{formatDateTime(template.updatedAt)}</td>
                  <td className="links">
                    <button type="button" className="link" onClick={() => open({ kind: 'edit', template })} data-testid="template-edit">
                      {t.edit}
                    </button>
                    {template.manageable && (
                      <button type="button" className="link danger-link" onClick={() => setDeleting(template)} data-testid="template-delete">
                        {t.delete}
                      </button>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          {list.data.total > list.data.items.length && (
            <p className="muted">{format(t.shownOf, { shown: list.data.items.length, total: list.data.total })}</p>
          )}
        </>
      )}
      {editing && (
        <TemplateForm
          key={editing.kind === 'edit' ? `${editing.template.id}-${editing.template.version}` : 'new'}
          code={code}
          template={editing.kind === 'edit' ? editing.template : null}
          mayShare={mayShare}
          onClose={() => setEditing(null)}
          onSaved={(stored) => {
            setEditing({ kind: 'edit', template: stored });
            setNotice(t.saved);
          }}
          // the list may not have been read again yet: the form shows the template as stored now
          onStale={(id) =>
            void storedTemplate(id).then(
              (stored) => {
                setEditing({ kind: 'edit', template: stored });
                setNotice(t.changedMeanwhile);
              },
              () => {
                setEditing(null);
                setNotice(t.goneMeanwhile);
              },
            )
          }
        />
      )}
      {deleting && (
        <DeleteTemplate
          code={code}
          template={deleting}
          onClose={() => setDeleting(null)}
          onDeleted={() => {
            setDeleting(null);
            if (editing?.kind === 'edit' && editing.template.id === deleting.id) setEditing(null);
            setNotice(t.deleted);
          }}
        />
      )}
    </div>
  );
}

function TemplateForm({
  code,
  template,
  mayShare,
  onClose,
  onSaved,
  onStale,
}: {
  code: string;
  template: Template | null;
  mayShare: boolean;
  onClose: () => void;
  onSaved: (stored: Template) => void;
  onStale: (id: string) => void;
}) {
  const { m, locale } = useI18n();
  const t = m.templates;
  const [form, setForm] = useState<TemplateFormState>(() => (template ? formOf(template) : emptyForm()));
  const [checked, setChecked] = useState<Partial<Record<TemplateField, string>>>({});
  const body = useRef<HTMLTextAreaElement>(null);
  const codes = useReplacementCodes();
  const types = useProcessingTypes(code);
  const create = useCreateTemplate(code);
  const update = useUpdateTemplate(code);
  const save = template ? update : create;
  const readOnly = template !== null && !template.manageable;

  const serverErrors = save.error instanceof ApiError ? save.error.fieldErrorsFor(TEMPLATE_FIELDS) : {};
  const errors = { ...serverErrors, ...checked };
  const unshown =
    save.error instanceof ApiError
      ? save.error.fieldErrors.filter((e) => !TEMPLATE_FIELDS.some((f) => e.field === f || e.field.endsWith(`.${f}`))).map((e) => e.message)
      : [];

  const change = (next: Partial<TemplateFormState>) => setForm((current) => ({ ...current, ...next }));

  const insertCode = (placeholder: string) =>
    insertIntoTextarea(body.current, form.body, placeholder, (next) => change({ body: next }));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const found: Partial<Record<TemplateField, string>> = {};
    if (!form.title.trim() || form.title.trim().length > MAX_TITLE) found.title = t.titleRequired;
    if (!isSearchCode(form.searchCode)) found.searchCode = t.searchCodeInvalid;
    if (!form.body.trim()) found.body = t.bodyRequired;
    setChecked(found);
    if (Object.keys(found).length > 0) return;
    const request = requestOf(form, template === null);
    const handlers = {
      onSuccess: onSaved,
      onError: (error: unknown) => {
        if (template && error instanceof ApiError && error.isStale) onStale(template.id);
      },
    };
    if (template) update.mutate({ template, request }, handlers);
    else create.mutate(request, handlers);
  };

  const typeOptions = flattenTypes(types.data ?? [], locale);

  return (
    <form className="panel" onSubmit={submit} noValidate data-testid="template-form">
      <h2>{template ? format(t.editHeading, { title: template.title }) : t.newHeading}</h2>
      {template && (
        <p className="muted" data-testid="template-usage">
          {format(t.usage, { n: template.usageCount })}
        </p>
      )}
      {readOnly && (
        <p className="notice" data-testid="template-read-only">
          {t.readOnly}
        </p>
      )}
      <fieldset disabled={readOnly}>
        <Field id="template-title" label={t.title} error={errors.title} required>
          <input
            id="template-title"
            value={form.title}
            maxLength={MAX_TITLE}
            onChange={(e) => change({ title: e.target.value })}
            required
            {...describedBy('template-title', errors.title)}
          />
        </Field>
        <Field id="template-search-code" label={t.searchCode} error={errors.searchCode} hint={t.searchCodeHint} required>
          <input
            id="template-search-code"
            value={form.searchCode}
            maxLength={20}
            onChange={(e) => change({ searchCode: e.target.value })}
            required
            {...describedBy('template-search-code', errors.searchCode, true)}
          />
        </Field>
        <Field id="template-format" label={t.format} error={errors.format}>
          <select
            id="template-format"
            value={form.format}
            onChange={(e) => change({ format: e.target.value === 'HTML' ? 'HTML' : 'TEXT' })}
            {...describedBy('template-format', errors.format)}
          >
            <option value="TEXT">{t.formatText}</option>
            <option value="HTML">{t.formatHtml}</option>
          </select>
        </Field>
        {(mayShare || form.shared) && (
          <Field id="template-shared" label={t.shared} hint={t.sharedHint}>
            <input
              id="template-shared"
              type="checkbox"
              checked={form.shared}
              disabled={template !== null}
              onChange={(e) => change({ shared: e.target.checked })}
              data-testid="template-shared"
              {...describedBy('template-shared', undefined, true)}
            />
          </Field>
        )}
        <Field id="template-body" label={t.body} error={errors.body} required>
          <textarea
            id="template-body"
            ref={body}
            rows={10}
            value={form.body}
            onChange={(e) => change({ body: e.target.value })}
            required
            {...describedBy('template-body', errors.body)}
          />
        </Field>
        <div className="field" data-testid="template-codes">
          <p className="muted field-hint">{t.codesHint}</p>
          <div className="placeholders" role="group" aria-label={t.codes}>
            <span className="muted">{t.codes}:</span>
            {(codes.data ?? []).map((c) => (
              <button
                key={c.code}
                type="button"
                className="secondary chip"
                title={c.placeholder}
                onClick={() => insertCode(c.placeholder)}
                data-testid="template-code"
                data-code={c.code}
              >
                {localName(c.labels, locale)} <code>{c.placeholder}</code>
              </button>
            ))}
          </div>
        </div>
        {!form.shared && (
          <Field id="template-processing-types" label={t.processingTypes} error={errors.processingTypeIds} hint={t.processingTypesHint}>
            <select
              id="template-processing-types"
              multiple
              value={form.processingTypeIds}
              onChange={(e) => change({ processingTypeIds: [...e.target.selectedOptions].map((o) => o.value) })}
              {...describedBy('template-processing-types', errors.processingTypeIds, true)}
            >
              {typeOptions.map((option) => (
                <option key={option.id} value={option.id}>
                  {option.label}
                </option>
              ))}
            </select>
          </Field>
        )}
      </fieldset>
      {save.isError && <FormFailure testId="template-save-error" error={save.error} fallback={t.saveFailed} extra={unshown} />}
      <div className="button-row">
        {!readOnly && (
          <button type="submit" disabled={save.isPending} data-testid="template-save">
            {t.save}
          </button>
        )}
        <button type="button" className="secondary" onClick={onClose}>
          {t.cancel}
        </button>
      </div>
    </form>
  );
}

function DeleteTemplate({ code, template, onClose, onDeleted }: { code: string; template: Template; onClose: () => void; onDeleted: () => void }) {
  const { m } = useI18n();
  const t = m.templates;
  const remove = useDeleteTemplate(code);
  return (
    <ConfirmDialog
      title={t.deleteTitle}
      message={format(t.deleteConfirm, { title: template.title, code: template.searchCode })}
      confirmLabel={t.delete}
      danger
      busy={remove.isPending}
      onCancel={onClose}
      onConfirm={() => remove.mutate(template, { onSuccess: onDeleted })}
    >
      {remove.isError && <ErrorMessage error={remove.error} fallback={t.deleteFailed} />}
    </ConfirmDialog>
  );
}
