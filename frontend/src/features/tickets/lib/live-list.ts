import type { Ticket, TicketPage, TicketSort } from '../api/types';

const PRIORITY_RANK: Record<string, number> = { URGENT: 3, HIGH: 2, NORMAL: 1, LOW: 0 };

/** The server's order: newest / highest first by the sort key, ties by created then id (all descending). */
export function compareTickets(sort: TicketSort): (a: Ticket, b: Ticket) => number {
  const desc = (x: string | number, y: string | number) => (x < y ? 1 : x > y ? -1 : 0);
  return (a, b) => {
    const byKey =
      sort === 'updated'
        ? desc(Date.parse(a.updatedAt), Date.parse(b.updatedAt))
        : sort === 'priority'
          ? desc(PRIORITY_RANK[a.priority ?? 'NORMAL'] ?? 1, PRIORITY_RANK[b.priority ?? 'NORMAL'] ?? 1)
          : 0;
    return byKey || desc(Date.parse(a.createdAt), Date.parse(b.createdAt)) || desc(a.id, b.id);
  };
}

/**
 * What the list shows: the first page as just polled (live), then what "load more" added (`more`, as loaded
 * then, with the cursor to continue). A ticket of `more` shows only if it is not in the first page and comes after
 * its last ticket, so a ticket that left the first page's range disappears and one pushed out by newer ones stays.
 */
export function visibleTickets(head: TicketPage, more: TicketPage | undefined, sort: TicketSort): TicketPage {
  if (!more || head.next === null || head.items.length === 0) return head;
  const inHead = new Set(head.items.map((t) => t.id));
  const last = head.items[head.items.length - 1]!;
  const after = compareTickets(sort);
  const rest = more.items.filter((t) => !inHead.has(t.id) && after(t, last) > 0);
  return { items: [...head.items, ...rest], next: more.next };
}
