import { useCallback, useState } from 'react';
import { ConfirmDialog } from '../../../components/Dialog';
import { ErrorMessage } from '../../../components/ErrorMessage';
import { format, useI18n } from '../../../i18n';
import { flattenTypes, localName } from '../../../lib/type-tree';
import type { FieldDefinition, NewField, SystemFieldView } from '../api/fields';
import {
  useDeleteField,
  useFields,
  useInquiryTypes,
  useResetSystemField,
  useServiceLanguages,
  useSystemFields,
} from '../hooks/use-fields';
import { FieldForm } from './FieldForm';
import { FormPreview } from './FormPreview';
import { SystemFieldForm } from './SystemFieldForm';

type Editing =
  | { kind: 'new' }
  | { kind: 'field'; field: FieldDefinition }
  | { kind: 'system'; field: SystemFieldView }
  | null;

/** A field as the preview takes it: a new one not saved yet has no code until one is typed. */
const asDefinition = (draft: NewField): FieldDefinition => ({ ...draft, code: draft.code || 'new_field' });

/**
 * A service's fields for its admins (`/admin/services/:code/fields`): the five system fields (edit, reset), the
 * customer and operator fields (search, create, edit, delete after a confirmation) and, beside them, the customer
 * form of a chosen inquiry type as it stands on screen.
 */
