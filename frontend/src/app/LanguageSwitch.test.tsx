import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { AuthContext, type AuthSession } from '../features/auth/lib/auth-context';
import { TicketList } from '../features/tickets';
import { LOCALE_STORAGE_KEY, LocaleProvider } from '../i18n';
import { jsonResponse, renderWithProviders } from '../test/render';
import { Header } from './Header';

const session: AuthSession = { username: 'bob', tokenName: 'Bob', getToken: async () => 't', logout: () => {} };
const me = { username: 'bob', displayName: 'Bob', email: 'b@x', roles: ['agent'], services: [] };
const tickets = {
  items: [
    {
      id: 'id-1',
      number: 'CS-1',
      serviceCode: 'CS',
      title: 'Printer',
      content: '…',
      channel: 'EMAIL',
      status: 'IN_PROGRESS',
      group: null,
      assignee: { username: 'bob', displayName: 'Bob Kim' },
      customer: { email: 'c@example.com' },
      createdAt: '2026-01-05T09:00:00Z',
      updatedAt: '2026-01-05T09:00:00Z',
      version: 1,
    },
  ],
  next: null,
};

function renderConsole() {
  const fetchFn = vi.fn(async (input: RequestInfo | URL) =>
    jsonResponse(String(input).startsWith('/api/v1/tickets') ? tickets : me),
  );
  renderWithProviders(
    <LocaleProvider>
      <AuthContext.Provider value={session}>
        <Header />
        <TicketList query={{ view: 'all' }} heading="All tickets" linkTo={(t) => `/tickets/${t.id}`} />
      </AuthContext.Provider>
    </LocaleProvider>,
    { fetchFn: fetchFn as unknown as typeof fetch },
  );
  return fetchFn;
}

const nav = () => screen.getByRole('navigation');
const select = () => screen.getByTestId('language-select');

describe('language selection in the header', () => {
  it('offers 한국어, 日本語 and English, each named in itself', () => {
    renderConsole();
    expect(within(select()).getAllByRole('option').map((o) => [o.getAttribute('value'), o.textContent])).toEqual([
      ['ko', '한국어'],
      ['ja', '日本語'],
      ['en', 'English'],
    ]);
    expect(select()).toHaveValue('en');
    expect(select()).toHaveAccessibleName('Language');
  });

  it('switches the header and the ticket list to Korean and Japanese without reloading data', async () => {
    const user = userEvent.setup();
    renderConsole();
    expect(await screen.findByRole('columnheader', { name: 'Assignee' })).toBeInTheDocument();
    expect(within(nav()).getByRole('link', { name: 'Tickets' })).toBeInTheDocument();
    const englishDate = screen.getByText(/Jan 5, 2026/);

    await user.selectOptions(select(), 'ko');
    expect(within(nav()).getByRole('link', { name: '티켓관리' })).toBeInTheDocument();
    expect(within(nav()).getByRole('link', { name: '티켓검색' })).toBeInTheDocument();
    expect(within(nav()).getByRole('link', { name: '대시보드' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: '로그아웃' })).toBeInTheDocument();
    expect(screen.getByRole('columnheader', { name: '담당자' })).toBeInTheDocument();
    expect(screen.getByTestId('ticket-status')).toHaveTextContent('처리중');
    expect(screen.getByTestId('ticket-channel')).toHaveTextContent('이메일');
    expect(englishDate).not.toHaveTextContent(/Jan/);
    expect(select()).toHaveAccessibleName('언어');
    expect(document.documentElement.lang).toBe('ko');

    await user.selectOptions(select(), 'ja');
    expect(within(nav()).getByRole('link', { name: 'チケット管理' })).toBeInTheDocument();
    expect(screen.getByRole('columnheader', { name: '担当者' })).toBeInTheDocument();
    expect(screen.getByTestId('ticket-status')).toHaveTextContent('処理中');
    expect(screen.getByRole('columnheader', { name: '優先度' })).toBeInTheDocument();
    expect(document.documentElement.lang).toBe('ja');
    expect(localStorage.getItem(LOCALE_STORAGE_KEY)).toBe('ja');
    expect(screen.getByTestId('ticket-number')).toHaveTextContent('CS-1');
  });

  it('starts in the language saved earlier', async () => {
    localStorage.setItem(LOCALE_STORAGE_KEY, 'ko');
    renderConsole();
    expect(select()).toHaveValue('ko');
    expect(await screen.findByRole('columnheader', { name: '담당자' })).toBeInTheDocument();
  });

  it('starts in the browser language when nothing is saved', () => {
    vi.spyOn(navigator, 'languages', 'get').mockReturnValue(['ja-JP', 'ko-KR']);
    renderConsole();
    expect(select()).toHaveValue('ja');
    expect(within(nav()).getByRole('link', { name: 'チケット検索' })).toBeInTheDocument();
  });

  it('uses English for a browser that speaks none of them', () => {
    vi.spyOn(navigator, 'languages', 'get').mockReturnValue(['fr-FR', 'de-DE']);
    renderConsole();
    expect(select()).toHaveValue('en');
    expect(within(nav()).getByRole('link', { name: 'Dashboard' })).toBeInTheDocument();
  });
});
