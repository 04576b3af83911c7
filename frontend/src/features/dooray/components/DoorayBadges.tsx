import { useI18n } from '../../../i18n';
import type { DoorayEscalation } from '../api/types';

/**
 * Where the Dooray task is: its workflow class (registered / working / closed) once Dooray has it, else the
 * escalation's own state (being created, failed).
 */
export function DoorayStateBadge({ escalation }: { escalation: DoorayEscalation }) {
  const { m } = useI18n();
  const d = m.dooray;
  const workflow = escalation.status === 'FAILED' ? null : escalation.workflowClass;
  const key = workflow ?? escalation.status;
  const label = workflow ? d.workflow[workflow] : (d.status[escalation.status] ?? escalation.status);
  return (
    <span
      className={`badge dooray-state dooray-${key}`}
      data-testid="dooray-state"
      data-workflow={workflow ?? undefined}
      data-status={escalation.status}
    >
      {label}
    </span>
  );
}
