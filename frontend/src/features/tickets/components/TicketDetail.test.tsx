import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { jsonResponse, problemResponse, renderWithProviders } from '../../../test/render';
import type { Ticket } from '../api/types';
import { ticketKeys } from '../api/tickets';
import { TicketDetail } from './TicketDetail';
import { testTicket } from './test-ticket';
import { testSla } from './test-sla';
import { LocaleContext, ServiceTimeZonesProvider } from '../../../i18n';

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

  it("shows the SLA badge in the header and each clock in the SLA panel, on the service's clock", async () => {
    const sla = testSla({ policyName: 'VIP', overdue: true, nextDueAt: '2026-12-01T05:00:00Z' }, [
      { metric: 'FIRST_RESPONSE', state: 'MET', target: 'PT1H', breached: true },
      { metric: 'NEXT_RESPONSE', state: 'BREACHED', target: 'PT30M', dueAt: '2026-12-01T05:00:00Z', breached: true },
      { metric: 'RESOLUTION', state: 'RUNNING', target: 'P1DT12H', dueAt: '2026-12-03T12:00:00Z', warnAt: '2026-12-03T11:00:00Z' },
    ]);
    const fetchFn = server(() => ({ ...seen, sla }), () => jsonResponse(seen));
    renderWithProviders(
      <ServiceTimeZonesProvider zones={{ CS: 'Asia/Seoul' }}>
        <TicketDetail id="t-1" backTo="/views/all" />
      </ServiceTimeZonesProvider>,
      { fetchFn: fetchFn as unknown as typeof fetch },
    );
    expect(await screen.findByTestId('detail-sla')).toHaveTextContent('Overdue');
    const panel = screen.getByTestId('sla-panel');
    expect(within(panel).getByTestId('sla-policy')).toHaveTextContent('Policy: VIP');
    const clocks = within(panel).getAllByTestId('sla-clock');
    expect(clocks.map((c) => c.getAttribute('data-metric'))).toEqual(['FIRST_RESPONSE', 'NEXT_RESPONSE', 'RESOLUTION']);
    // met late: met, with the breached mark
    expect(clocks[0]).toHaveTextContent('First response');
    expect(within(clocks[0]!).getByTestId('sla-clock-state')).toHaveTextContent('Met');
    expect(within(clocks[0]!).getByTestId('sla-clock-breached')).toHaveTextContent('Past due');
    expect(within(clocks[0]!).getByTestId('sla-clock-target')).toHaveTextContent('1 hour');
    expect(within(clocks[0]!).getByTestId('sla-clock-due')).toHaveTextContent('Met');
    expect(within(clocks[1]!).getByTestId('sla-clock-state')).toHaveTextContent('Breached');
    expect(within(clocks[1]!).getByTestId('sla-clock-target')).toHaveTextContent('30 minutes');
    // 05:00 UTC is 14:00 in Seoul
    expect(within(clocks[1]!).getByTestId('sla-clock-due')).toHaveTextContent('Dec 1, 2026, 2:00 PM');
    expect(clocks[1]).toHaveClass('sla-breached-row');
    expect(within(clocks[2]!).getByTestId('sla-clock-state')).toHaveTextContent('Running');
    expect(within(clocks[2]!).getByTestId('sla-clock-target')).toHaveTextContent('1 day 12 hours');
    expect(within(clocks[2]!).getByTestId('sla-clock-due')).toHaveTextContent('Dec 3, 2026, 9:00 PM (Warning at Dec 3, 2026, 8:00 PM)');
    expect(within(clocks[2]!).queryByTestId('sla-clock-breached')).not.toBeInTheDocument();
  });

  it('has no SLA badge or panel without a policy, and says a paused clock does not run, in Korean', async () => {
    const fetchFn = server(() => seen, () => jsonResponse(seen));
    const { unmount } = renderWithProviders(<TicketDetail id="t-1" backTo="/views/all" />, { fetchFn: fetchFn as unknown as typeof fetch });
    expect(await screen.findByTestId('detail-title')).toBeInTheDocument();
    expect(screen.queryByTestId('sla-badge')).not.toBeInTheDocument();
    expect(screen.queryByTestId('sla-panel')).not.toBeInTheDocument();
    unmount();

    const paused = testSla({}, [{ metric: 'RESOLUTION', state: 'PAUSED', target: 'PT8H' }]);
    const again = server(() => ({ ...seen, sla: paused }), () => jsonResponse(seen));
    renderWithProviders(
      <LocaleContext.Provider value="ko">
        <TicketDetail id="t-1" backTo="/views/all" />
      </LocaleContext.Provider>,
      { fetchFn: again as unknown as typeof fetch },
    );
    expect(await screen.findByTestId('detail-sla')).toHaveTextContent('일시정지');
    const panel = screen.getByTestId('sla-panel');
    expect(within(panel).getByRole('heading')).toHaveTextContent('응답 기한');
    expect(panel).toHaveTextContent('해결');
    expect(panel).toHaveTextContent('8시간');
    expect(within(panel).getByTestId('sla-clock-due')).toHaveTextContent('일시정지 중에는 흐르지 않음');
  });
});
