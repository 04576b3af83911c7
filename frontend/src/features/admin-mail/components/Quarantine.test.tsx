import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Route, Routes } from 'react-router';
import { describe, expect, it } from 'vitest';
import { jsonResponse, problemResponse, renderWithProviders } from '../../../test/render';
import type { QuarantinedMail, QuarantinedMailDetail } from '../api/types';
import { QuarantineDetail, QuarantineList } from './Quarantine';
import { fakeServer, type Handler } from './test-server';

const mail = (n: number, overrides: Partial<QuarantinedMail> = {}): QuarantinedMail => ({
  id: `q-${n}`,
  serviceCode: 'CS',
  mailbox: 'cs@example.com/INBOX',
  reason: 'UNDECODABLE_CHARSET',
  detail: 'charset x-unknown',
  from: `sender${n}@example.jp`,
  subject: `件名 ${n}`,
  size: 2048,
  receivedAt: '2026-12-01T08:00:00Z',
  ...overrides,
});

const detail: QuarantinedMailDetail = {
  ...mail(1, { reason: 'TOO_LARGE', detail: 'size 31457280 exceeds 26214400', size: 31457280 }),
  headers: [
    { name: 'From', value: 'sender1@example.jp' },
    { name: 'Message-ID', value: '<abc@example.jp>' },
  ],
};

const LIST = 'GET /api/v1/notifications/quarantined-mails';

function setup(routes: Record<string, Handler>, route = '/admin/services/CS/quarantine') {
  const server = fakeServer(routes);
  renderWithProviders(
    <Routes>
      <Route path="/admin/services/:code/quarantine" element={<QuarantineList code="CS" />} />
      <Route path="/admin/services/:code/quarantine/:id" element={<QuarantineDetail code="CS" id="q-1" />} />
    </Routes>,
    { fetchFn: server.fetchFn, route },
  );
  return server;
}

