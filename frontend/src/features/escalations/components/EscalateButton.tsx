import { useState } from 'react';
import { useI18n } from '../../../i18n';
import type { EscalatedTicket } from '../api/types';
import { EscalateDialog } from './EscalateDialog';

/** "Escalate" among the ticket's actions (shown by the ticket page when the server allows `escalate`). */
export function EscalateButton({ ticket, onEscalated }: { ticket: EscalatedTicket; onEscalated: () => void }) {
  const { m } = useI18n();
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" className="secondary" data-testid="action-escalate" onClick={() => setOpen(true)}>
        {m.escalation.escalate}
      </button>
      {open && <EscalateDialog ticket={ticket} onClose={() => setOpen(false)} onEscalated={onEscalated} />}
    </>
  );
}
