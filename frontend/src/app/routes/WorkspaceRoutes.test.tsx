import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Route, Routes } from 'react-router';
import { describe, expect, it } from 'vitest';
import { testTicket } from '../../features/tickets/components/test-ticket';
import { fakeServer, noContent, type Handler } from '../../test/fake-server';
import { setScreenWidth } from '../../test/media';
import { LocationProbe, jsonResponse, renderWithProviders } from '../../test/render';
import { ViewRoute } from './WorkspaceRoutes';

const counts = (n: number) => ({
  'my-in-progress': n,
  'my-on-hold': 0,
  'my-resolved': 1,
  'my-completed': 7,
  all: 120,
  unassigned: 4,
  'my-groups': 30,
  escalated: 0,
  spam: 2,
});
const ticketA = testTicket({ id: 'a1', number: 'CS-12', title: '결제가 두 번 되었습니다', unread: true });
const ticketB = testTicket({ id: 'b2', number: 'CS-11', title: 'Refund' });

function api(overrides: Handler[] = []) {
  let countsAsked = 0;
  return fakeServer(
    ...overrides,
    (url) => {
      if (url.pathname !== '/api/v1/tickets/counts') return undefined;
      countsAsked += 1;
      const starred = url.searchParams.get('starred') === 'true';
      const mine = starred ? 1 : countsAsked === 1 ? 3 : 4;
      return jsonResponse({ services: [{ service: 'CS', counts: counts(mine) }], total: counts(mine) });
    },
    (url) => (url.pathname === '/api/v1/tickets' ? jsonResponse({ items: [ticketA, ticketB], next: null }) : undefined),
    (url, init) => (init?.method === 'PUT' && url.pathname.endsWith('/read') ? noContent() : undefined),
    (url) => (url.pathname === '/api/v1/tickets/a1' ? jsonResponse(ticketA) : undefined),
    (url) => (/\/(events|messages)$/.test(url.pathname) ? jsonResponse([]) : undefined),
    (url) =>
      url.pathname === '/api/v1/tickets/a1/customer-history'
        ? jsonResponse([
            { id: 'a1', number: 'CS-12', title: ticketA.title, status: 'IN_PROGRESS', createdAt: ticketA.createdAt },
            { id: 'c3', number: 'CS-3', title: '지난달 결제 문의', status: 'COMPLETED', createdAt: '2026-10-01T00:00:00Z' },
          ])
        : undefined,
  );
}

function renderWorkspace(route: string, server = api()) {
  renderWithProviders(
    <>
      <Routes>
        <Route path="/views/:view" element={<ViewRoute />} />
        <Route path="/views/:view/:ticketId" element={<ViewRoute />} />
      </Routes>
      <LocationProbe />
    </>,
    { fetchFn: server.fetchFn, route },
  );
  return server;
}

const menu = () => screen.getByRole('navigation', { name: 'Ticket views' });
const countOf = (view: string) => within(screen.getByTestId(`view-${view}`)).getByTestId('view-count');

