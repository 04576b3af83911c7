import type { BulkAction, BulkJob, BulkProblem, BulkTicket } from '../api/bulk-jobs';
import { BULK_ACTIONS } from '../api/bulk-jobs';

/** The tickets of the selection that allow the action; a ticket whose allowed actions are unknown counts. */
export function ticketsAllowing(tickets: BulkTicket[], action: BulkAction): BulkTicket[] {
  return tickets.filter((t) => !t.allowedActions || t.allowedActions.includes(action));
}

/** The actions at least one selected ticket allows, in the bar's order. */
export function availableActions(tickets: BulkTicket[]): BulkAction[] {
  return BULK_ACTIONS.filter((action) => ticketsAllowing(tickets, action).length > 0);
}

export const isReply = (action: BulkAction) => action === 'comment' || action === 'hold' || action === 'resolve';

/** Processed so far (done or failed), as a share of all. */
export function progressOf(job: Pick<BulkJob, 'done' | 'failed' | 'total'>) {
  return { processed: job.done + job.failed, total: job.total };
}

export type ProblemTexts = Record<string, string>;

/**
 * A failed ticket's reason in the user's language where its code is known (stale version, status, right, not
 * found, forbidden words); otherwise the server's detail.
 */
export function problemText(problem: BulkProblem, texts: ProblemTexts, forbiddenWords: (words: string) => string) {
  if (problem.forbiddenWords?.length) return forbiddenWords(problem.forbiddenWords.join(', '));
  return (problem.code && texts[problem.code]) || problem.detail || problem.title || String(problem.status);
}

/**
 * One key per request the user sends: the same request again (a retry after a lost answer) keeps its key, so the
 * server starts the job once; a changed request gets a new one.
 */
export function keyFor(previous: { request: string; key: string } | null, request: string, newKey: () => string) {
  return previous && previous.request === request ? previous : { request, key: newKey() };
}
