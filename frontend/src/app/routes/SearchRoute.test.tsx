import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Route, Routes } from 'react-router';
import { describe, expect, it } from 'vitest';
import { testTicket } from '../../features/tickets/components/test-ticket';
import { fakeServer } from '../../test/fake-server';
import { LocationProbe, jsonResponse, renderWithProviders } from '../../test/render';
import { SearchRoute } from './WorkspaceRoutes';

const me = {
  username: 'bob',
  displayName: 'Bob',
  email: 'b@x',
  roles: ['agent'],
  services: [{ code: 'CS', name: 'CS 고객센터', type: 'INQUIRY', role: 'OPERATOR', groups: [] }],
};
const found = testTicket({ id: 'f1', number: 'CS-40', title: '請求書の再発行について' });

function server() {
  return fakeServer((url) => {
    const routes: Record<string, unknown> = {
      '/api/v1/me': me,
      '/api/v1/tickets/counts': { services: [], total: {} },
      '/api/v1/tickets': { items: [found], next: null },
      '/api/v1/services/CS/groups': [{ id: 'g-1', serviceCode: 'CS', name: 'Billing', members: [] }],
      '/api/v1/services/CS/members': [{ username: 'carol', displayName: 'Carol Sato', role: 'OPERATOR' }],
      '/api/v1/services/CS/inquiry-types': [
        { id: 'it-1', names: { en: 'Payment', ja: '決済' }, position: 0, children: [{ id: 'it-2', names: { en: 'Refund' }, position: 0, children: [] }] },
      ],
      '/api/v1/services/CS/processing-types': [],
      '/api/v1/services/CS/fields': [
        { code: 'order_no', names: { en: 'Order number' }, encrypted: false, active: true },
        { code: 'card', names: { en: 'Card number' }, encrypted: true, active: true },
      ],
    };
    return url.pathname in routes ? jsonResponse(routes[url.pathname]) : undefined;
  });
}

function renderSearch(route = '/search') {
  const api = server();
  renderWithProviders(
    <>
      <Routes>
        <Route path="/search" element={<SearchRoute />} />
        <Route path="/search/:ticketId" element={<SearchRoute />} />
      </Routes>
      <LocationProbe />
    </>,
    { fetchFn: api.fetchFn, route },
  );
  return api;
}

describe('ticket search', () => {
  it('sends the full text and every criterion chosen as the list query, and lists what it finds', async () => {
    const user = userEvent.setup();
    const api = renderSearch();
    const panel = await screen.findByTestId('search-panel');
    expect(screen.queryByTestId('ticket-list')).not.toBeInTheDocument();

    await user.type(within(panel).getByLabelText('Full text (title and messages)'), '請求 解約');
    await user.selectOptions(within(panel).getByLabelText('Service'), 'CS');
    await user.click(within(panel).getByRole('checkbox', { name: 'On hold' }));
    await user.click(within(panel).getByRole('checkbox', { name: 'In progress' }));
    await user.click(within(panel).getByRole('checkbox', { name: 'Phone' }));
    await user.type(within(panel).getByLabelText('Created from'), '2026-11-01');
    await user.type(within(panel).getByLabelText('Customer e-mail'), 'kim@example.com');
    // the service's own options, once it is chosen; encrypted fields are not offered
    await waitFor(() => expect(within(panel).getByLabelText('Group')).toBeEnabled());
    await user.selectOptions(within(panel).getByLabelText('Group'), 'Billing');
    await user.selectOptions(within(panel).getByLabelText('Assignee'), 'Carol Sato');
    await user.selectOptions(within(panel).getByLabelText('Inquiry type (with its subtypes)'), 'it-2');
    expect(within(within(panel).getByLabelText('Custom field')).queryByRole('option', { name: 'Card number' })).toBeNull();
    await user.selectOptions(within(panel).getByLabelText('Custom field'), 'order_no');
    await user.type(within(panel).getByLabelText('Field value'), 'A-100');
    await user.click(within(panel).getByRole('button', { name: 'Search' }));

    const expected =
      'view=all&q=%E8%AB%8B%E6%B1%82+%E8%A7%A3%E7%B4%84&service=CS&createdFrom=2026-11-01&group=g-1&assignee=carol' +
      '&inquiryType=it-2&email=kim%40example.com&status=ON_HOLD&status=IN_PROGRESS&channel=PHONE&field.order_no=A-100';
    expect(screen.getByTestId('location')).toHaveTextContent(`/search?${expected}`);
    expect(await screen.findByTestId('ticket-title')).toHaveTextContent('請求書の再発行について');
    expect(api.calls).toContain(`GET /api/v1/tickets?${expected}&limit=50`);
  });

  it('says what is wrong instead of searching', async () => {
    const user = userEvent.setup();
    const api = renderSearch();
    const panel = await screen.findByTestId('search-panel');
    await user.type(within(panel).getByLabelText('Created from'), '2026-12-02');
    await user.type(within(panel).getByLabelText('Created until'), '2026-12-01');
    await user.type(within(panel).getByLabelText('Ticket number'), '12');
    await user.click(within(panel).getByRole('button', { name: 'Search' }));
    expect(screen.getByTestId('search-error-rangeInverted')).toHaveTextContent('The start date must not be after the end date.');
    expect(screen.getByTestId('search-error-numberInvalid')).toHaveTextContent('A ticket number looks like CS-12.');
    expect(screen.getByTestId('location')).toHaveTextContent(/^\/search$/);
    expect(api.calls.some((c) => c.startsWith('GET /api/v1/tickets?'))).toBe(false);
  });

  it('shows the search of the address again, and its results', async () => {
    renderSearch('/search?view=spam&q=%ED%99%98%EB%B6%88&status=RESOLVED');
    const panel = await screen.findByTestId('search-panel');
    expect(within(panel).getByLabelText('Full text (title and messages)')).toHaveValue('환불');
    expect(within(panel).getByLabelText('Search in')).toHaveValue('spam');
    expect(within(panel).getByRole('checkbox', { name: 'Resolved' })).toBeChecked();
    expect(await screen.findByRole('link', { name: '請求書の再発行について' })).toHaveAttribute(
      'href',
      '/search/f1?view=spam&q=%ED%99%98%EB%B6%88&status=RESOLVED',
    );
  });

  it('keeps the important-only filter of the menu when searching again', async () => {
    const user = userEvent.setup();
    const api = renderSearch('/search?view=all&q=%ED%99%98%EB%B6%88&starred=true');
    const panel = await screen.findByTestId('search-panel');
    await user.clear(within(panel).getByLabelText('Full text (title and messages)'));
    await user.type(within(panel).getByLabelText('Full text (title and messages)'), '결제');
    await user.click(within(panel).getByRole('button', { name: 'Search' }));
    expect(screen.getByTestId('location')).toHaveTextContent('/search?view=all&q=%EA%B2%B0%EC%A0%9C&starred=true');
    await waitFor(() => expect(api.calls).toContain('GET /api/v1/tickets?view=all&q=%EA%B2%B0%EC%A0%9C&starred=true&limit=50'));
  });
});
