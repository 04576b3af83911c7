import { useId, useState, type KeyboardEvent } from 'react';
import { Dialog } from '../../../components/Dialog';
import { ErrorMessage } from '../../../components/ErrorMessage';
import { format, useI18n } from '../../../i18n';
import type { MailPreview, MailType } from '../api/types';
import { useMailPreview } from '../hooks/use-mail-preview';
import { previewDocument, wordInContext } from '../lib/preview-document';

export interface MailPreviewDialogProps {
  ticketId: string;
  body: string;
  bodyFormat: 'TEXT' | 'HTML';
  /** The reply types the ticket allows now; the first is shown first. */
  types: MailType[];
  onClose: () => void;
}

/** The mail the customer would get for this reply: envelope, rendered HTML, plain text, forbidden words. */
export function MailPreviewDialog({ ticketId, body, bodyFormat, types, onClose }: MailPreviewDialogProps) {
  const { m } = useI18n();
  const [type, setType] = useState<MailType>(types[0] ?? 'RESOLVE');
  const query = useMailPreview({ ticketId, type, body, bodyFormat });

  return (
    <Dialog title={m.mailPreview.title} onClose={onClose} className="wide mail-preview" testId="mail-preview">
      {types.length > 1 && (
        <fieldset className="segmented">
          <legend>{m.mailPreview.type}</legend>
          {types.map((t) => (
            <label key={t}>
              <input type="radio" name="mail-preview-type" value={t} checked={type === t} onChange={() => setType(t)} />
              {m.mailPreview.types[t] ?? t}
            </label>
          ))}
        </fieldset>
      )}
      {types.length === 1 && <p className="muted">{m.mailPreview.types[type] ?? type}</p>}
      {query.isPending && <p className="muted">{m.mailPreview.loading}</p>}
      {query.isError && <ErrorMessage error={query.error} fallback={m.mailPreview.failed} />}
      {query.data && <PreviewContent preview={query.data} />}
    </Dialog>
  );
}

function PreviewContent({ preview }: { preview: MailPreview }) {
  const { m } = useI18n();
  const hits = preview.forbiddenWords ?? [];
  return (
    <>
      <dl className="fields mail-envelope">
        <dt>{m.mailPreview.from}</dt>
        <dd data-testid="preview-from">{preview.from}</dd>
        <dt>{m.mailPreview.to}</dt>
        <dd data-testid="preview-to">{preview.to}</dd>
        <dt>{m.mailPreview.subject}</dt>
        <dd data-testid="preview-subject">{preview.subject}</dd>
      </dl>
      <MailParts preview={preview} />
      <section className="forbidden-words" aria-labelledby="preview-forbidden-heading" data-testid="preview-forbidden">
        <h3 id="preview-forbidden-heading">{m.mailPreview.forbiddenWords}</h3>
        {hits.length === 0 ? (
          <p className="muted">{m.mailPreview.noForbiddenWords}</p>
        ) : (
          <>
            <p className="field-error" role="status">
              {format(m.mailPreview.forbiddenFound, { count: hits.length })}
            </p>
            <ul>
              {hits.map((hit, i) => {
                const context = wordInContext(preview.text, hit);
                return (
                  <li key={`${hit.start}-${i}`} data-testid="forbidden-word">
                    <strong>{hit.word}</strong>{' '}
                    <span className="muted">
                      {context.before}
                      <mark className="forbidden-word">{context.word}</mark>
                      {context.after}
                    </span>
                  </li>
                );
              })}
            </ul>
          </>
        )}
      </section>
    </>
  );
}

const PARTS = ['html', 'text'] as const;
type Part = (typeof PARTS)[number];

/** Tabs (arrow keys move between them) for the HTML part, shown sandboxed, and the plain-text part. */
function MailParts({ preview }: { preview: MailPreview }) {
  const { m } = useI18n();
  const id = useId();
  const [part, setPart] = useState<Part>('html');
  const label: Record<Part, string> = { html: m.mailPreview.html, text: m.mailPreview.text };

  function onKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    const step = event.key === 'ArrowRight' ? 1 : event.key === 'ArrowLeft' ? -1 : 0;
    if (!step) return;
    event.preventDefault();
    const next = PARTS[(PARTS.indexOf(part) + step + PARTS.length) % PARTS.length]!;
    setPart(next);
    document.getElementById(`${id}-tab-${next}`)?.focus();
  }

  return (
    <div className="mail-parts">
      <div role="tablist" aria-label={m.mailPreview.views} className="tabs" onKeyDown={onKeyDown}>
        {PARTS.map((p) => (
          <button
            key={p}
            type="button"
            role="tab"
            id={`${id}-tab-${p}`}
            aria-selected={part === p}
            aria-controls={`${id}-panel-${p}`}
            tabIndex={part === p ? 0 : -1}
            className={part === p ? 'tab active' : 'tab'}
            onClick={() => setPart(p)}
          >
            {label[p]}
          </button>
        ))}
      </div>
      <div role="tabpanel" id={`${id}-panel-html`} aria-labelledby={`${id}-tab-html`} hidden={part !== 'html'}>
        <iframe
          className="mail-frame"
          title={m.mailPreview.frameTitle}
          sandbox=""
          srcDoc={previewDocument(preview.markedHtml ?? preview.html)}
          data-testid="preview-html"
        />
      </div>
      <div role="tabpanel" id={`${id}-panel-text`} aria-labelledby={`${id}-tab-text`} hidden={part !== 'text'} tabIndex={0}>
        <pre className="mail-text" data-testid="preview-text">
          {preview.text}
        </pre>
      </div>
    </div>
  );
}
