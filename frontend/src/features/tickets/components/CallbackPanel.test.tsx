import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { LocaleContext } from '../../../i18n';
import { fakeServer } from '../../../test/fake-server';
import { jsonResponse, problemResponse, renderWithProviders } from '../../../test/render';
import type { Ticket } from '../api/types';
import { CallbackPanel } from './CallbackPanel';
import { testTicket } from './test-ticket';

const reserved = {
  at: '2026-12-03T01:00:00Z',
  phone: '010-1234-5678',
  note: '환불 확인 후 전화',
  reservedBy: 'bob',
  due: false,
};

const assigneeTicket = (overrides: Partial<Ticket> = {}): Ticket =>
  testTicket({
    allowedActions: ['forward', 'comment', 'hold', 'resolve', 'internal-resolution', 'callback'],
    customer: { email: 'kim@example.com', phone: '+82 10-9876-5432' },
    ...overrides,
  });

/** ticket-service answering every callback request with `answer`; the requests are kept with their bodies. */
function server(answer: () => Response) {
  const sent: { method: string; path: string; body: unknown; ifMatch: string | undefined }[] = [];
  const api = fakeServer((url, init) => {
    if (!url.pathname.startsWith('/api/v1/tickets/t-1/callback')) return undefined;
    sent.push({
      method: init?.method ?? 'GET',
      path: url.pathname,
      body: init?.body ? JSON.parse(String(init.body)) : undefined,
      ifMatch: (init?.headers as Record<string, string>)['If-Match'],
    });
    return answer();
  });
  return { ...api, sent };
}

