import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Route, Routes } from 'react-router';
import { describe, expect, it } from 'vitest';
import { fakeServer } from '../../test/fake-server';
import { jsonResponse, renderWithProviders } from '../../test/render';
import { testDoorayEscalation } from '../../features/dooray/components/test-dooray';
import { TicketRoute } from './TicketRoute';

const ticket = {
  id: 't-1',
  number: 'CS-1',
  serviceCode: 'CS',
  title: '결제 오류',
  content: '카드 결제가 실패합니다.',
  channel: 'EMAIL',
  status: 'IN_PROGRESS',
  group: { id: 'g', name: 'Support' },
  assignee: { username: 'bob', displayName: 'Bob' },
  customer: { email: 'kim@example.com' },
  createdAt: '2026-12-01T00:00:00Z',
  updatedAt: '2026-12-01T00:00:00Z',
  version: 3,
};

const connection = {
  serviceCode: 'CS',
  organizationId: '3700000000000000001',
  tokenSet: true,
  tokenSetAt: '2026-11-27T00:00:00Z',
  projects: [{ id: '1001', name: 'CS escalations', registrantMemberId: '101' }],
  operators: [],
  hookSecretSetAt: '2026-11-27T00:00:00Z',
  updatedAt: '2026-11-27T00:00:00Z',
  updatedBy: 'alice',
  mayAdminister: false,
};

const task = testDoorayEscalation();

/** ticket-service and escalation-service for one ticket; `state` is what a test changes as it goes. */
function stack(state: { ticket: Record<string, unknown>; connected: boolean; escalations: unknown[] }) {
  return fakeServer((url, init) => {
    const path = url.pathname;
    if (path === '/api/v1/tickets') return jsonResponse({ items: [state.ticket], next: null });
    if (path === '/api/v1/tickets/t-1') return jsonResponse(state.ticket);
    if (path.startsWith('/api/v1/tickets/t-1/')) return jsonResponse([]);
    if (path === '/api/v1/escalations') return jsonResponse({ items: [] });
    if (path === '/api/v1/dooray/services/CS/connection')
      return state.connected ? jsonResponse(connection) : jsonResponse({ status: 404, detail: 'none' }, 404);
    if (path === '/api/v1/dooray/services/CS/projects/1001/members')
      return jsonResponse({ items: [{ organizationMemberId: '101', name: 'Minji Choi', role: 'admin' }] });
    if (path === '/api/v1/dooray/services/CS/projects/1001/tags') return jsonResponse({ groups: [], ungroupedTags: [] });
    if (path === '/api/v1/dooray/escalations' && init?.method === 'POST') {
      state.escalations = [task];
      state.ticket = { ...state.ticket, status: 'DOORAY_ESCALATED', version: 4, allowedActions: ['comment'] };
      return jsonResponse(task, 201);
    }
    if (path === '/api/v1/dooray/escalations') return jsonResponse({ items: state.escalations });
    if (path === '/api/v1/dooray/escalations/d-1/comments') return jsonResponse({ items: [] });
    return undefined;
  });
}

function renderTicket(fetchFn: typeof fetch) {
  renderWithProviders(
    <Routes>
      <Route path="/tickets/:ref" element={<TicketRoute />} />
    </Routes>,
    { fetchFn, route: '/tickets/t-1' },
  );
}

describe('Dooray escalation on the ticket page', () => {
  it('offers "Escalate to Dooray" with dooray-escalate and a connection, registers the task and shows the conversation', async () => {
    const state = { ticket: { ...ticket, allowedActions: ['comment', 'hold', 'resolve', 'dooray-escalate'] }, connected: true, escalations: [] };
    renderTicket(stack(state).fetchFn);
    await userEvent.click(await screen.findByTestId('action-dooray-escalate'));
    const dialog = await screen.findByRole('dialog', { name: 'Escalate to Dooray' });
    await within(dialog).findByTestId('dooray-tags');
    await userEvent.type(within(dialog).getByLabelText(/^Body/), '카드 결제가 실패합니다.');
    await userEvent.click(within(dialog).getByTestId('dooray-escalate-submit'));

    expect(await within(dialog).findByTestId('dooray-task-created')).toHaveTextContent('Dooray task registered in CS escalations.');
    // the ticket is read again: escalated to Dooray, and no longer escalatable; the dialog stays with the task
    await waitFor(() => expect(screen.getByTestId('detail-status')).toHaveTextContent('Escalated to Dooray'));
    expect(screen.queryByTestId('action-dooray-escalate')).not.toBeInTheDocument();
    await userEvent.click(within(dialog).getByTestId('dooray-escalate-close'));
    const panel = await screen.findByTestId('dooray-conversation');
    expect(within(panel).getByTestId('dooray-state')).toHaveTextContent('Registered');
    expect(within(panel).getByTestId('dooray-comment-form')).toBeInTheDocument();
  });

  it('offers no "Escalate to Dooray" while the service has no Dooray connection', async () => {
    const api = stack({ ticket: { ...ticket, allowedActions: ['comment', 'dooray-escalate'] }, connected: false, escalations: [] });
    renderTicket(api.fetchFn);
    expect(await screen.findByTestId('action-comment')).toBeInTheDocument();
    await waitFor(() => expect(api.calls).toContain('GET /api/v1/dooray/services/CS/connection'));
    expect(screen.queryByTestId('action-dooray-escalate')).not.toBeInTheDocument();
    expect(screen.queryByTestId('dooray-conversation')).not.toBeInTheDocument();
  });

  it('offers no "Escalate to Dooray" without dooray-escalate, and does not ask for the connection', async () => {
    const api = stack({ ticket: { ...ticket, allowedActions: ['comment', 'hold', 'resolve'] }, connected: true, escalations: [] });
    renderTicket(api.fetchFn);
    expect(await screen.findByTestId('action-resolve')).toBeInTheDocument();
    expect(screen.queryByTestId('action-dooray-escalate')).not.toBeInTheDocument();
    expect(api.calls).not.toContain('GET /api/v1/dooray/services/CS/connection');
  });
});
