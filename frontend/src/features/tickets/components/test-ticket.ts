import type { Ticket } from '../api/types';

/** What ticket-service allows the assignee in each status (`allowedActions` of the ticket views). */
const ASSIGNEE_ACTIONS: Record<string, string[]> = {
  UNASSIGNED: ['keep', 'comment', 'internal-resolution'],
  IN_PROGRESS: ['forward', 'comment', 'hold', 'resolve', 'internal-resolution'],
  INTERNALLY_RESOLVED: ['comment', 'restore'],
  RESOLVED: ['comment'],
};

/**
 * A ticket as ticket-service answers it to its assignee, for the component tests; `overrides` set what a test
 * is about (the allowed actions follow the status unless given).
 */
export const testTicket = (overrides: Partial<Ticket> = {}): Ticket => {
  const status = overrides.status ?? 'IN_PROGRESS';
  return {
    id: 't-1',
    number: 'CS-1',
    serviceCode: 'CS',
    title: 'Refund',
    content: 'Charged twice',
    channel: 'EMAIL',
    group: { id: 'g', name: 'Support' },
    assignee: { username: 'bob', displayName: 'Bob Kim' },
    customer: { email: 'kim@example.com' },
    createdAt: '2026-11-27T00:00:00Z',
    updatedAt: '2026-11-27T00:00:00Z',
    version: 1,
    allowedActions: ASSIGNEE_ACTIONS[status] ?? ['comment'],
    ...overrides,
    status,
  };
};
