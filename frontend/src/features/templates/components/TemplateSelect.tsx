import { useQuery } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { ErrorMessage } from '../../../components/ErrorMessage';
import { format, useI18n } from '../../../i18n';
import { useApiClient } from '../../../lib/api-context';
import { PICKER_SIZE, templatesQueryOptions } from '../api/templates';
import type { NewTicketValues, RenderedTemplate } from '../api/types';
import { useRenderForNewTicket } from '../hooks/use-templates';

/**
 * The create form's template picker: the operator searches the service's (and the shared) templates, picks one, and
 * gets its body filled from what the form holds so far (`values()`, read at the moment of picking) through `onApply`.
 */
export function TemplateSelect({
  serviceCode,
  values,
  onApply,
}: {
  serviceCode: string;
  values: () => NewTicketValues;
  onApply: (rendered: RenderedTemplate) => void;
}) {
  const { m } = useI18n();
  const t = m.templates;
  const id = useId();
  const [q, setQ] = useState('');
  const [applied, setApplied] = useState<string | null>(null);
  const matches = useQuery({ ...templatesQueryOptions(useApiClient(), serviceCode, q.trim(), PICKER_SIZE), enabled: serviceCode !== '' });
  const render = useRenderForNewTicket(serviceCode);

  const pick = (templateId: string, title: string) =>
    render.mutate(
      { templateId, values: values() },
      {
        onSuccess: (rendered) => {
          setApplied(title);
          onApply(rendered);
        },
      },
    );

  return (
    <div className="field" data-testid="template-select">
      <label htmlFor={id}>{t.selectLabel}</label>
      <input
        id={id}
        type="search"
        value={q}
        placeholder={t.selectPlaceholder}
        onChange={(e) => {
          setQ(e.target.value);
          setApplied(null);
        }}
        data-testid="template-select-search"
      />
      {matches.data && matches.data.items.length === 0 && <p className="muted">{t.selectNone}</p>}
      {matches.data && matches.data.items.length > 0 && (
        <ul className="placeholders" aria-label={t.selectLabel}>
          {matches.data.items.map((template) => (
            <li key={template.id}>
              <button
                type="button"
                className="secondary chip"
                disabled={render.isPending}
                onClick={() => pick(template.id, template.title)}
                data-testid="template-select-option"
                data-template-id={template.id}
              >
                <code>{template.searchCode}</code> {template.title}
              </button>
            </li>
          ))}
        </ul>
      )}
      {matches.error && <ErrorMessage error={matches.error} fallback={t.loadFailed} />}
      {render.isError && <ErrorMessage error={render.error} fallback={t.selectFailed} />}
      {applied && (
        <p className="notice" role="status" data-testid="template-select-applied">
          {format(t.selectApplied, { title: applied })}
        </p>
      )}
    </div>
  );
}
