import { useState } from 'react';
import { useI18n } from '../../../i18n';
import type { MailType } from '../api/types';
import { MailPreviewDialog } from './MailPreviewDialog';

/** "Preview mail" beside the reply buttons: opens the preview of the reply as typed now. */
export function MailPreviewButton({
  ticketId,
  body,
  bodyFormat = 'TEXT',
  types,
}: {
  ticketId: string;
  body: string;
  /** HTML from a rich-text reply editor. */
  bodyFormat?: 'TEXT' | 'HTML';
  types: MailType[];
}) {
  const { m } = useI18n();
  const [open, setOpen] = useState(false);
  const [missingBody, setMissingBody] = useState(false);
  if (types.length === 0) return null;

  return (
    <>
      <button
        type="button"
        className="secondary"
        data-testid="action-preview"
        onClick={() => {
          setMissingBody(!body.trim());
          if (body.trim()) setOpen(true);
        }}
      >
        {m.mailPreview.open}
      </button>
      {missingBody && !body.trim() && (
        <span className="field-error" role="status">
          {m.mailPreview.bodyRequired}
        </span>
      )}
      {open && <MailPreviewDialog ticketId={ticketId} body={body} bodyFormat={bodyFormat} types={types} onClose={() => setOpen(false)} />}
    </>
  );
}
