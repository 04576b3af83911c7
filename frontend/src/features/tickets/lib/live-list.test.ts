import { describe, expect, it } from 'vitest';
import { testTicket } from '../components/test-ticket';
import type { TicketPage } from '../api/types';
import { compareTickets, visibleTickets } from './live-list';

const t = (n: number, overrides = {}) =>
  testTicket({ id: `id-${String(n).padStart(3, '0')}`, number: `CS-${n}`, createdAt: new Date(Date.UTC(2026, 0, 1, 0, n)).toISOString(), ...overrides });
/** Tickets n, n-1, … (newest first), as the server pages them. */
const page = (from: number, count: number, next: string | null): TicketPage => ({
  items: Array.from({ length: count }, (_, i) => t(from - i)),
  next,
});
const numbers = (p: TicketPage) => p.items.map((x) => x.number);

describe('visibleTickets', () => {
  it('is the first page alone while nothing more was loaded', () => {
    expect(numbers(visibleTickets(page(10, 3, 'c'), undefined, 'created'))).toEqual(['CS-10', 'CS-9', 'CS-8']);
  });

  it('keeps a ticket that newer ones pushed out of the first page, once more pages were loaded', () => {
    const loaded = { items: [...page(10, 3, 'c1').items, ...page(7, 3, 'c2').items], next: 'c2' };
    // two new tickets arrived: the polled first page now ends with CS-10
    const head = { items: [t(12), t(11), t(10)], next: 'c3' };
    const shown = visibleTickets(head, loaded, 'created');
    expect(numbers(shown)).toEqual(['CS-12', 'CS-11', 'CS-10', 'CS-9', 'CS-8', 'CS-7', 'CS-6', 'CS-5']);
    expect(shown.next).toBe('c2');
  });

  it('drops a loaded copy of a ticket that left the first page range, and shows the fresh one of one still in it', () => {
    const loaded = { items: [...page(10, 3, 'c1').items, ...page(7, 2, 'c2').items], next: 'c2' };
    // CS-9 was kept by someone and left "unassigned"; CS-10 changed status
    const head = { items: [t(10, { status: 'IN_PROGRESS' }), t(8), t(7)], next: 'c3' };
    const shown = visibleTickets(head, loaded, 'created');
    expect(numbers(shown)).toEqual(['CS-10', 'CS-8', 'CS-7', 'CS-6']);
    expect(shown.items[0]!.status).toBe('IN_PROGRESS');
  });

  it('forgets what was loaded when the first page is the whole list again', () => {
    const loaded = { items: page(10, 6, null).items, next: null };
    expect(numbers(visibleTickets(page(10, 2, null), loaded, 'created'))).toEqual(['CS-10', 'CS-9']);
  });
});

describe('compareTickets', () => {
  it('orders by priority, then newest created, as the server does', () => {
    const list = [t(1, { priority: 'URGENT' }), t(3, { priority: 'LOW' }), t(2, { priority: 'URGENT' }), t(4)];
    expect(list.sort(compareTickets('priority')).map((x) => x.number)).toEqual(['CS-2', 'CS-1', 'CS-4', 'CS-3']);
  });

  it('orders by the last change for "updated"', () => {
    const list = [t(1, { updatedAt: '2026-02-01T00:00:00Z' }), t(2, { updatedAt: '2026-01-15T00:00:00Z' })];
    expect(list.sort(compareTickets('updated')).map((x) => x.number)).toEqual(['CS-1', 'CS-2']);
  });
});
