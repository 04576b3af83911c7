import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { LocaleContext, ServiceTimeZonesProvider } from '../../../i18n';
import { fakeServer } from '../../../test/fake-server';
import { LocationProbe, jsonResponse, problemResponse, renderWithProviders } from '../../../test/render';
import { Dashboard } from './Dashboard';

const inflow = {
  service: 'CS',
  timeZone: 'Asia/Seoul',
  operators: [
    { username: 'bob', displayName: 'Bob Kim', inProgress: 3, onHold: 1, assignmentEnabled: true },
    { username: 'carol', displayName: 'Carol Sato', inProgress: 0, onHold: 0, assignmentEnabled: false },
  ],
  receivedToday: 1234,
  unassignedToday: 5,
  unassignedTotal: 17,
  processingRate24h: 0.625,
  asOf: '2026-12-01T15:30:00Z',
};

function api() {
  return fakeServer(
    (url) => (url.pathname === '/api/v1/services/CS/inflow' ? jsonResponse(inflow) : undefined),
    (url) =>
      url.pathname === '/api/v1/services/JP/inflow'
        ? problemResponse({ status: 403, title: 'Forbidden', detail: 'You are not a member of service JP.' })
        : undefined,
    (url) =>
      url.pathname === '/api/v1/me/status'
        ? jsonResponse({
            services: [{ service: 'CS', inProgress: 3, onHold: 1, callbacks: 2, callbacksDue: 1, escalationsUnanswered: 2, slaOverdue: 4, slaAtRisk: 0 }],
          })
        : undefined,
    (url) => (url.pathname === '/api/v1/me/callbacks' ? jsonResponse(callbacks) : undefined),
  );
}

const callbacks = [
  {
    ticketId: 't-7',
    number: 'CS-7',
    serviceCode: 'CS',
    title: 'Refund not received',
    status: 'ON_HOLD',
    customerName: '김민지',
    phone: '010-1234-5678',
    at: '2026-12-02T00:30:00Z',
    note: '환불 확인 후 전화',
    reservedBy: 'bob',
    due: true,
  },
  {
    ticketId: 't-9',
    number: 'CS-9',
    serviceCode: 'CS',
    title: 'Login fails',
    status: 'IN_PROGRESS',
    customerName: null,
    phone: '+81 90 1234 5678',
    at: '2026-12-03T01:00:00Z',
    note: null,
    reservedBy: 'alice',
    due: false,
  },
];

const services = [
  { code: 'CS', name: 'CS 고객센터' },
  { code: 'JP', name: 'JP サポート' },
];

