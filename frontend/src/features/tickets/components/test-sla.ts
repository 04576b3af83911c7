import type { SlaClock, TicketSla } from '../api/types';

/** An SLA as ticket-service shows it on a ticket, for the component tests; `overrides` set what a test is about. */
export const testSla = (overrides: Partial<TicketSla> = {}, clocks: Partial<SlaClock>[] = [{}]): TicketSla => ({
  policyId: 'p-1',
  policyName: 'Standard',
  nextDueAt: null,
  overdue: false,
  clocks: clocks.map((c) => ({
    metric: 'FIRST_RESPONSE',
    state: 'RUNNING',
    target: 'PT4H',
    dueAt: null,
    warnAt: null,
    breached: false,
    ...c,
  })),
  ...overrides,
});
