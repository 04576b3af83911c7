import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { jsonResponse, problemResponse, renderWithProviders } from '../../../test/render';
import type { Ticket } from '../api/types';
import { ticketKeys } from '../api/tickets';
import { TicketDetail } from './TicketDetail';
import { testTicket } from './test-ticket';

const seen: Ticket = testTicket({ version: 3 });

/** ticket-service over a fake fetch: GETs answer `current()`, actions answer `action()`. */
function server(current: () => Ticket, action: () => Response) {
  return vi.fn(async (input: RequestInfo | URL, init?: RequestInit) => {
    const url = String(input);
    if (init?.method === 'POST') return action();
    if (url === '/api/v1/tickets/t-1') return jsonResponse(current());
    return jsonResponse([]);
  });
}

describe('TicketDetail', () => {
  it('on a change someone else made first, says so and shows the fresh ticket', async () => {
    let current = seen;
    const fetchFn = server(
      () => current,
      () => {
        current = { ...seen, status: 'RESOLVED', version: 4, assignee: { username: 'alice', displayName: 'Alice' } };
        return problemResponse({
          type: 'https://switchboard.dev/problems/stale-version',
          title: 'Conflict',
          status: 409,
          detail: 'Ticket CS-1 has changed (version 4, you sent 3); reload it and try again.',
        });
      },
    );
    renderWithProviders(<TicketDetail id="t-1" backTo="/views/all" />, { fetchFn: fetchFn as unknown as typeof fetch });
    await userEvent.type(await screen.findByLabelText('Reply or comment'), 'On it');
    await userEvent.click(screen.getByTestId('action-hold'));

    expect(await screen.findByTestId('stale-version')).toHaveTextContent('Someone else changed this in the meantime.');
    await waitFor(() => expect(screen.getByTestId('detail-status')).toHaveTextContent('Resolved'));
    expect(screen.getByTestId('detail-assignee')).toHaveTextContent('Alice');
    const post = fetchFn.mock.calls.find(([, init]) => init?.method === 'POST')!;
    expect((post[1]!.headers as Record<string, string>)['If-Match']).toBe('"3"');
    expect(screen.getByLabelText('Reply or comment')).toHaveValue('On it');
  });

  it('offers actions only on the ticket as it is now, not on an older copy from the cache', async () => {
    let answer: (ticket: Response) => void = () => {};
    const fetchFn = vi.fn((input: RequestInfo | URL) =>
      String(input) === '/api/v1/tickets/t-1'
        ? new Promise<Response>((resolve) => (answer = resolve))
        : Promise.resolve(jsonResponse([])),
    );
    const created = testTicket({ status: 'UNASSIGNED', version: 0, assignee: null });
    renderWithProviders(<TicketDetail id="t-1" backTo="/views/all" />, {
      fetchFn: fetchFn as unknown as typeof fetch,
      cached: [[ticketKeys.detail('t-1'), created]],
    });
    expect(screen.getByTestId('detail-status')).toHaveTextContent('Unassigned');
    expect(screen.queryByTestId('ticket-actions')).not.toBeInTheDocument();
    await waitFor(() => expect(fetchFn.mock.calls.some(([url]) => String(url) === '/api/v1/tickets/t-1')).toBe(true));
    expect(screen.queryByTestId('ticket-actions')).not.toBeInTheDocument();
    answer(jsonResponse(seen));
    expect(await screen.findByTestId('ticket-actions')).toBeInTheDocument();
    expect(screen.getByTestId('detail-status')).toHaveTextContent('In progress');
  });

  it('shows a title, content and customer name with markup as text', async () => {
    const markup = {
      ...seen,
      title: '<img src=x onerror=alert(1)>',
      content: '<script>alert(2)</script>',
      customer: { email: 'kim@example.com', name: '<b>Kim</b>' },
    };
    const fetchFn = server(() => markup, () => jsonResponse(markup));
    const { container } = renderWithProviders(<TicketDetail id="t-1" backTo="/views/all" />, { fetchFn: fetchFn as unknown as typeof fetch });
    expect(await screen.findByTestId('detail-title')).toHaveTextContent('<img src=x onerror=alert(1)>');
    expect(screen.getByTestId('detail-content')).toHaveTextContent('<script>alert(2)</script>');
    expect(screen.getByTestId('detail-customer')).toHaveTextContent('<b>Kim</b> <kim@example.com>');
    expect(container.querySelector('img, script, b')).toBeNull();
  });
});
