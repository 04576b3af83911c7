import type { Ticket } from '../api/types';

/** A ticket as ticket-service answers it, for the component tests; `overrides` set what a test is about. */
export const testTicket = (overrides: Partial<Ticket> = {}): Ticket => ({
  id: 't-1',
  number: 'CS-1',
  serviceCode: 'CS',
  title: 'Refund',
  content: 'Charged twice',
  channel: 'EMAIL',
  status: 'IN_PROGRESS',
  group: { id: 'g', name: 'Support' },
  assignee: { username: 'bob', displayName: 'Bob Kim' },
  customer: { email: 'kim@example.com' },
  createdAt: '2026-11-27T00:00:00Z',
  updatedAt: '2026-11-27T00:00:00Z',
  version: 1,
  ...overrides,
});
