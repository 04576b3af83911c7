import { useEffect, useState } from 'react';
import { format, useI18n } from '../../../i18n';
import type { BulkAction, BulkTicket } from '../api/bulk-jobs';
import { useUnfinishedJobIds } from '../hooks/use-bulk-jobs';
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
 * action's dialog, then the job's progress and results. Starting a job clears the selection; its progress stays, and
 * a job still running when the page is opened again shows its progress too.
 */
export function BulkBar({ tickets, onClear, onFinished, replyTools }: BulkBarProps) {
  const { m } = useI18n();
  const [action, setAction] = useState<BulkAction | null>(null);
  const [jobIds, setJobIds] = useState<string[]>([]);
  const show = (ids: string[]) => setJobIds((shown) => [...shown, ...ids.filter((id) => !shown.includes(id))]);
  const unfinished = useUnfinishedJobIds();
  const unfinishedKey = unfinished.join();
  useEffect(() => show(unfinished), [unfinishedKey]);
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
            show([job.id]);
            onClear();
          }}
        />
      )}
      {jobIds.map((jobId) => (
        <BulkProgress
          key={jobId}
          jobId={jobId}
          onFinished={onFinished}
          onClose={() => setJobIds((shown) => shown.filter((id) => id !== jobId))}
        />
      ))}
    </>
  );
}
