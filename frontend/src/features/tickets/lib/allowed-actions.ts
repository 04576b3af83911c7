import type { TicketAction } from '../api/types';

const WORKABLE = ['IN_PROGRESS', 'ON_HOLD', 'ESCALATION_ANSWERED', 'DOORAY_ANSWERED'];

/**
 * The console's copy of the server's action table (docs/ticket-lifecycle.md), only to decide which
 * buttons to show; the server still decides and answers 409 with the allowed actions.
 */
const ALLOWED: Record<TicketAction, (status: string) => boolean> = {
  keep: (s) => s === 'UNASSIGNED',
  comment: () => true,
  hold: (s) => WORKABLE.includes(s),
  resolve: (s) => WORKABLE.includes(s),
  'internal-resolution': (s) => s === 'UNASSIGNED' || WORKABLE.includes(s),
  restore: (s) => s === 'INTERNALLY_RESOLVED',
};

export function isAllowed(action: TicketAction, status: string): boolean {
  return ALLOWED[action](status);
}