describe('Quarantine', () => {
  it('lists quarantined mails with reason, from, subject, size and time, linking to their detail', async () => {
    const server = setup({
      [LIST]: () => jsonResponse({ items: [mail(1), mail(2, { reason: 'MALFORMED', subject: null, size: 512 })], next: null }),
    });
    const rows = await screen.findAllByTestId('quarantined-mail');
    expect(rows).toHaveLength(2);
    expect(within(rows[0]!).getByTestId('quarantine-reason')).toHaveTextContent('Unknown character set');
    expect(rows[0]).toHaveTextContent('sender1@example.jp');
    expect(rows[0]).toHaveTextContent('2.0 KB');
    expect(within(rows[0]!).getByRole('link', { name: '件名 1' })).toHaveAttribute('href', '/admin/services/CS/quarantine/q-1');
    expect(within(rows[1]!).getByTestId('quarantine-reason')).toHaveTextContent('Malformed');
    expect(within(rows[1]!).getByRole('link', { name: '(no subject)' })).toBeInTheDocument();
    expect(rows[1]).toHaveTextContent('512 B');
    expect(server.calls[0]!.url).toBe('/api/v1/notifications/quarantined-mails?serviceCode=CS&limit=50');
  });

  it('loads more with the cursor', async () => {
    const server = setup({
      [LIST]: (_, url) =>
        jsonResponse(url.searchParams.get('cursor') ? { items: [mail(3)], next: null } : { items: [mail(1), mail(2)], next: 'n2' }),
    });
    expect(await screen.findAllByTestId('quarantined-mail')).toHaveLength(2);
    await userEvent.click(screen.getByRole('button', { name: 'Load more' }));
    await waitFor(() => expect(screen.getAllByTestId('quarantined-mail')).toHaveLength(3));
    expect(server.calls[1]!.url).toContain('cursor=n2');
  });

  it('says when the quarantine is empty', async () => {
    setup({ [LIST]: () => jsonResponse({ items: [], next: null }) });
    expect(await screen.findByText('No quarantined mails.')).toBeInTheDocument();
  });

  it('shows why the list could not be loaded', async () => {
    setup({ [LIST]: () => problemResponse({ status: 404, title: 'Not Found', detail: 'Service CS is not yours.' }) });
    expect(await screen.findByRole('alert')).toHaveTextContent('Service CS is not yours.');
  });

  it('shows a mail with its headers', async () => {
    setup({ 'GET /api/v1/notifications/quarantined-mails/q-1': () => jsonResponse(detail) }, '/admin/services/CS/quarantine/q-1');
    const view = await screen.findByTestId('quarantine-detail');
    expect(within(view).getByRole('heading', { level: 1 })).toHaveTextContent('件名 1');
    expect(view).toHaveTextContent('Too large');
    expect(view).toHaveTextContent('size 31457280 exceeds 26214400');
    expect(view).toHaveTextContent('30.0 MB');
    expect(view).toHaveTextContent('cs@example.com/INBOX');
    const headers = within(screen.getByTestId('quarantine-headers')).getAllByRole('row');
    expect(headers).toHaveLength(2);
    expect(headers[1]).toHaveTextContent('Message-ID<abc@example.jp>');
  });

  it('releases a mail after confirming and goes back to the list with a notice', async () => {
    let released = false;
    const server = setup(
      {
        'GET /api/v1/notifications/quarantined-mails/q-1': () => jsonResponse(detail),
        'POST /api/v1/notifications/quarantined-mails/q-1/release': () => {
          released = true;
          return new Response(null, { status: 202 });
        },
        [LIST]: () => jsonResponse({ items: released ? [] : [mail(1)], next: null }),
      },
      '/admin/services/CS/quarantine/q-1',
    );
    await userEvent.click(await screen.findByRole('button', { name: 'Release as ticket' }));
    const dialog = screen.getByRole('dialog', { name: 'Release mail' });
    expect(dialog).toHaveTextContent('It becomes a ticket of service CS.');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Release as ticket' }));
    expect(await screen.findByText('Released: the mail is becoming a ticket.')).toBeInTheDocument();
    expect(await screen.findByText('No quarantined mails.')).toBeInTheDocument();
    expect(server.calls.some((c) => c.method === 'POST' && c.url.endsWith('/q-1/release'))).toBe(true);
  });

  it('deletes only after confirming, and Cancel keeps the mail', async () => {
    const server = setup(
      {
        'GET /api/v1/notifications/quarantined-mails/q-1': () => jsonResponse(detail),
        'DELETE /api/v1/notifications/quarantined-mails/q-1': () => new Response(null, { status: 204 }),
        [LIST]: () => jsonResponse({ items: [], next: null }),
      },
      '/admin/services/CS/quarantine/q-1',
    );
    await userEvent.click(await screen.findByRole('button', { name: 'Delete' }));
    await userEvent.click(within(screen.getByRole('dialog', { name: 'Delete mail' })).getByRole('button', { name: 'Cancel' }));
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(server.calls.some((c) => c.method === 'DELETE')).toBe(false);

    await userEvent.click(screen.getByRole('button', { name: 'Delete' }));
    const dialog = screen.getByRole('dialog', { name: 'Delete mail' });
    expect(dialog).toHaveTextContent('This cannot be undone.');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Delete' }));
    expect(await screen.findByText('The mail was deleted.')).toBeInTheDocument();
    expect(server.calls.some((c) => c.method === 'DELETE' && c.url.endsWith('/q-1'))).toBe(true);
  });

  it("shows the server's reason when a release fails, staying on the mail", async () => {
    setup(
      {
        'GET /api/v1/notifications/quarantined-mails/q-1': () => jsonResponse(detail),
        'POST /api/v1/notifications/quarantined-mails/q-1/release': () =>
          problemResponse({ status: 409, title: 'Conflict', detail: 'Mail q-1 was already released.' }),
      },
      '/admin/services/CS/quarantine/q-1',
    );
    await userEvent.click(await screen.findByRole('button', { name: 'Release as ticket' }));
    await userEvent.click(within(screen.getByRole('dialog')).getByRole('button', { name: 'Release as ticket' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Mail q-1 was already released.');
    expect(screen.getByTestId('quarantine-detail')).toBeInTheDocument();
  });

  it('shows an unknown mail as an error with the way back', async () => {
    setup(
      { 'GET /api/v1/notifications/quarantined-mails/q-1': () => problemResponse({ status: 404, title: 'Not Found', detail: 'No mail q-1.' }) },
      '/admin/services/CS/quarantine/q-1',
    );
    expect(await screen.findByRole('alert')).toHaveTextContent('No mail q-1.');
    expect(screen.getByRole('link', { name: /Back to the quarantine/ })).toHaveAttribute('href', '/admin/services/CS/quarantine');
  });
});