describe('CallbackPanel', () => {
  it('is not there when the ticket has no reservation and the reader may not make one', () => {
    renderWithProviders(<CallbackPanel ticket={testTicket({ allowedActions: ['comment'] })} />, {
      fetchFn: fakeServer().fetchFn,
    });
    expect(screen.queryByTestId('callback-panel')).not.toBeInTheDocument();
  });

  it("shows the open reservation in the service's time zone, without a form for who may not change it", () => {
    renderWithProviders(
      <CallbackPanel ticket={testTicket({ allowedActions: ['comment'], callback: reserved })} timeZone="Asia/Seoul" />,
      { fetchFn: fakeServer().fetchFn },
    );
    const current = screen.getByTestId('callback-current');
    // 01:00 UTC is 10:00 in Seoul
    expect(within(current).getByTestId('callback-at')).toHaveTextContent('Dec 3, 2026, 10:00 AM');
    expect(within(current).getByTestId('callback-phone')).toHaveTextContent('010-1234-5678');
    expect(within(current).getByTestId('callback-note')).toHaveTextContent('환불 확인 후 전화');
    expect(current).toHaveTextContent('Reserved by bob');
    expect(current).toHaveAttribute('data-due', 'false');
    expect(screen.queryByTestId('callback-due')).not.toBeInTheDocument();
    expect(screen.queryByTestId('callback-reserve')).not.toBeInTheDocument();
    expect(screen.queryByLabelText('Call at')).not.toBeInTheDocument();
  });

  it("reserves one at the time typed in the service's zone, on the customer's phone unless changed", async () => {
    const api = server(() => jsonResponse(assigneeTicket({ version: 2, callback: reserved })));
    renderWithProviders(<CallbackPanel ticket={assigneeTicket()} timeZone="Asia/Seoul" />, { fetchFn: api.fetchFn });
    expect(screen.getByTestId('callback-none')).toHaveTextContent('No callback reserved.');
    expect(screen.getByLabelText('Phone number')).toHaveValue('+82 10-9876-5432');
    expect(screen.getByText('Time in Asia/Seoul')).toBeInTheDocument();

    fireEvent.change(screen.getByLabelText('Call at'), { target: { value: '2026-12-03T10:00' } });
    await userEvent.type(screen.getByLabelText('Note'), '환불 확인 후 전화');
    await userEvent.click(screen.getByTestId('callback-reserve'));

    await waitFor(() => expect(api.sent).toHaveLength(1));
    expect(api.sent[0]).toEqual({
      method: 'PUT',
      path: '/api/v1/tickets/t-1/callback',
      body: { at: '2026-12-03T10:00:00+09:00', phone: '+82 10-9876-5432', note: '환불 확인 후 전화' },
      ifMatch: '"1"',
    });
  });

  it('asks for the time before sending anything', async () => {
    const api = server(() => jsonResponse(assigneeTicket()));
    renderWithProviders(<CallbackPanel ticket={assigneeTicket()} timeZone="Asia/Seoul" />, { fetchFn: api.fetchFn });
    await userEvent.click(screen.getByTestId('callback-reserve'));
    expect(screen.getByText('Choose the date and time of the call.')).toBeInTheDocument();
    expect(api.sent).toHaveLength(0);
  });

  it('moves, finishes and cancels the open one, and marks it when its time has come', async () => {
    const api = server(() => jsonResponse(assigneeTicket({ version: 3, callback: null })));
    renderWithProviders(
      <CallbackPanel ticket={assigneeTicket({ version: 2, callback: { ...reserved, due: true } })} timeZone="Asia/Seoul" />,
      { fetchFn: api.fetchFn },
    );
    expect(screen.getByTestId('callback-current')).toHaveAttribute('data-due', 'true');
    expect(screen.getByTestId('callback-due')).toHaveTextContent('Due');
    // the form starts from the reservation, in the service's zone
    expect(screen.getByLabelText('Call at')).toHaveValue('2026-12-03T10:00');
    expect(screen.getByLabelText('Phone number')).toHaveValue('010-1234-5678');
    expect(screen.getByTestId('callback-reserve')).toHaveTextContent('Move callback');

    await userEvent.type(screen.getByLabelText('How the call went (optional)'), '통화 완료');
    await userEvent.click(screen.getByTestId('callback-done'));
    await waitFor(() => expect(api.sent).toHaveLength(1));
    expect(api.sent[0]).toEqual({
      method: 'POST',
      path: '/api/v1/tickets/t-1/callback/done',
      body: { note: '통화 완료' },
      ifMatch: '"2"',
    });

    await userEvent.click(screen.getByTestId('callback-cancel'));
    await waitFor(() => expect(api.sent).toHaveLength(2));
    expect(api.sent[1]).toMatchObject({ method: 'DELETE', path: '/api/v1/tickets/t-1/callback', body: undefined });
  });

  it("shows the server's word on a member under its field", async () => {
    const api = server(() =>
      problemResponse({
        type: 'https://switchboard.dev/problems/validation',
        title: 'Invalid request',
        status: 400,
        detail: 'The request has invalid fields.',
        errors: [{ field: 'phone', message: 'must be a phone number of 4 to 30 characters: digits, spaces, + - ( )' }],
      }),
    );
    renderWithProviders(<CallbackPanel ticket={assigneeTicket()} timeZone="Asia/Seoul" />, { fetchFn: api.fetchFn });
    fireEvent.change(screen.getByLabelText('Call at'), { target: { value: '2026-12-03T10:00' } });
    await userEvent.clear(screen.getByLabelText('Phone number'));
    await userEvent.type(screen.getByLabelText('Phone number'), 'call me');
    await userEvent.click(screen.getByTestId('callback-reserve'));
    expect(await screen.findByText('must be a phone number of 4 to 30 characters: digits, spaces, + - ( )'))
      .toBeInTheDocument();
    expect(api.sent[0]!.body).toEqual({ at: '2026-12-03T10:00:00+09:00', phone: 'call me' });
  });

  it('is in Korean', () => {
    renderWithProviders(
      <LocaleContext.Provider value="ko">
        <CallbackPanel ticket={assigneeTicket({ callback: { ...reserved, due: true } })} timeZone="Asia/Seoul" />
      </LocaleContext.Provider>,
      { fetchFn: fakeServer().fetchFn },
    );
    expect(screen.getByRole('heading', { name: '약속콜 (전화예약)' })).toBeInTheDocument();
    expect(screen.getByTestId('callback-due')).toHaveTextContent('시간 도래');
    expect(screen.getByTestId('callback-done')).toHaveTextContent('통화 완료');
    expect(screen.getByText('Asia/Seoul 기준')).toBeInTheDocument();
  });
});