export function FieldAdmin({ code }: { code: string }) {
  const { m, locale } = useI18n();
  const t = m.fieldsAdmin;
  const fields = useFields(code);
  const system = useSystemFields(code);
  const types = useInquiryTypes(code);
  const languages = useServiceLanguages(code);
  const [q, setQ] = useState('');
  const [editing, setEditing] = useState<Editing>(null);
  const [draft, setDraft] = useState<FieldDefinition | SystemFieldView | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [deleting, setDeleting] = useState<FieldDefinition | null>(null);
  const [resetting, setResetting] = useState<SystemFieldView | null>(null);
  const onFieldDraft = useCallback((next: NewField) => setDraft(asDefinition(next)), []);
  const onSystemDraft = useCallback((next: SystemFieldView) => setDraft(next), []);

  const open = (next: Editing) => {
    setNotice(null);
    setDraft(null);
    setEditing(next);
  };
  const close = (message: string | null) => {
    setEditing(null);
    setDraft(null);
    setNotice(message);
  };

  const failed = fields.error ?? system.error ?? types.error ?? languages.error;
  if (failed) return <ErrorMessage error={failed} fallback={t.loadFailed} />;
  if (!fields.data || !system.data || !types.data || !languages.data) return <p className="muted">{m.app.loading}</p>;

  const typeNames = new Map(flattenTypes(types.data, locale).map((o) => [o.id, o.label.trim()]));
  const needle = q.trim().toLowerCase();
  const shown = fields.data.filter(
    (f) => !needle || f.code.includes(needle) || Object.values(f.names).some((n) => n.toLowerCase().includes(needle)),
  );
  // the preview shows the field being edited as typed
  const editedCode = editing?.kind === 'field' ? editing.field.code : null;
  const previewFields =
    draft && 'scope' in draft
      ? [...fields.data.filter((f) => f.code !== editedCode), draft]
      : fields.data;
  const previewSystem =
    draft && 'key' in draft ? system.data.map((f) => (f.key === draft.key ? draft : f)) : system.data;
  const nextPosition = Math.max(0, ...fields.data.map((f) => f.position), ...system.data.map((f) => f.position)) + 1;

  return (
    <div data-testid="fields-admin">
      <h1>{t.heading}</h1>
      <p className="muted field-hint">{t.hint}</p>
      {notice && (
        <p className="notice" role="status" data-testid="fields-notice">
          {notice}
        </p>
      )}
      <div className="fields-admin">
        <div>
          <h2>{t.systemHeading}</h2>
          <table data-testid="system-fields">
            <thead>
              <tr>
                <th>{t.columnName}</th>
                <th>{t.columnType}</th>
                <th>{t.columnPosition}</th>
                <th>{t.columnState}</th>
                <th />
              </tr>
            </thead>
            <tbody>
              {system.data.map((field) => (
                <tr key={field.key} data-testid="system-field-row" data-key={field.key} className={field.active ? undefined : 'inactive'}>
                  <td className="clamp">{localName(field.names, locale)}</td>
                  <td>{t.systemTypes[field.key]}</td>
                  <td>{field.position}</td>
                  <td>
                    {[field.required ? t.required : t.optional, field.active ? null : t.inactive, field.customized ? t.customized : t.builtIn]
                      .filter(Boolean)
                      .join(' · ')}
                  </td>
                  <td className="links">
                    <button type="button" className="link" data-testid="system-field-edit" onClick={() => open({ kind: 'system', field })}>
                      {t.edit}
                    </button>
                    {field.customized && (
                      <button type="button" className="link" data-testid="system-field-reset" onClick={() => setResetting(field)}>
                        {t.reset}
                      </button>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>

          <h2>{t.fieldsHeading}</h2>
          <div className="button-row">
            <input type="search" aria-label={t.search} placeholder={t.search} value={q} onChange={(e) => setQ(e.target.value)}
              data-testid="fields-search" />
            {editing?.kind !== 'new' && (
              <button type="button" className="secondary" data-testid="fields-add" onClick={() => open({ kind: 'new' })}>
                {t.add}
              </button>
            )}
          </div>
          {shown.length === 0 ? (
            <p className="muted" data-testid="fields-empty">
              {needle ? format(t.noMatch, { q: q.trim() }) : t.none}
            </p>
          ) : (
            <table data-testid="fields-list">
              <thead>
                <tr>
                  <th>{t.columnCode}</th>
                  <th>{t.columnName}</th>
                  <th>{t.columnType}</th>
                  <th>{t.columnInquiryTypes}</th>
                  <th>{t.columnPosition}</th>
                  <th>{t.columnState}</th>
                  <th />
                </tr>
              </thead>
              <tbody>
                {shown.map((field) => (
                  <tr key={field.code} data-testid="field-row" data-code={field.code} className={field.active ? undefined : 'inactive'}>
                    <td>
                      <code>{field.code}</code>
                    </td>
                    <td className="clamp">{localName(field.names, locale)}</td>
                    <td>
                      {t.types[field.type]} <span className="muted">({t.scopes[field.scope]})</span>
                    </td>
                    <td>
                      {field.scope === 'CUSTOMER'
                        ? field.inquiryTypeIds.map((id) => typeNames.get(id) ?? id).join(', ') || t.noType
                        : '—'}
                    </td>
                    <td>{field.position}</td>
                    <td>
                      {[
                        field.required ? t.required : null,
                        field.encrypted ? t.encrypted : null,
                        field.adminOnly ? t.adminOnly : null,
                        field.active ? null : t.inactive,
                      ]
                        .filter(Boolean)
                        .join(' · ')}
                    </td>
                    <td className="links">
                      <button type="button" className="link" data-testid="field-edit" onClick={() => open({ kind: 'field', field })}>
                        {t.edit}
                      </button>
                      <button type="button" className="link danger-link" data-testid="field-delete" onClick={() => setDeleting(field)}>
                        {t.delete}
                      </button>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
          {(editing?.kind === 'new' || editing?.kind === 'field') && (
            <FieldForm
              key={editing.kind === 'field' ? editing.field.code : 'new'}
              code={code}
              field={editing.kind === 'field' ? editing.field : null}
              languages={languages.data}
              types={types.data}
              defaultPosition={nextPosition}
              onDraft={onFieldDraft}
              onSaved={(saved) => close(format(t.saved, { code: saved.code }))}
              onClose={() => close(null)}
            />
          )}
          {editing?.kind === 'system' && (
            <SystemFieldForm
              key={editing.field.key}
              code={code}
              field={editing.field}
              languages={languages.data}
              onDraft={onSystemDraft}
              onSaved={() => close(t.systemSaved)}
              onClose={() => close(null)}
            />
          )}
        </div>
        <FormPreview system={previewSystem} fields={previewFields} types={types.data} />
      </div>
      {deleting && (
        <DeleteField code={code} field={deleting} onClose={() => setDeleting(null)}
          onDeleted={() => {
            setDeleting(null);
            if (editing?.kind === 'field' && editing.field.code === deleting.code) close(null);
            setNotice(format(t.deleted, { code: deleting.code }));
          }} />
      )}
      {resetting && (
        <ResetSystemField code={code} field={resetting} onClose={() => setResetting(null)}
          onReset={() => {
            setResetting(null);
            if (editing?.kind === 'system' && editing.field.key === resetting.key) close(null);
            setNotice(t.systemResetDone);
          }} />
      )}
    </div>
  );
}

function DeleteField({ code, field, onClose, onDeleted }: { code: string; field: FieldDefinition; onClose: () => void; onDeleted: () => void }) {
  const { m, locale } = useI18n();
  const t = m.fieldsAdmin;
  const remove = useDeleteField(code);
  return (
    <ConfirmDialog
      title={t.deleteTitle}
      message={format(t.deleteConfirm, { name: localName(field.names, locale), code: field.code })}
      confirmLabel={t.delete}
      danger
      busy={remove.isPending}
      onCancel={onClose}
      onConfirm={() => remove.mutate(field.code, { onSuccess: onDeleted })}
    >
      {remove.isError && <ErrorMessage error={remove.error} fallback={t.deleteFailed} />}
    </ConfirmDialog>
  );
}

function ResetSystemField({ code, field, onClose, onReset }: { code: string; field: SystemFieldView; onClose: () => void; onReset: () => void }) {
  const { m, locale } = useI18n();
  const t = m.fieldsAdmin;
  const reset = useResetSystemField(code);
  return (
    <ConfirmDialog
      title={t.resetTitle}
      message={format(t.resetConfirm, { name: localName(field.names, locale) })}
      confirmLabel={t.reset}
      busy={reset.isPending}
      onCancel={onClose}
      onConfirm={() => reset.mutate(field.key, { onSuccess: onReset })}
    >
      {reset.isError && <ErrorMessage error={reset.error} fallback={t.saveFailed} />}
    </ConfirmDialog>
  );
}