describe('Dashboard', () => {
  it('lists my callback reservations soonest first, in the service\'s time zone, with links and due ones marked', async () => {
    renderWithProviders(
      <ServiceTimeZonesProvider zones={{ CS: 'Asia/Seoul' }}>
        <Dashboard services={services.slice(0, 1)} />
        <LocationProbe />
      </ServiceTimeZonesProvider>,
      { fetchFn: api().fetchFn },
    );
    const rows = await within(screen.getByTestId('my-callbacks')).findAllByTestId('my-callback');
    expect(rows.map((r) => r.getAttribute('data-ticket-number'))).toEqual(['CS-7', 'CS-9']);
    expect(rows.map((r) => r.getAttribute('data-due'))).toEqual(['true', 'false']);
    // 00:30 UTC is 09:30 in Seoul
    expect(rows[0]).toHaveTextContent('Dec 2, 2026, 9:30 AM');
    expect(within(rows[0]!).getByTestId('my-callback-due')).toHaveTextContent('Due');
    expect(within(rows[1]!).queryByTestId('my-callback-due')).not.toBeInTheDocument();
    expect(rows[0]).toHaveTextContent('김민지');
    expect(rows[0]).toHaveTextContent('환불 확인 후 전화');
    expect(rows[0]).toHaveTextContent('On hold');
    expect(within(rows[1]!).getByTestId('my-callback-phone')).toHaveTextContent('+81 90 1234 5678');
    await userEvent.click(within(rows[1]!).getByTestId('my-callback-ticket'));
    expect(screen.getByTestId('location')).toHaveTextContent('/tickets/t-9');
  });

  it('says when there are none', async () => {
    const server = fakeServer(
      (url) => (url.pathname === '/api/v1/me/callbacks' ? jsonResponse([]) : undefined),
      (url) => (url.pathname === '/api/v1/me/status' ? jsonResponse({ services: [] }) : undefined),
    );
    renderWithProviders(<Dashboard services={services.slice(0, 1)} />, { fetchFn: server.fetchFn });
    expect(await screen.findByTestId('no-callbacks')).toHaveTextContent('No callbacks reserved.');
  });

  it("shows each service's inflow board and my status", async () => {
    const server = api();
    renderWithProviders(<Dashboard services={services} />, { fetchFn: server.fetchFn });

    const board = (await screen.findAllByTestId('inflow-board'))[0]!;
    expect(await within(board).findByTestId('inflow-operators')).toHaveTextContent('2');
    expect(within(board).getByTestId('inflow-received-today')).toHaveTextContent('1,234');
    expect(within(board).getByTestId('inflow-unassigned')).toHaveTextContent('5 | 17');
    expect(within(board).getByTestId('inflow-rate')).toHaveTextContent('62.5%');
    // 15:30 UTC is 00:30 of the next day in Seoul: "today" is the service's
    expect(within(board).getByTestId('inflow-as-of')).toHaveTextContent('As of Dec 2, 2026, 12:30 AM (Asia/Seoul)');
    const operators = within(board).getAllByTestId('inflow-operator');
    expect(operators.map((o) => o.textContent)).toEqual(['Bob Kim31On', 'Carol Sato00Off']);

    const mine = within(screen.getByTestId('my-status')).getByTestId('my-status-service');
    expect(mine).toHaveTextContent('CS 고객센터');
    expect(within(mine).getByTestId('my-in-progress')).toHaveTextContent('3');
    expect(within(mine).getByTestId('my-on-hold')).toHaveTextContent('1');
    expect(within(mine).getByTestId('my-escalations')).toHaveTextContent('2');
    expect(within(mine).getByTestId('my-callbacks')).toHaveTextContent('2');
    expect(within(mine).getByTestId('my-callbacks-due')).toHaveTextContent('1');
    expect(within(mine).getByTestId('my-sla-overdue')).toHaveTextContent('4');
    expect(within(mine).getByTestId('my-sla-overdue')).toHaveClass('sla-overdue-count');
    expect(within(mine).getByTestId('my-sla-at-risk')).toHaveTextContent('0');
    expect(within(mine).getByTestId('my-sla-at-risk')).not.toHaveClass('sla-at-risk-count');
    expect(screen.getByRole('columnheader', { name: 'SLA overdue' })).toBeInTheDocument();
    expect(screen.getByRole('columnheader', { name: 'SLA at risk' })).toBeInTheDocument();

    const refused = screen.getAllByTestId('inflow-board')[1]!;
    expect(await within(refused).findByRole('alert')).toHaveTextContent('The inflow board of JP could not be loaded. You are not a member of service JP.');
  });

  it('is in Korean with the words of the seeds', async () => {
    renderWithProviders(
      <LocaleContext.Provider value="ko">
        <Dashboard services={services.slice(0, 1)} />
      </LocaleContext.Provider>,
      { fetchFn: api().fetchFn },
    );
    const board = await screen.findByTestId('inflow-board');
    expect(within(board).getByRole('heading')).toHaveTextContent('인입현황 · CS 고객센터');
    expect(await within(board).findByText('금일 | 누적 미할당')).toBeInTheDocument();
    expect(within(board).getByText('처리율(24h)')).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'My 현황' })).toBeInTheDocument();
    expect(await screen.findByRole('columnheader', { name: '약속콜' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: '내 약속콜' })).toBeInTheDocument();
    expect(await screen.findAllByText('시간 도래')).toHaveLength(1);
    expect(within(board).getByTestId('inflow-rate')).toHaveTextContent('62.5%');
  });

  it('counts my tickets past due and at risk per service, as 0 when an older server leaves them out, in ko and ja', async () => {
    const server = fakeServer(
      (url) => (url.pathname === '/api/v1/me/callbacks' ? jsonResponse([]) : undefined),
      (url) =>
        url.pathname === '/api/v1/me/status'
          ? jsonResponse({
              services: [
                { service: 'CS', inProgress: 3, onHold: 1, callbacks: 0, callbacksDue: 0, escalationsUnanswered: 0, slaOverdue: 0, slaAtRisk: 2 },
                { service: 'JP', inProgress: 1, onHold: 0, callbacks: 0, callbacksDue: 0, escalationsUnanswered: 0 },
              ],
            })
          : undefined,
    );
    const { unmount } = renderWithProviders(
      <LocaleContext.Provider value="ko">
        <Dashboard services={services} />
      </LocaleContext.Provider>,
      { fetchFn: server.fetchFn },
    );
    const rows = await within(screen.getByTestId('my-status')).findAllByTestId('my-status-service');
    expect(within(rows[0]!).getByTestId('my-sla-overdue')).toHaveTextContent('0');
    expect(within(rows[0]!).getByTestId('my-sla-at-risk')).toHaveTextContent('2');
    expect(within(rows[0]!).getByTestId('my-sla-at-risk')).toHaveClass('sla-at-risk-count');
    expect(within(rows[1]!).getByTestId('my-sla-overdue')).toHaveTextContent('0');
    expect(within(rows[1]!).getByTestId('my-sla-at-risk')).toHaveTextContent('0');
    expect(screen.getByRole('columnheader', { name: '응답 기한 지연' })).toBeInTheDocument();
    expect(screen.getByRole('columnheader', { name: '응답 기한 임박' })).toBeInTheDocument();
    unmount();
    renderWithProviders(
      <LocaleContext.Provider value="ja">
        <Dashboard services={services} />
      </LocaleContext.Provider>,
      { fetchFn: server.fetchFn },
    );
    expect(await screen.findByRole('columnheader', { name: '応答期限超過' })).toBeInTheDocument();
    expect(screen.getByRole('columnheader', { name: '応答期限間近' })).toBeInTheDocument();
  });
});
