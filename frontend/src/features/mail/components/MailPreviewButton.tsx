import { useState } from 'react';
import { useI18n } from '../../../i18n';
import type { MailType } from '../api/types';
import { MailPreviewDialog } from './MailPreviewDialog';

/** "Preview mail" beside the reply buttons: opens the preview of the reply as typed now. */
export function MailPreviewButton({ ticketId, body, types }: { ticketId: string; body: string; types: MailType[] }) {
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
      {open && <MailPreviewDialog ticketId={ticketId} body={body} types={types} onClose={() => setOpen(false)} />}
    </>
  );
}
