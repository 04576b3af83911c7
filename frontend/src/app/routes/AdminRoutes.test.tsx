import { screen, within } from '@testing-library/react';
import { Route, Routes } from 'react-router';
import { describe, expect, it, vi } from 'vitest';
import { jsonResponse, renderWithProviders } from '../../test/render';
import {
  AdminHomeRoute,
  AdminServiceLayout,
  DoorayConnectionRoute,
  MailSettingsRoute,
  ServicesRoute,
  SlaPoliciesRoute,
  TemplatesRoute,
} from './AdminRoutes';

const me = (roles: string[], services: { code: string; role: string }[]) => ({
  username: 'u',
  displayName: 'U',
  email: 'u@example.com',
  roles,
  services: services.map((s) => ({ ...s, name: `${s.code} 고객센터`, type: 'INQUIRY', groups: [] })),
});

function render(route: string, meBody: unknown, services: unknown = []) {
  const fetchFn = vi.fn(async (input: RequestInfo | URL) => {
    const url = String(input);
    if (url === '/api/v1/me') return jsonResponse(meBody);
    if (url === '/api/v1/services') return jsonResponse(services);
    return jsonResponse({ status: 404, detail: 'not here' }, 404);
  });
  renderWithProviders(
    <Routes>
      <Route path="/admin" element={<AdminHomeRoute />} />
      <Route path="/admin/services" element={<ServicesRoute />} />
      <Route path="/admin/services/:code" element={<AdminServiceLayout />}>
        <Route path="mail" element={<MailSettingsRoute />} />
        <Route path="dooray" element={<DoorayConnectionRoute />} />
        <Route path="sla" element={<SlaPoliciesRoute />} />
        <Route path="templates" element={<TemplatesRoute />} />
      </Route>
    </Routes>,
    { fetchFn: fetchFn as unknown as typeof fetch, route },
  );
  return fetchFn;
}

