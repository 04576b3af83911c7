import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { fakeServer } from '../../../test/fake-server';
import { jsonResponse, renderWithProviders } from '../../../test/render';
import { TicketDetail } from './TicketDetail';
import { testTicket } from './test-ticket';

function server(allowedActions: string[]) {
  return fakeServer((url) =>
    url.pathname === '/api/v1/tickets/t-1'
      ? jsonResponse(testTicket({ allowedActions, customer: { name: 'Lee', phone: '010-1234-5678' } }))
      : jsonResponse([]),
  ).fetchFn;
}

describe('the ticket page with forward, assign, sub-tickets and links', { timeout: 20_000 }, () => {
  it('shows the panels and opens the forward dialog from the actions', async () => {
    renderWithProviders(<TicketDetail id="t-1" backTo="/views/all" />, { fetchFn: server(['forward', 'comment', 'links']) });
    await userEvent.click(await screen.findByTestId('action-forward'));
    expect(within(screen.getByTestId('forward-dialog')).getByRole('heading')).toHaveTextContent('Forward ticket · CS-1');
    expect(screen.getByTestId('subtickets-panel')).toBeInTheDocument();
    expect(screen.getByTestId('links-panel')).toBeInTheDocument();
    expect(screen.getByTestId('detail-customer')).toHaveTextContent('Lee 010-1234-5678');
    expect(screen.queryByTestId('action-assign')).not.toBeInTheDocument();
  });

  it('opens the assign dialog for whom the ticket allows assign', async () => {
    renderWithProviders(<TicketDetail id="t-1" backTo="/views/all" />, { fetchFn: server(['assign', 'comment']) });
    await userEvent.click(await screen.findByTestId('action-assign'));
    expect(screen.getByTestId('assign-dialog')).toBeInTheDocument();
    await userEvent.keyboard('{Escape}');
    expect(screen.queryByTestId('assign-dialog')).not.toBeInTheDocument();
  });
});
