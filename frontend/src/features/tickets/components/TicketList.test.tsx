import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { ServiceTimeZonesProvider } from '../../../i18n';
import { fakeServer, noContent } from '../../../test/fake-server';
import { jsonResponse, problemResponse, renderWithProviders } from '../../../test/render';
import type { ListSelection, Ticket, TicketPage } from '../api/types';
import { TicketList } from './TicketList';
import { testSla } from './test-sla';

const list = (view = 'all') => (
  <TicketList query={{ view }} heading="All tickets" linkTo={(t) => `/views/${view}/${t.id}`} />
);

function ticket(n: number, overrides: Partial<Ticket> = {}): Ticket {
  return {
    id: `id-${n}`,
    number: `CS-${n}`,
    serviceCode: 'CS',
    title: `Ticket ${n}`,
    content: '…',
    channel: 'EMAIL',
    status: 'UNASSIGNED',
    group: null,
    assignee: null,
    customer: { email: 'c@example.com', name: 'C' },
    createdAt: '2026-01-05T09:00:00Z',
    updatedAt: '2026-01-05T09:00:00Z',
    version: 0,
    ...overrides,
  };
}

describe('TicketList', () => {
  it('shows number, title, status label, channel badge, group and assignee', async () => {
    const page: TicketPage = {
      items: [
        ticket(2, {
          status: 'IN_PROGRESS',
          channel: 'PHONE',
          group: { id: 'g', name: 'Support' },
          assignee: { username: 'bob', displayName: 'Bob Kim' },
        }),
        ticket(1),
      ],
      next: null,
    };
    const fetchFn = vi.fn(async () => jsonResponse(page)) as unknown as typeof fetch & ReturnType<typeof vi.fn>;
    renderWithProviders(<TicketList query={{ view: 'all' }} heading="All tickets" linkTo={(t) => `/tickets/${t.id}`} />, { fetchFn });

    const rows = await screen.findAllByTestId('ticket-row');
    expect(rows).toHaveLength(2);
    const first = within(rows[0]!);
    expect(first.getByTestId('ticket-number')).toHaveTextContent('CS-2');
    expect(first.getByTestId('ticket-title')).toHaveTextContent('Ticket 2');
    expect(first.getByTestId('ticket-status')).toHaveTextContent('In progress');
    expect(first.getByTestId('channel-badge')).toHaveTextContent('Phone');
    expect(first.getByTestId('channel-badge')).toHaveClass('channel-PHONE');
    expect(first.getByTestId('ticket-group')).toHaveTextContent('Support');
    expect(first.getByTestId('ticket-assignee')).toHaveTextContent('Bob Kim');
    expect(within(rows[1]!).getByTestId('ticket-assignee')).toHaveTextContent('Unassigned');
    expect(first.getByRole('link', { name: 'CS-2' })).toHaveAttribute('href', '/tickets/id-2');
    expect(String(fetchFn.mock.calls[0]![0])).toBe('/api/v1/tickets?view=all&limit=50');
  });

  it('loads the next page with the cursor of the previous one', async () => {
    const fetchFn = vi.fn(async (url: string) =>
      url.includes('cursor=c1') ? jsonResponse({ items: [ticket(1)], next: null }) : jsonResponse({ items: [ticket(2)], next: 'c1' }),
    ) as unknown as typeof fetch;
    const user = userEvent.setup();
    renderWithProviders(<TicketList query={{ view: 'my-in-progress' }} heading="My tickets in progress" linkTo={(t) => `/tickets/${t.id}`} />, { fetchFn });

    await user.click(await screen.findByRole('button', { name: 'Load more' }));

    await waitFor(() => expect(screen.getAllByTestId('ticket-row')).toHaveLength(2));
    expect(screen.getAllByTestId('ticket-number').map((cell) => cell.textContent)).toEqual(['CS-2', 'CS-1']);
    expect(screen.queryByRole('button', { name: 'Load more' })).not.toBeInTheDocument();
  });

  it('polls, so an assignment made by routing appears without reloading', async () => {
    let assigned = false;
    const fetchFn = vi.fn(async () => {
      const page = { items: [ticket(3, assigned ? { status: 'IN_PROGRESS', assignee: { username: 'carol', displayName: 'Carol Sato' } } : {})], next: null };
      assigned = true;
      return jsonResponse(page);
    }) as unknown as typeof fetch;
    renderWithProviders(<TicketList query={{ view: 'all' }} heading="All tickets" linkTo={(t) => `/tickets/${t.id}`} />, { fetchFn });

    expect(await screen.findByTestId('ticket-assignee')).toHaveTextContent('Unassigned');
    await waitFor(() => expect(screen.getByTestId('ticket-assignee')).toHaveTextContent('Carol Sato'), { timeout: 4_000 });
    expect(screen.getByTestId('ticket-status')).toHaveTextContent('In progress');
  });

  it('shows an empty state', async () => {
    renderWithProviders(<TicketList query={{ view: 'my-in-progress' }} heading="My tickets in progress" linkTo={(t) => `/tickets/${t.id}`} />, { fetchFn: (async () => jsonResponse({ items: [], next: null })) as typeof fetch });
    expect(await screen.findByTestId('ticket-list-empty')).toHaveTextContent('No tickets yet.');
  });

  it('stars and unstars a ticket with one click each, shown at once', async () => {
    const user = userEvent.setup();
    const server = fakeServer(
      (url, init) => (url.pathname.endsWith('/star') && init?.method !== 'GET' ? noContent() : undefined),
      () => jsonResponse({ items: [ticket(5, { starred: false })], next: null }),
    );
    renderWithProviders(list(), { fetchFn: server.fetchFn });
    const star = await screen.findByRole('button', { name: 'Mark as important: CS-5' });
    expect(star).toHaveTextContent('☆');
    expect(star).toHaveAttribute('aria-pressed', 'false');

    await user.click(star);
    expect(screen.getByTestId('star-toggle')).toHaveTextContent('★');
    expect(server.calls).toContain('PUT /api/v1/tickets/id-5/star');

    await user.click(screen.getByRole('button', { name: 'Remove the important mark: CS-5' }));
    expect(screen.getByTestId('star-toggle')).toHaveTextContent('☆');
    expect(server.calls).toContain('DELETE /api/v1/tickets/id-5/star');
  });

  it('takes the star back and says so when the server refuses it', async () => {
    const user = userEvent.setup();
    const server = fakeServer(
      (url) =>
        url.pathname.endsWith('/star')
          ? problemResponse({ status: 404, title: 'Not Found', detail: 'There is no ticket id-5 you may see.' })
          : undefined,
      () => jsonResponse({ items: [ticket(5)], next: null }),
    );
    renderWithProviders(list(), { fetchFn: server.fetchFn });
    await user.click(await screen.findByTestId('star-toggle'));
    expect(await screen.findByText('The important mark could not be changed.')).toBeInTheDocument();
    expect(screen.getByTestId('star-toggle')).toHaveTextContent('☆');
  });

  it('shows the unread mark, the priority and the channel colour of each ticket', async () => {
    renderWithProviders(list(), {
      fetchFn: (async () => jsonResponse({ items: [ticket(7, { unread: true, priority: 'URGENT', channel: 'CHAT' }), ticket(6)], next: null })) as typeof fetch,
    });
    const [first, second] = await screen.findAllByTestId('ticket-row');
    expect(within(first!).getByTestId('unread-mark')).toHaveTextContent('Changed since you last opened it');
    expect(within(second!).queryByTestId('unread-mark')).toBeNull();
    expect(within(first!).getByTestId('priority-badge')).toHaveTextContent('Urgent');
    expect(first).toHaveClass('channel-edge-CHAT');
  });

  it('re-reads only the first page after more were loaded', async () => {
    const user = userEvent.setup();
    const server = fakeServer((url) =>
      jsonResponse(url.searchParams.get('cursor') === 'c1' ? { items: [ticket(1)], next: null } : { items: [ticket(2)], next: 'c1' }),
    );
    renderWithProviders(list(), { fetchFn: server.fetchFn });
    await user.click(await screen.findByRole('button', { name: 'Load more' }));
    await waitFor(() => expect(screen.getAllByTestId('ticket-row')).toHaveLength(2));
    const firstPages = () => server.calls.filter((c) => c === 'GET /api/v1/tickets?view=all&limit=50').length;
    const before = firstPages();
    await waitFor(() => expect(firstPages()).toBeGreaterThan(before), { timeout: 4_000 });
    expect(server.calls.filter((c) => c.includes('cursor='))).toEqual(['GET /api/v1/tickets?view=all&limit=50&cursor=c1']);
    expect(screen.getAllByTestId('ticket-number').map((cell) => cell.textContent)).toEqual(['CS-2', 'CS-1']);
  });

  it("shows dates in the ticket's service time zone", async () => {
    renderWithProviders(
      <ServiceTimeZonesProvider zones={{ CS: 'Asia/Tokyo' }}>{list()}</ServiceTimeZonesProvider>,
      { fetchFn: (async () => jsonResponse({ items: [ticket(1)], next: null })) as typeof fetch },
    );
    // 09:00 UTC is 18:00 in Tokyo
    expect(await screen.findByTestId('ticket-created')).toHaveTextContent(/Jan 5, 2026, 6:00\sPM/);
  });

  it("shows each row's SLA badge from the list's own answer, with no request of its own", async () => {
    const soon = new Date(Date.now() + 80 * 60_000 + 30_000).toISOString();
    const page: TicketPage = {
      items: [
        ticket(1, { sla: testSla({ overdue: true }, [{ state: 'BREACHED', breached: true }]) }),
        ticket(2, { sla: testSla({ nextDueAt: soon }, [{ dueAt: soon }]) }),
        ticket(3, { sla: testSla({}, [{ state: 'PAUSED' }]) }),
        ticket(4, { sla: null }),
        ticket(5),
      ],
      next: null,
    };
    const server = fakeServer(() => jsonResponse(page));
    renderWithProviders(
      <ServiceTimeZonesProvider zones={{ CS: 'Asia/Seoul' }}>{list()}</ServiceTimeZonesProvider>,
      { fetchFn: server.fetchFn },
    );
    const rows = await screen.findAllByTestId('ticket-row');
    const badge = (i: number) => within(within(rows[i]!).getByTestId('ticket-sla')).queryByTestId('sla-badge');
    expect(badge(0)).toHaveTextContent('Overdue');
    expect(badge(0)).toHaveClass('sla-overdue');
    // the due time alone, or with its date once it falls on the next day in Seoul
    expect(badge(1)).toHaveTextContent(/^Due in 1h 2[01]m · (.+, )?\d{1,2}:\d\d/);
    expect(badge(2)).toHaveTextContent('Paused');
    expect(badge(3)).toBeNull();
    expect(badge(4)).toBeNull();
    expect(screen.getByRole('columnheader', { name: 'SLA' })).toBeInTheDocument();
    expect(new Set(server.calls)).toEqual(new Set(['GET /api/v1/tickets?view=all&limit=50']));
  });

  describe('selection for bulk processing', () => {
    const page: TicketPage = { items: [ticket(1), ticket(2), ticket(3)], next: null };
    const selected = (selection: ListSelection) => (
      <output data-testid="selection">{selection.tickets.map((t) => t.number).join(',')}</output>
    );

    it('has no checkboxes without bulk tools', async () => {
      const { fetchFn } = fakeServer(() => jsonResponse(page));
      renderWithProviders(list(), { fetchFn });
      await screen.findAllByTestId('ticket-row');
      expect(screen.queryByTestId('bulk-select-all')).not.toBeInTheDocument();
      expect(screen.queryByTestId('bulk-select-id-1')).not.toBeInTheDocument();
    });

    it('selects rows one by one or the whole page, by mouse or keyboard, and hands them to the bulk tools', async () => {
      const { fetchFn } = fakeServer(() => jsonResponse(page));
      renderWithProviders(
        <TicketList query={{ view: 'all' }} heading="All" linkTo={(t) => `/tickets/${t.id}`} bulkTools={selected} />,
        { fetchFn },
      );
      await userEvent.click(await screen.findByTestId('bulk-select-id-2'));
      expect(screen.getByTestId('selection')).toHaveTextContent('CS-2');
      expect(screen.getByRole('checkbox', { name: 'Select CS-2' })).toBeChecked();
      const all = screen.getByTestId('bulk-select-all') as HTMLInputElement;
      expect(all.indeterminate).toBe(true);

      all.focus();
      await userEvent.keyboard(' ');
      expect(screen.getByTestId('selection')).toHaveTextContent('CS-1,CS-2,CS-3');
      expect(all).toBeChecked();
      await userEvent.click(all);
      expect(screen.getByTestId('selection')).toBeEmptyDOMElement();
    });

    it('clears the selection when the view changes, and refresh re-reads the list', async () => {
      const server = fakeServer(() => jsonResponse(page));
      const tools = (selection: ListSelection) => (
        <>
          {selected(selection)}
          <button type="button" onClick={selection.refresh}>
            refresh
          </button>
        </>
      );
      function SwitchingViews() {
        const [view, setView] = useState('all');
        return (
          <>
            <button type="button" onClick={() => setView('my-in-progress')}>
              other view
            </button>
            <TicketList query={{ view }} heading={view} linkTo={(t) => `/tickets/${t.id}`} bulkTools={tools} />
          </>
        );
      }
      renderWithProviders(<SwitchingViews />, { fetchFn: server.fetchFn });
      await userEvent.click(await screen.findByTestId('bulk-select-id-1'));
      expect(screen.getByTestId('selection')).toHaveTextContent('CS-1');
      const reads = server.calls.length;
      await userEvent.click(screen.getByRole('button', { name: 'refresh' }));
      await waitFor(() => expect(server.calls.length).toBeGreaterThan(reads));

      await userEvent.click(screen.getByRole('button', { name: 'other view' }));
      await waitFor(() => expect(screen.getByTestId('selection')).toBeEmptyDOMElement());
    });
  });
});
