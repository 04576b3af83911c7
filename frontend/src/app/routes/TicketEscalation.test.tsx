import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Route, Routes } from 'react-router';
import { describe, expect, it } from 'vitest';
import { fakeServer } from '../../test/fake-server';
import { jsonResponse, renderWithProviders } from '../../test/render';
import { TicketRoute } from './TicketRoute';

const ticket = {
  id: 't-1',
  number: 'CS-1',
  serviceCode: 'CS',
  title: '결제 오류',
  content: '앱이 종료됩니다.',
  channel: 'EMAIL',
  status: 'IN_PROGRESS',
  group: { id: 'g', name: 'Support' },
  assignee: { username: 'bob', displayName: 'Bob' },
  customer: { email: 'kim@example.com' },
  createdAt: '2026-12-01T00:00:00Z',
  updatedAt: '2026-12-01T00:00:00Z',
  version: 3,
};

const issue = (status: string, answer: unknown = null) => ({
  id: 'e-1',
  status,
  source: { ticketId: 't-1', number: 'CS-1', serviceCode: 'CS' },
  target: { serviceCode: 'DEV', ticketId: status === 'REQUESTED' ? null : 't-12', number: status === 'REQUESTED' ? null : 'DEV-12' },
  title: '결제 오류',
  requestedBy: 'bob',
  requestedAt: '2026-12-01T01:00:00Z',
  refusal: null,
  answer,
  updatedAt: '2026-12-01T01:00:00Z',
});

/** ticket-service and escalation-service for one ticket; `state` is what a test changes as it goes. */
function stack(state: { ticket: Record<string, unknown>; escalations: unknown[]; messages?: unknown[] }) {
  return fakeServer((url, init) => {
    const path = url.pathname;
    // opened by its number, as the escalations link to tickets
    if (path === '/api/v1/tickets') return jsonResponse({ items: [state.ticket], next: null });
    if (path === '/api/v1/tickets/t-1') return jsonResponse(state.ticket);
    if (path === '/api/v1/tickets/t-1/messages') return jsonResponse(state.messages ?? []);
    if (path.startsWith('/api/v1/tickets/t-1/')) return jsonResponse([]);
    if (path === '/api/v1/escalations' && init?.method === 'POST') {
      state.escalations = [issue('REQUESTED')];
      return jsonResponse(issue('REQUESTED'), 202);
    }
    if (path === '/api/v1/escalations') return jsonResponse({ items: state.escalations });
    if (path === '/api/v1/escalations/e-1') {
      state.escalations = [issue('OPEN')];
      state.ticket = { ...state.ticket, status: 'ESCALATED', version: 4, allowedActions: ['comment'] };
      return jsonResponse(issue('OPEN'));
    }
    if (path === '/api/v1/escalations/targets') return jsonResponse([{ serviceCode: 'DEV', name: 'Development' }]);
    if (path === '/api/v1/services/DEV/inquiry-types')
      return jsonResponse([{ id: 'type-bug', names: { en: 'Bug' }, active: true, children: [] }]);
    if (path === '/api/v1/services/DEV/inquiry-types/type-bug/fields') return jsonResponse([]);
    return undefined;
  });
}

function renderTicket(fetchFn: typeof fetch) {
  renderWithProviders(
    <Routes>
      <Route path="/tickets/:ref" element={<TicketRoute />} />
    </Routes>,
    { fetchFn, route: '/tickets/CS-1' },
  );
}

describe('escalation on the ticket page', () => {
  it('offers Escalate when the ticket allows it, escalates, and shows the ticket escalated with its escalation', async () => {
    const state = { ticket: { ...ticket, allowedActions: ['comment', 'hold', 'resolve', 'escalate'] }, escalations: [] };
    const api = stack(state);
    renderTicket(api.fetchFn);
    await userEvent.click(await screen.findByTestId('action-escalate'));
    const dialog = await screen.findByRole('dialog', { name: 'Escalate to issue management' });
    expect(within(dialog).getByLabelText(/^Title/)).toHaveValue('결제 오류');
    const type = within(dialog).getByLabelText(/^Inquiry type/);
    await waitFor(() => expect(type).toBeEnabled());
    await userEvent.selectOptions(type, 'type-bug');
    await userEvent.type(within(dialog).getByLabelText(/^Content/), '결제 화면에서 앱이 종료됩니다.');
    await userEvent.click(within(dialog).getByTestId('escalate-submit'));

    expect(await within(dialog).findByTestId('escalation-opened', {}, { timeout: 3_000 })).toHaveTextContent('Escalated to DEV-12');
    // the ticket is read again: escalated now, and no longer escalatable
    await waitFor(() => expect(screen.getByTestId('detail-status')).toHaveTextContent('Escalated'));
    expect(screen.queryByTestId('action-escalate')).not.toBeInTheDocument();
    // the outcome stays on screen until the operator closes it
    expect(screen.getByTestId('escalation-opened')).toBeInTheDocument();
    await userEvent.click(screen.getByTestId('escalation-close'));
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    const panel = await screen.findByTestId('escalations-panel');
    await waitFor(() => expect(within(panel).getByTestId('escalation-direction')).toHaveTextContent('Escalated to DEV-12'));
  });

  it('offers no Escalate without escalate among the allowed actions', async () => {
    renderTicket(stack({ ticket: { ...ticket, allowedActions: ['comment', 'hold', 'resolve'] }, escalations: [] }).fetchFn);
    expect(await screen.findByTestId('action-resolve')).toBeInTheDocument();
    expect(screen.queryByTestId('action-escalate')).not.toBeInTheDocument();
  });

  it("shows an issue service's operator the source ticket read-only: everything, with the answer, and no actions", async () => {
    const answer = { action: 'resolve', content: '2.4.1에서 수정했습니다.', format: 'TEXT', answeredBy: 'dave', answeredAt: '2026-12-02T03:00:00Z' };
    const api = stack({
      ticket: { ...ticket, status: 'ESCALATION_ANSWERED', allowedActions: [] },
      escalations: [issue('ANSWERED', answer)],
      messages: [
        { id: 'm-1', type: 'ESCALATION_ANSWER', author: 'dave', body: '2.4.1에서 수정했습니다.', format: 'TEXT', createdAt: '2026-12-02T03:00:01Z' },
      ],
    });
    renderTicket(api.fetchFn);
    expect(await screen.findByTestId('detail-status')).toHaveTextContent('Escalation answered');
    const message = await screen.findByTestId('ticket-message');
    expect(message).toHaveTextContent('Escalation answer');
    expect(await within(message).findByTestId('escalation-answer-source')).toHaveTextContent('from DEV-12');
    expect(await screen.findByTestId('escalation-answer')).toHaveTextContent('2.4.1에서 수정했습니다.');
    await waitFor(() => expect(api.calls.filter((c) => c === 'GET /api/v1/tickets/t-1').length).toBeGreaterThan(0));
    expect(screen.queryByTestId('ticket-actions')).not.toBeInTheDocument();
    expect(screen.queryByTestId('callback-panel')).not.toBeInTheDocument();
    expect(screen.queryByLabelText('Reply or comment')).not.toBeInTheDocument();
    // only the ☆ of the reader's own list is a button here
    expect(screen.getAllByRole('button').map((b) => b.getAttribute('data-testid'))).toEqual(['star-toggle']);
  });
});
