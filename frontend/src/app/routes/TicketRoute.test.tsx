import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Route, Routes } from 'react-router';
import { describe, expect, it, vi } from 'vitest';
import { jsonResponse, renderWithProviders } from '../../test/render';
import { TicketRoute } from './TicketRoute';

const ticket = {
  id: '0b5e3c1a-7d2f-4c11-9a55-3e1f2d4c5b6a',
  number: 'CS-12',
  serviceCode: 'CS',
  title: '결제 문의',
  content: '두 번 결제되었습니다.',
  channel: 'EMAIL',
  status: 'IN_PROGRESS',
  group: { id: 'g', name: 'Support' },
  assignee: { username: 'bob', displayName: 'Bob' },
  customer: { email: 'kim.minji@example.com', name: '김민지' },
  createdAt: '2026-12-01T09:00:00Z',
  updatedAt: '2026-12-01T09:00:00Z',
  version: 3,
  allowedActions: ['forward', 'comment', 'hold', 'resolve', 'internal-resolution'],
};

function renderAt(route: string, fetchFn: ReturnType<typeof vi.fn>) {
  renderWithProviders(
    <Routes>
      <Route path="/tickets/:ref" element={<TicketRoute />} />
    </Routes>,
    { fetchFn: fetchFn as unknown as typeof fetch, route },
  );
}

describe('TicketRoute', () => {
  it('puts the mail preview beside hold/resolve and previews the reply typed there', async () => {
    const fetchFn = vi.fn(async (input: RequestInfo | URL) => {
      const url = String(input);
      if (url === '/api/v1/tickets/0b5e3c1a-7d2f-4c11-9a55-3e1f2d4c5b6a') return jsonResponse(ticket);
      if (url.endsWith('/events'))
        return jsonResponse([{ type: 'MAIL_FAILED', actor: null, summary: 'mail to kim.minji@example.com failed: 550', at: '2026-12-01T09:05:00Z' }]);
      if (url.endsWith('/messages')) return jsonResponse([]);
      if (url === '/api/v1/notifications/mail-previews')
        return jsonResponse({
          from: 'CS 고객센터 <cs@switchboard.local>',
          to: 'kim.minji@example.com',
          subject: '[CS-12] 결제 문의',
          html: '<p>환불</p>',
          text: '환불',
          markedHtml: '<p>환불</p>',
          forbiddenWords: [],
        });
      return jsonResponse({ status: 404 }, 404);
    });
    renderAt('/tickets/0b5e3c1a-7d2f-4c11-9a55-3e1f2d4c5b6a', fetchFn);
    await userEvent.type(await screen.findByLabelText('Reply or comment'), '환불');
    const row = screen.getByTestId('action-resolve').parentElement!;
    expect(within(row).getByTestId('action-preview')).toBeInTheDocument();
    await userEvent.click(screen.getByTestId('action-preview'));
    expect(await screen.findByTestId('preview-subject')).toHaveTextContent('[CS-12] 결제 문의');
    expect(await screen.findByText('Mail failed')).toBeInTheDocument();
  });

  it('opens /tickets/CS-12 by its number, found with the list criterion, and leads back to the last list', async () => {
    sessionStorage.setItem('switchboard.lastList', '/views/unassigned?starred=true');
    const calls: string[] = [];
    const fetchFn = vi.fn(async (input: RequestInfo | URL) => {
      const url = String(input);
      calls.push(url);
      if (url.startsWith('/api/v1/tickets?')) return jsonResponse({ items: [ticket], next: null });
      if (url === `/api/v1/tickets/${ticket.id}`) return jsonResponse(ticket);
      if (url.endsWith('/events') || url.endsWith('/messages')) return jsonResponse([]);
      return new Response(null, { status: 204 });
    });
    renderAt('/tickets/cs-12', fetchFn);
    expect(await screen.findByTestId('detail-number')).toHaveTextContent('CS-12');
    expect(calls[0]).toBe('/api/v1/tickets?view=all&number=CS-12&limit=1');
    expect(screen.getByTestId('back-to-list')).toHaveAttribute('href', '/views/unassigned?starred=true');
  });

  it('looks in the spam box too, and says so when no ticket has the number', async () => {
    const calls: string[] = [];
    const fetchFn = vi.fn(async (input: RequestInfo | URL) => {
      calls.push(String(input));
      return jsonResponse({ items: [], next: null });
    });
    renderAt('/tickets/CS-999', fetchFn);
    expect(await screen.findByTestId('ticket-not-found')).toHaveTextContent('There is no ticket CS-999 that you may see.');
    expect(calls).toEqual(['/api/v1/tickets?view=all&number=CS-999&limit=1', '/api/v1/tickets?view=spam&number=CS-999&limit=1']);
  });
});
