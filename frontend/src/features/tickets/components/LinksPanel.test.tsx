import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { fakeServer, noContent } from '../../../test/fake-server';
import { jsonResponse, renderWithProviders } from '../../../test/render';
import type { TicketLink } from '../api/types';
import { LinksPanel } from './LinksPanel';
import { testTicket } from './test-ticket';

const link = (id: string, type: string, direction: string, number: string, removable = false): TicketLink => ({
  id, type, direction, removable, createdAt: '2026-11-27T00:00:00Z',
  ticket: { id: `x-${number}`, number, title: `Ticket ${number}`, status: 'RESOLVED' },
});

function server(links: TicketLink[]) {
  const calls: string[] = [];
  const fake = fakeServer((url, init) => {
    const method = init?.method ?? 'GET';
    if (method !== 'GET') calls.push(`${method} ${url.pathname} ${String(init?.body ?? '')}`.trim());
    if (url.pathname === '/api/v1/tickets/t-1/links' && method === 'GET') return jsonResponse(links);
    if (url.pathname === '/api/v1/tickets/t-1/links' && method === 'POST') return jsonResponse(links[0], 201);
    if (url.pathname.startsWith('/api/v1/tickets/t-1/links/') && method === 'DELETE') return noContent();
    if (url.pathname === '/api/v1/tickets' && url.searchParams.get('number') === 'CS-9')
      return jsonResponse({ items: [testTicket({ id: 'nine', number: 'CS-9' })], next: null });
    if (url.pathname === '/api/v1/tickets') return jsonResponse({ items: [], next: null });
    return undefined;
  });
  return { ...fake, calls };
}

describe('LinksPanel', { timeout: 20_000 }, () => {
  it('shows each link from this ticket’s side; only duplicates can be removed', async () => {
    const { fetchFn, calls } = server([
      link('l1', 'FOLLOW_UP_OF', 'OUTGOING', 'CS-2'),
      link('l2', 'DUPLICATE_OF', 'INCOMING', 'CS-5', true),
    ]);
    const user = userEvent.setup();
    renderWithProviders(<LinksPanel ticket={testTicket({ allowedActions: ['links'] })} linkTo={(id) => `/tickets/${id}`} />, { fetchFn });
    const rows = await screen.findAllByTestId('link-row');
    expect(rows[0]).toHaveTextContent('Follow-up of CS-2 Ticket CS-2');
    expect(rows[1]).toHaveTextContent('Has duplicate CS-5 Ticket CS-5');
    expect(screen.getAllByTestId('link-remove')).toHaveLength(1);
    await user.click(screen.getByTestId('link-remove'));
    await waitFor(() => expect(calls).toContain('DELETE /api/v1/tickets/t-1/links/l2'));
  });

  it('marks the ticket a duplicate of a ticket number, and says when there is no such ticket', async () => {
    const { fetchFn, calls } = server([]);
    const user = userEvent.setup();
    renderWithProviders(<LinksPanel ticket={testTicket({ allowedActions: ['links'] })} linkTo={(id) => `/tickets/${id}`} />, { fetchFn });
    expect(await screen.findByText('No linked tickets.')).toBeInTheDocument();
    await user.type(screen.getByTestId('link-number'), 'twelve');
    await user.click(screen.getByTestId('link-submit'));
    expect(screen.getByTestId('link-number')).toHaveAccessibleDescription('Enter a ticket number such as CS-12.');

    await user.clear(screen.getByTestId('link-number'));
    await user.type(screen.getByTestId('link-number'), 'cs-404');
    await user.click(screen.getByTestId('link-submit'));
    await waitFor(() =>
      expect(screen.getByTestId('link-number')).toHaveAccessibleDescription('There is no ticket CS-404 that you may see.'),
    );

    await user.clear(screen.getByTestId('link-number'));
    await user.type(screen.getByTestId('link-number'), 'CS-9');
    await user.click(screen.getByTestId('link-submit'));
    await waitFor(() => expect(calls).toContain('POST /api/v1/tickets/t-1/links {"type":"DUPLICATE_OF","ticketId":"nine"}'));
  });

  it('offers no form to a reader who may not link', async () => {
    const { fetchFn } = server([]);
    renderWithProviders(<LinksPanel ticket={testTicket({ allowedActions: [] })} linkTo={(id) => `/tickets/${id}`} />, { fetchFn });
    expect(await screen.findByText('No linked tickets.')).toBeInTheDocument();
    expect(screen.queryByTestId('link-form')).not.toBeInTheDocument();
  });
});
