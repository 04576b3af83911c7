import { useState } from 'react';
import { format, useI18n } from '../../../i18n';
import type { BulkAction, BulkTicket } from '../api/bulk-jobs';
import { availableActions } from '../lib/bulk-actions';
import { BulkDialog, type BulkReplyTools } from './BulkDialog';
import { BulkProgress } from './BulkProgress';

export interface BulkBarProps {
  /** The selected tickets of the list. */
  tickets: BulkTicket[];
  onClear: () => void;
  /** Re-reads the list, when a job has finished. */
  onFinished: () => void;
  /** E.g. a template picker in the reply dialog. */
  replyTools?: BulkReplyTools;
}

/**
 * Bulk processing (티켓 일괄 처리) above the list: how many are selected, the actions at least one of them allows, the
 * action's dialog, then the job's progress and results. Starting a job clears the selection; its progress stays.
 */
export function BulkBar({ tickets, onClear, onFinished, replyTools }: BulkBarProps) {
  const { m } = useI18n();
  const [action, setAction] = useState<BulkAction | null>(null);
  const [jobId, setJobId] = useState<string | null>(null);
  const actions = availableActions(tickets);
  return (
    <>
      {tickets.length > 0 && (
        <div className="bulk-bar" data-testid="bulk-bar" role="toolbar" aria-label={m.bulk.heading}>
          <span data-testid="bulk-count">{format(m.bulk.selected, { count: tickets.length })}</span>
          {actions.map((a) => (
            <button key={a} type="button" className="secondary" data-testid={`bulk-action-${a}`} onClick={() => setAction(a)}>
              {m.bulk.actions[a]}
            </button>
          ))}
          <button type="button" className="link" data-testid="bulk-clear" onClick={onClear}>
            {m.bulk.clear}
          </button>
        </div>
      )}
      {action && (
        <BulkDialog
          action={action}
          tickets={tickets}
          replyTools={replyTools}
          onClose={() => setAction(null)}
          onStarted={(job) => {
            setAction(null);
            setJobId(job.id);
            onClear();
          }}
        />
      )}
      {jobId && <BulkProgress key={jobId} jobId={jobId} onFinished={onFinished} onClose={() => setJobId(null)} />}
    </>
  );
}