describe('admin routes', () => {
  it('lists the services the user administers with links to their mail screens', async () => {
    render('/admin', me(['agent'], [{ code: 'CS', role: 'ADMIN' }, { code: 'JP', role: 'OPERATOR' }]));
    const items = await screen.findAllByTestId('admin-service');
    expect(items).toHaveLength(1);
    expect(items[0]).toHaveTextContent('CS 고객센터');
    expect(within(items[0]!).getByRole('link', { name: 'Settings' })).toHaveAttribute('href', '/admin/services/CS/settings');
    expect(within(items[0]!).getByRole('link', { name: 'Mail settings' })).toHaveAttribute('href', '/admin/services/CS/mail');
    expect(within(items[0]!).getByRole('link', { name: 'Inquiry types' })).toHaveAttribute('href', '/admin/services/CS/inquiry-types');
    expect(within(items[0]!).getByRole('link', { name: 'Processing types' })).toHaveAttribute('href', '/admin/services/CS/processing-types');
    expect(screen.queryByTestId('admin-all-services')).not.toBeInTheDocument();
    expect(within(items[0]!).getByRole('link', { name: 'Dead letters' })).toHaveAttribute('href', '/admin/services/CS/dead-letters');
    expect(within(items[0]!).getByRole('link', { name: 'Quarantine' })).toHaveAttribute('href', '/admin/services/CS/quarantine');
    expect(within(items[0]!).getByRole('link', { name: 'Dooray connection' })).toHaveAttribute('href', '/admin/services/CS/dooray');
    expect(within(items[0]!).getByRole('link', { name: 'SLA policies' })).toHaveAttribute('href', '/admin/services/CS/sla');
  });

  it('leads an org-admin to every service of the organisation, and keeps others out of that page', async () => {
    render('/admin', me(['agent', 'org-admin'], [{ code: 'CS', role: 'ADMIN' }]), [{ code: 'CS', name: 'CS 고객센터' }]);
    expect(await screen.findByTestId('admin-all-services')).toHaveAttribute('href', '/admin/services');
  });

  it('shows the organisation\'s services only to org-admins', async () => {
    const fetchFn = render('/admin/services', me(['agent'], [{ code: 'CS', role: 'ADMIN' }]));
    expect(await screen.findByTestId('admin-not-allowed')).toHaveTextContent('Only organisation admins see every service');
    expect(fetchFn.mock.calls.map(([u]) => String(u))).not.toContain('/api/v1/services');
  });

  it('tells an operator that they administer nothing', async () => {
    render('/admin', me(['agent'], [{ code: 'CS', role: 'OPERATOR' }]));
    expect(await screen.findByText('You do not administer any service.')).toBeInTheDocument();
  });

  it('keeps an operator out of a service screen without asking the server for it', async () => {
    const fetchFn = render('/admin/services/CS/mail', me(['agent'], [{ code: 'CS', role: 'OPERATOR' }]));
    expect(await screen.findByTestId('admin-not-allowed')).toHaveTextContent('You may not administer service CS.');
    expect(fetchFn.mock.calls.map(([u]) => String(u))).not.toContain('/api/v1/notifications/services/CS/mail-settings');
  });

  it('lets an org-admin into any service, with the sub-navigation', async () => {
    const fetchFn = render('/admin/services/JP/mail', me(['org-admin'], []), [{ code: 'JP', name: 'JP' }]);
    const nav = await screen.findByRole('navigation', { name: 'Administration of service JP' });
    expect(within(nav).getByRole('link', { name: 'Dead letters' })).toHaveAttribute('href', '/admin/services/JP/dead-letters');
    await vi.waitFor(() =>
      expect(fetchFn.mock.calls.map(([u]) => String(u))).toContain('/api/v1/notifications/services/JP/mail-settings'),
    );
  });

  it("keeps an operator out of the service's Dooray connection without asking the server for it", async () => {
    const fetchFn = render('/admin/services/CS/dooray', me(['agent'], [{ code: 'CS', role: 'OPERATOR' }]));
    expect(await screen.findByTestId('admin-not-allowed')).toBeInTheDocument();
    expect(fetchFn.mock.calls.map(([u]) => String(u))).not.toContain('/api/v1/dooray/services/CS/connection');
  });

  it("shows a service admin the service's Dooray connection, linked from the sub-navigation", async () => {
    const fetchFn = render('/admin/services/CS/dooray', me(['agent'], [{ code: 'CS', role: 'ADMIN' }]));
    const nav = await screen.findByRole('navigation', { name: 'Administration of service CS' });
    expect(within(nav).getByRole('link', { name: 'Dooray connection' })).toHaveAttribute('href', '/admin/services/CS/dooray');
    // no connection yet (404): the form to connect one
    expect(await screen.findByTestId('dooray-not-connected')).toBeInTheDocument();
    expect(fetchFn.mock.calls.map(([u]) => String(u))).toContain('/api/v1/dooray/services/CS/connection');
  });

  it("keeps an operator out of the service's SLA policies without asking the server for them", async () => {
    const fetchFn = render('/admin/services/CS/sla', me(['agent'], [{ code: 'CS', role: 'OPERATOR' }]));
    expect(await screen.findByTestId('admin-not-allowed')).toBeInTheDocument();
    expect(fetchFn.mock.calls.map(([u]) => String(u))).not.toContain('/api/v1/sla/services/CS/policies');
  });

  it("shows a service admin the service's SLA policies to edit, linked from the sub-navigation", async () => {
    const fetchFn = render('/admin/services/CS/sla', me(['agent'], [{ code: 'CS', role: 'ADMIN' }]));
    const nav = await screen.findByRole('navigation', { name: 'Administration of service CS' });
    expect(within(nav).getByRole('link', { name: 'SLA policies' })).toHaveAttribute('href', '/admin/services/CS/sla');
    // the fake server has no policies API (404): the page says it could not load them
    expect(await screen.findByText('The SLA policies could not be loaded.', { exact: false })).toBeInTheDocument();
    expect(fetchFn.mock.calls.map(([u]) => String(u))).toContain('/api/v1/sla/services/CS/policies');
  });

  it("shows an org-admin the service's templates, linked from the sub-navigation, with the shared toggle", async () => {
    const fetchFn = render('/admin/services/CS/templates', me(['org-admin'], []), [{ code: 'CS', name: 'CS' }]);
    const nav = await screen.findByRole('navigation', { name: 'Administration of service CS' });
    expect(within(nav).getByRole('link', { name: 'Templates' })).toHaveAttribute('href', '/admin/services/CS/templates');
    await vi.waitFor(() => expect(fetchFn.mock.calls.map(([u]) => String(u))).toContain('/api/v1/services/CS/templates?limit=200'));
    (await screen.findByTestId('templates-add')).click();
    expect(await screen.findByTestId('template-shared')).toBeInTheDocument();
  });
});
