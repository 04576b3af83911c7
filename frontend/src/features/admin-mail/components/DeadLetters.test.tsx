import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { jsonResponse, problemResponse, renderWithProviders } from '../../../test/render';
import type { Delivery } from '../api/types';
import { DeadLetters } from './DeadLetters';
import { fakeServer, type Handler } from './test-server';

const delivery = (n: number, overrides: Partial<Delivery> = {}): Delivery => ({
  id: `d-${n}`,
  eventId: `e-${n}`,
  ticketId: `t-${n}`,
  serviceCode: 'CS',
  kind: 'CUSTOMER_REPLY',
  trigger: null,
  recipient: `customer${n}@example.com`,
  url: null,
  subject: `[CS-${n}] 결제 문의`,
  status: 'FAILED',
  attempts: 5,
  lastError: '550 5.1.1 mailbox unavailable',
  nextAttemptAt: null,
  createdAt: '2026-12-01T09:00:00Z',
  sentAt: null,
  ...overrides,
});

const LIST = 'GET /api/v1/notifications/deliveries';

function setup(routes: Record<string, Handler>) {
  const server = fakeServer(routes);
  renderWithProviders(<DeadLetters code="CS" />, { fetchFn: server.fetchFn });
  return server;
}

describe('DeadLetters', () => {
  it('lists the failed deliveries of the service with kind, recipient or URL, attempts, error and ticket link', async () => {
    const server = setup({
      [LIST]: () =>
        jsonResponse({
          items: [
            delivery(1),
            delivery(2, { kind: 'CALLBACK', recipient: null, url: 'https://hooks.example.com/cb', subject: null, trigger: 'Billing', ticketId: null }),
          ],
          next: null,
        }),
    });
    const rows = await screen.findAllByTestId('dead-letter');
    expect(rows).toHaveLength(2);
    expect(rows[0]).toHaveTextContent('Customer reply');
    expect(rows[0]).toHaveTextContent('customer1@example.com');
    expect(rows[0]).toHaveTextContent('[CS-1] 결제 문의');
    expect(rows[0]).toHaveTextContent('5');
    expect(within(rows[0]!).getByTestId('dead-letter-error')).toHaveTextContent('550 5.1.1 mailbox unavailable');
    expect(within(rows[0]!).getByRole('link', { name: 'Open ticket' })).toHaveAttribute('href', '/tickets/t-1');
    expect(rows[1]).toHaveTextContent('Callback URL');
    expect(rows[1]).toHaveTextContent('https://hooks.example.com/cb');
    expect(rows[1]).toHaveTextContent('Billing');
    expect(within(rows[1]!).queryByRole('link')).not.toBeInTheDocument();
    expect(server.calls[0]!.url).toBe('/api/v1/notifications/deliveries?serviceCode=CS&status=FAILED&limit=50');
  });

  it('retries one delivery and shows its row as queued again', async () => {
    const server = setup({
      [LIST]: () => jsonResponse({ items: [delivery(1), delivery(2)], next: null }),
      'POST /api/v1/notifications/deliveries/d-1/retry': () => jsonResponse(delivery(1, { status: 'QUEUED', nextAttemptAt: '2026-12-01T11:00:00Z' })),
    });
    const rows = await screen.findAllByTestId('dead-letter');
    await userEvent.click(within(rows[0]!).getByRole('button', { name: 'Retry' }));
    await waitFor(() => expect(screen.getAllByTestId('dead-letter')[0]).toHaveAttribute('data-status', 'QUEUED'));
    const first = screen.getAllByTestId('dead-letter')[0]!;
    expect(within(first).getByTestId('dead-letter-status')).toHaveTextContent('Queued');
    expect(within(first).queryByRole('button', { name: 'Retry' })).not.toBeInTheDocument();
    expect(within(screen.getAllByTestId('dead-letter')[1]!).getByTestId('dead-letter-status')).toHaveTextContent('Failed');
    expect(server.calls.filter((c) => c.method === 'GET')).toHaveLength(1);
  });

  it("shows on the row why a retry was refused", async () => {
    setup({
      [LIST]: () => jsonResponse({ items: [delivery(1)], next: null }),
      'POST /api/v1/notifications/deliveries/d-1/retry': () =>
        problemResponse({ status: 409, title: 'Conflict', detail: 'Delivery d-1 is QUEUED, not FAILED.' }),
    });
    await userEvent.click(await screen.findByRole('button', { name: 'Retry' }));
    const alert = await within(screen.getByTestId('dead-letter')).findByRole('alert');
    expect(alert).toHaveTextContent('The delivery could not be retried.');
    expect(alert).toHaveTextContent('is QUEUED, not FAILED');
  });

  it('loads more with the cursor and filters by kind', async () => {
    const server = setup({
      [LIST]: (_, url) => {
        if (url.searchParams.get('kind') === 'FORWARD') return jsonResponse({ items: [delivery(9, { kind: 'FORWARD' })], next: null });
        return url.searchParams.get('cursor') === 'c2'
          ? jsonResponse({ items: [delivery(3)], next: null })
          : jsonResponse({ items: [delivery(1), delivery(2)], next: 'c2' });
      },
    });
    expect(await screen.findAllByTestId('dead-letter')).toHaveLength(2);
    await userEvent.click(screen.getByRole('button', { name: 'Load more' }));
    await waitFor(() => expect(screen.getAllByTestId('dead-letter')).toHaveLength(3));
    expect(server.calls[1]!.url).toContain('cursor=c2');
    expect(screen.queryByRole('button', { name: 'Load more' })).not.toBeInTheDocument();

    await userEvent.selectOptions(screen.getByLabelText('Kind'), 'FORWARD');
    await waitFor(() => expect(screen.getAllByTestId('dead-letter')).toHaveLength(1));
    expect(screen.getByTestId('dead-letter')).toHaveTextContent('Forward');
    expect(server.calls.at(-1)!.url).toContain('kind=FORWARD');
  });

  it('says when nothing failed', async () => {
    setup({ [LIST]: () => jsonResponse({ items: [], next: null }) });
    expect(await screen.findByText('No failed deliveries.')).toBeInTheDocument();
  });

  it('shows why the list could not be loaded', async () => {
    setup({ [LIST]: () => problemResponse({ status: 403, title: 'Forbidden', detail: 'Only admins of CS see its deliveries.' }) });
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('The failed deliveries could not be loaded.');
    expect(alert).toHaveTextContent('Only admins of CS see its deliveries.');
  });
});
