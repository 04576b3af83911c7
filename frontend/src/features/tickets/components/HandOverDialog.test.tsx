import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { fakeServer } from '../../../test/fake-server';
import { jsonResponse, problemResponse, renderWithProviders } from '../../../test/render';
import type { ServiceMember } from '../api/types';
import { HandOverDialog } from './HandOverDialog';
import { TicketActions } from './TicketActions';
import { testTicket } from './test-ticket';

const SUPPORT = { id: 'g', name: 'Support' };
const BILLING = { id: 'b', name: 'Billing' };
const member = (username: string, groups: { id: string; name: string }[], assignmentEnabled = true): ServiceMember => ({
  username, displayName: `${username[0]!.toUpperCase()}${username.slice(1)}`, role: 'OPERATOR', groups, mayForward: true, assignmentEnabled,
});

function server(answer: (body: unknown) => Response = () => jsonResponse(testTicket({ group: BILLING }))) {
  const bodies: { path: string; body: unknown; ifMatch: string | null }[] = [];
  const fake = fakeServer((url, init) => {
    if (init?.method === 'POST') {
      const body = JSON.parse(String(init.body)) as unknown;
      bodies.push({ path: url.pathname, body, ifMatch: new Headers(init.headers).get('If-Match') });
      return answer(body);
    }
    if (url.pathname.endsWith('/groups')) return jsonResponse([SUPPORT, BILLING]);
    if (url.pathname.endsWith('/members'))
      return jsonResponse([member('zoe', [BILLING]), member('yuki', [BILLING], false), member('bob', [SUPPORT])]);
    if (url.pathname.endsWith('/inquiry-types') || url.pathname.endsWith('/fields')) return jsonResponse([]);
    return undefined;
  });
  return { ...fake, bodies };
}

const options = (select: HTMLElement) => within(select).getAllByRole('option').map((o) => o.textContent);

describe('forward and assign', { timeout: 20_000 }, () => {
  it('offers Forward when the ticket allows it and Assign only to whom it allows assign', () => {
    const onForward = vi.fn();
    const onAssign = vi.fn();
    const { fetchFn } = server();
    const { unmount } = renderWithProviders(
      <TicketActions ticket={testTicket()} onForward={onForward} onAssign={onAssign} />,
      { fetchFn },
    );
    expect(screen.getByTestId('action-forward')).toHaveTextContent('Forward');
    expect(screen.queryByTestId('action-assign')).not.toBeInTheDocument();
    unmount();
    renderWithProviders(
      <TicketActions ticket={testTicket({ allowedActions: ['assign', 'comment'] })} onForward={onForward} onAssign={onAssign} />,
      { fetchFn },
    );
    expect(screen.queryByTestId('action-forward')).not.toBeInTheDocument();
    screen.getByTestId('action-assign').click();
    expect(onAssign).toHaveBeenCalled();
  });

  it('forwards to a group member who takes tickets, with a note, on the version seen', async () => {
    const { fetchFn, bodies } = server();
    const onClose = vi.fn();
    const user = userEvent.setup();
    renderWithProviders(<HandOverDialog ticket={testTicket()} kind="forward" onClose={onClose} />, { fetchFn });
    const dialog = screen.getByTestId('forward-dialog');
    await waitFor(() => expect(within(dialog).getByTestId('forward-group')).toBeEnabled());
    await user.selectOptions(within(dialog).getByTestId('forward-group'), 'b');
    expect(options(within(dialog).getByTestId('forward-assignee'))).toEqual(["Nobody yet: the group's queue", 'Zoe']);
    await user.selectOptions(within(dialog).getByTestId('forward-assignee'), 'zoe');
    await user.click(within(dialog).getByTestId('forward-note'));
    await user.paste('Billing question, please take over');
    await user.click(within(dialog).getByTestId('forward-submit'));

    await waitFor(() => expect(onClose).toHaveBeenCalled());
    expect(bodies).toEqual([
      {
        path: '/api/v1/tickets/t-1/forward',
        body: { groupId: 'b', assignee: 'zoe', note: 'Billing question, please take over' },
        ifMatch: '"1"',
      },
    ]);
  });

  it('forwards to a group queue without an operator', async () => {
    const { fetchFn, bodies } = server();
    const user = userEvent.setup();
    renderWithProviders(<HandOverDialog ticket={testTicket()} kind="forward" onClose={() => {}} />, { fetchFn });
    await waitFor(() => expect(screen.getByTestId('forward-group')).toBeEnabled());
    await user.selectOptions(screen.getByTestId('forward-group'), 'b');
    await user.click(screen.getByTestId('forward-submit'));
    await waitFor(() => expect(bodies).toHaveLength(1));
    expect(bodies[0]!.body).toEqual({ groupId: 'b' });
  });

  it('assigns only with an operator, and shows the server’s refusal at the field', async () => {
    const { fetchFn, bodies } = server(() =>
      problemResponse({ status: 400, detail: 'The request has invalid fields.', errors: [{ field: 'assignee', message: 'zoe has ticket assignment turned off' }] }),
    );
    const onClose = vi.fn();
    const user = userEvent.setup();
    renderWithProviders(<HandOverDialog ticket={testTicket({ group: BILLING })} kind="assign" onClose={onClose} />, { fetchFn });
    const dialog = screen.getByTestId('assign-dialog');
    await waitFor(() => expect(within(dialog).getByTestId('assign-group')).toHaveValue('b'));
    await user.click(within(dialog).getByTestId('assign-submit'));
    expect(within(dialog).getByTestId('assign-assignee')).toHaveAccessibleDescription('Choose an operator.');
    expect(bodies).toEqual([]);

    await user.selectOptions(within(dialog).getByTestId('assign-assignee'), 'zoe');
    await user.click(within(dialog).getByTestId('assign-submit'));
    await waitFor(() =>
      expect(within(dialog).getByTestId('assign-assignee')).toHaveAccessibleDescription('zoe has ticket assignment turned off'),
    );
    expect(bodies[0]).toMatchObject({ path: '/api/v1/tickets/t-1/assign', body: { groupId: 'b', assignee: 'zoe' } });
    expect(onClose).not.toHaveBeenCalled();
  });
});
