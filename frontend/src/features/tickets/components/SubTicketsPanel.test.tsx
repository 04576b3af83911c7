import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { fakeServer } from '../../../test/fake-server';
import { jsonResponse, renderWithProviders } from '../../../test/render';
import { SubTicketsPanel } from './SubTicketsPanel';
import { testTicket } from './test-ticket';

const BILLING = { id: 'b', name: 'Billing' };
const child = testTicket({ id: 'c-1', number: 'CS-7', title: 'Billing approval', status: 'UNASSIGNED', group: BILLING, assignee: null });
const linkTo = (id: string) => `/tickets/${id}`;

function server(children = [child]) {
  const posted: unknown[] = [];
  const fake = fakeServer((url, init) => {
    if (url.pathname === '/api/v1/tickets/t-1/sub-tickets') {
      if (init?.method === 'POST') {
        posted.push(JSON.parse(String(init.body)));
        return jsonResponse(child, 201);
      }
      return jsonResponse(children);
    }
    if (url.pathname === '/api/v1/tickets/p-1') return jsonResponse(testTicket({ id: 'p-1', number: 'CS-3', title: 'Refund', allowedActions: [] }));
    if (url.pathname.endsWith('/groups')) return jsonResponse([BILLING]);
    if (url.pathname.endsWith('/members'))
      return jsonResponse([{ username: 'zoe', displayName: 'Zoe', role: 'OPERATOR', groups: [BILLING], mayForward: true, assignmentEnabled: true }]);
    if (url.pathname.endsWith('/inquiry-types') || url.pathname.endsWith('/fields')) return jsonResponse([]);
    return undefined;
  });
  return { ...fake, posted };
}

describe('SubTicketsPanel', { timeout: 20_000 }, () => {
  it('lists the children with their status and group', async () => {
    const { fetchFn } = server();
    renderWithProviders(<SubTicketsPanel ticket={testTicket({ allowedActions: [] })} linkTo={linkTo} />, { fetchFn });
    const row = await screen.findByTestId('subticket-row');
    expect(row).toHaveTextContent('CS-7 Billing approval');
    expect(row).toHaveTextContent('Unassigned');
    expect(row).toHaveTextContent('Billing');
    expect(within(row).getByRole('link')).toHaveAttribute('href', '/tickets/c-1');
    expect(screen.queryByTestId('subticket-new')).not.toBeInTheDocument();
  });

  it('creates a sub-ticket for another group when the ticket allows it', async () => {
    const { fetchFn, posted } = server([]);
    const user = userEvent.setup();
    renderWithProviders(
      <SubTicketsPanel ticket={testTicket({ allowedActions: ['sub-tickets'] })} linkTo={linkTo} />,
      { fetchFn },
    );
    expect(await screen.findByText('No sub-tickets.')).toBeInTheDocument();
    await user.click(screen.getByTestId('subticket-new'));
    await user.click(screen.getByTestId('subticket-submit'));
    expect(screen.getByTestId('subticket-group')).toHaveAccessibleDescription('Choose a group.');
    expect(posted).toEqual([]);

    await waitFor(() => expect(screen.getByTestId('subticket-group')).toBeEnabled());
    await user.selectOptions(screen.getByTestId('subticket-group'), 'b');
    await user.selectOptions(screen.getByTestId('subticket-assignee'), 'zoe');
    await user.click(screen.getByLabelText(/^Title/));
    await user.paste('Billing approval');
    await user.click(screen.getByLabelText(/^Content/));
    await user.paste('Please approve the refund.');
    await user.click(screen.getByTestId('subticket-submit'));
    await waitFor(() => expect(posted).toHaveLength(1));
    expect(posted[0]).toEqual({ groupId: 'b', assignee: 'zoe', title: 'Billing approval', content: 'Please approve the refund.' });
    await waitFor(() => expect(screen.queryByTestId('subticket-form')).not.toBeInTheDocument());
  });

  it("shows a child's parent to read, with no form", async () => {
    const { fetchFn } = server();
    renderWithProviders(
      <SubTicketsPanel ticket={testTicket({ id: 'c-1', parentId: 'p-1', allowedActions: ['sub-tickets'] })} linkTo={linkTo} />,
      { fetchFn },
    );
    const parent = await screen.findByTestId('subtickets-parent');
    expect(parent).toHaveTextContent('Sub-ticket of CS-3 Refund');
    expect(parent).toHaveTextContent('(read only)');
    expect(screen.queryByTestId('subticket-new')).not.toBeInTheDocument();
  });
});
