import { useI18n } from '../../../i18n';
import type { DoorayTicket } from '../api/types';
import { useDoorayConnection } from '../hooks/use-dooray';

/**
 * "Escalate to Dooray" among the ticket's actions: only when ticket-service allows `dooray-escalate` and the
 * ticket's service has a Dooray connection (none, or not yet known: no button).
 */
export function DoorayEscalateButton({ ticket, onOpen, disabled = false }: { ticket: DoorayTicket; onOpen: () => void; disabled?: boolean }) {
  const { m } = useI18n();
  const allowed = ticket.allowedActions?.includes('dooray-escalate') ?? false;
  const connection = useDoorayConnection(allowed ? ticket.serviceCode : '');
  if (!allowed || !connection.data) return null;
  return (
    <button type="button" className="secondary" onClick={onOpen} disabled={disabled} data-testid="action-dooray-escalate">
      {m.actions.doorayEscalate}
    </button>
  );
}
