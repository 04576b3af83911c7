import { screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { AuthContext, type AuthSession } from '../features/auth/lib/auth-context';
import { jsonResponse, renderWithProviders } from '../test/render';
import { Header } from './Header';

const session: AuthSession = { username: 'bob', tokenName: 'Bob', getToken: async () => 't', logout: () => {} };

function renderHeader(me: unknown, services: unknown = [], route = '/') {
  const fetchFn = vi.fn(async (input: RequestInfo | URL) =>
    jsonResponse(String(input) === '/api/v1/services' ? services : me),
  );
  renderWithProviders(
    <AuthContext.Provider value={session}>
      <Header />
    </AuthContext.Provider>,
    { fetchFn: fetchFn as unknown as typeof fetch, route },
  );
  return fetchFn;
}

const member = (role: string) => ({ code: 'CS', name: 'CS', type: 'INQUIRY', role, groups: [] });

describe('Header', () => {
  it('shows the administration link to a service ADMIN', async () => {
    renderHeader({ username: 'bob', displayName: 'Bob', email: 'b@x', roles: ['agent'], services: [member('ADMIN')] });
    expect(await screen.findByTestId('nav-admin')).toHaveAttribute('href', '/admin');
  });

  it('hides it from an OPERATOR', async () => {
    const fetchFn = renderHeader({ username: 'carol', displayName: 'Carol', email: 'c@x', roles: ['agent'], services: [member('OPERATOR')] });
    expect(await screen.findByText('Carol')).toBeInTheDocument();
    expect(screen.queryByTestId('nav-admin')).not.toBeInTheDocument();
    expect(fetchFn.mock.calls.map(([url]) => String(url))).not.toContain('/api/v1/services');
  });

  it('shows it to an org-admin who is in no service, from the list of all services', async () => {
    const fetchFn = renderHeader({ username: 'admin', displayName: 'Admin', email: 'a@x', roles: ['org-admin'], services: [] }, [
      { code: 'CS', name: 'CS' },
    ]);
    expect(await screen.findByTestId('nav-admin')).toBeInTheDocument();
    expect(fetchFn.mock.calls.map(([url]) => String(url))).toContain('/api/v1/services');
  });

  it('leads "Tickets" back to the list last looked at, current on the views but not on the search', () => {
    sessionStorage.setItem('switchboard.lastList', '/search?q=%E8%AB%8B%E6%B1%82');
    const operator = { username: 'bob', displayName: 'Bob', email: 'b@x', roles: ['agent'], services: [] };
    renderHeader(operator, [], '/search?q=%E8%AB%8B%E6%B1%82');
    expect(screen.getByTestId('nav-tickets')).toHaveAttribute('href', '/search?q=%E8%AB%8B%E6%B1%82');
    expect(screen.getByTestId('nav-tickets')).not.toHaveAttribute('aria-current');
    expect(screen.getByTestId('nav-search')).toHaveAttribute('aria-current', 'page');
  });

  it('marks "Tickets" current on a view', () => {
    renderHeader({ username: 'bob', displayName: 'Bob', email: 'b@x', roles: ['agent'], services: [] }, [], '/views/spam');
    expect(screen.getByTestId('nav-tickets')).toHaveAttribute('aria-current', 'page');
    expect(screen.getByTestId('nav-tickets')).toHaveAttribute('href', '/views/my-in-progress');
  });
});
