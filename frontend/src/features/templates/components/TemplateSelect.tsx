import { useMutation, useQuery } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { ErrorMessage } from '../../../components/ErrorMessage';
import { format, useI18n } from '../../../i18n';
import { useApiClient } from '../../../lib/api-context';
import { htmlToText } from '../../../lib/html-text';
import { getTemplate, PICKER_SIZE, renderForNewTicket, templatesQueryOptions } from '../api/templates';
import type { NewTicketValues, RenderedTemplate } from '../api/types';

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
  const client = useApiClient();
  return (
    <TemplatePickerField
      serviceCode={serviceCode}
      fill={(templateId) => renderForNewTicket(client, serviceCode, templateId, values())}
      onApply={onApply}
    />
  );
}

/**
 * The bulk reply's template picker: the template goes into the (plain text) reply as written, with its replacement
 * codes, which the server fills from each ticket of the job.
 */
export function BulkTemplateSelect({ serviceCode, onInsert }: { serviceCode: string; onInsert: (text: string) => void }) {
  const { m } = useI18n();
  const client = useApiClient();
  return (
    <>
      <TemplatePickerField
        serviceCode={serviceCode}
        fill={async (templateId) => {
          const { id, body, format } = await getTemplate(client, serviceCode, templateId);
          return { templateId: id, body, format };
        }}
        onApply={({ body, format }) => onInsert(format === 'HTML' ? htmlToText(body) : body)}
      />
      <p className="muted" data-testid="bulk-template-hint">
        {m.templates.bulkCodesHint}
      </p>
    </>
  );
}

/** Searches the service's (and the shared) templates; a pick is filled by `fill` and handed to `onApply`. */
function TemplatePickerField({
  serviceCode,
  fill,
  onApply,
}: {
  serviceCode: string;
  fill: (templateId: string) => Promise<RenderedTemplate>;
  onApply: (rendered: RenderedTemplate) => void;
}) {
  const { m } = useI18n();
  const t = m.templates;
  const id = useId();
  const [q, setQ] = useState('');
  const [applied, setApplied] = useState<string | null>(null);
  const matches = useQuery({ ...templatesQueryOptions(useApiClient(), serviceCode, q.trim(), PICKER_SIZE), enabled: serviceCode !== '' });
  const render = useMutation({ mutationFn: fill });

  const pick = (templateId: string, title: string) =>
    render.mutate(
      templateId,
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