describe('the workspace', () => {
  it('lists the nine views with their counts and re-reads the counts by itself', async () => {
    renderWorkspace('/views/all');
    await waitFor(() => expect(countOf('my-in-progress')).toHaveTextContent('3'));
    const links = within(menu()).getAllByRole('link');
    expect(links.map((l) => l.querySelector('.view-name')!.textContent)).toEqual([
      'My tickets in progress',
      'My tickets on hold',
      'My resolved tickets',
      'My completed tickets',
      'All tickets',
      'All unassigned tickets',
      'All tickets in my groups',
      'All escalated tickets',
      'Spam box',
    ]);
    expect(countOf('all')).toHaveTextContent('120');
    expect(countOf('spam')).toHaveTextContent('2');
    expect(countOf('unassigned')).toHaveAttribute('title', 'CS 4');
    expect(screen.getByTestId('view-all')).toHaveAttribute('aria-current', 'page');
    await waitFor(() => expect(countOf('my-in-progress')).toHaveTextContent('4'), { timeout: 7_000 });
  }, 10_000);

  it('filters the list and the counts to important tickets, and keeps the filter on every view link', async () => {
    const user = userEvent.setup();
    const server = renderWorkspace('/views/unassigned');
    await screen.findAllByTestId('ticket-row');
    await user.click(screen.getByTestId('starred-filter'));

    expect(screen.getByTestId('location')).toHaveTextContent('/views/unassigned?starred=true');
    await waitFor(() => expect(server.calls).toContain('GET /api/v1/tickets/counts?starred=true'));
    expect(server.calls).toContain('GET /api/v1/tickets?view=unassigned&starred=true&limit=50');
    await waitFor(() => expect(countOf('my-in-progress')).toHaveTextContent('1'));
    expect(screen.getByTestId('view-spam')).toHaveAttribute('href', '/views/spam?starred=true');
  });

  it('sorts by the chosen key, kept in the address', async () => {
    const user = userEvent.setup();
    const server = renderWorkspace('/views/all');
    await user.selectOptions(await screen.findByTestId('sort-select'), 'priority');
    expect(screen.getByTestId('location')).toHaveTextContent('/views/all?sort=priority');
    await waitFor(() => expect(server.calls).toContain('GET /api/v1/tickets?view=all&sort=priority&limit=50'));
  });

  it('opens a ticket beside the list on a wide screen, marks it read, and leads back to the same view', async () => {
    setScreenWidth(1600);
    const user = userEvent.setup();
    const server = renderWorkspace('/views/my-groups?sort=updated');
    const rows = await screen.findAllByTestId('ticket-row');
    expect(within(rows[0]!).getByTestId('unread-mark')).toBeInTheDocument();

    await user.click(within(rows[0]!).getByRole('link', { name: '결제가 두 번 되었습니다' }));

    expect(screen.getByTestId('location')).toHaveTextContent('/views/my-groups/a1?sort=updated');
    const beside = await screen.findByTestId('split-ticket');
    expect(await within(beside).findByTestId('detail-number')).toHaveTextContent('CS-12');
    expect(screen.getByTestId('ticket-list')).toBeInTheDocument();
    expect(screen.getAllByTestId('ticket-row')[0]).toHaveAttribute('aria-current', 'true');
    await waitFor(() => expect(server.calls).toContain('PUT /api/v1/tickets/a1/read'));
    await waitFor(() => expect(within(screen.getAllByTestId('ticket-row')[0]!).queryByTestId('unread-mark')).toBeNull());
    // the customer's other inquiries open beside the same list
    const history = await within(beside).findAllByTestId('customer-history-item');
    expect(history).toHaveLength(1);
    expect(within(history[0]!).getByRole('link', { name: 'CS-3' })).toHaveAttribute('href', '/views/my-groups/c3?sort=updated');
    expect(history[0]).toHaveTextContent('Completed');

    await user.click(within(beside).getByTestId('back-to-list'));
    expect(screen.getByTestId('location')).toHaveTextContent(/^\/views\/my-groups\?sort=updated$/);
    expect(screen.queryByTestId('split-ticket')).not.toBeInTheDocument();
  });

  it('on a phone, shows the open ticket alone and the views behind a menu button', async () => {
    const user = userEvent.setup();
    renderWorkspace('/views/all/a1');
    const page = await screen.findByTestId('full-ticket');
    expect(await within(page).findByTestId('detail-number')).toHaveTextContent('CS-12');
    expect(screen.queryByTestId('ticket-list')).not.toBeInTheDocument();
    expect(within(page).getByTestId('back-to-list')).toHaveAttribute('href', '/views/all');

    const toggle = screen.getByTestId('menu-toggle');
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    await user.click(toggle);
    expect(toggle).toHaveAttribute('aria-expanded', 'true');
    expect(menu().closest('aside')).toHaveClass('open');
    await user.click(screen.getByTestId('view-my-on-hold'));
    expect(screen.getByTestId('location')).toHaveTextContent('/views/my-on-hold');
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
  });
});
