import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { jsonResponse, problemResponse, renderWithProviders } from '../../../test/render';
import type { ImapAccount, MailSettings as Settings } from '../api/types';
import { MailSettings } from './MailSettings';
import { fakeServer, type Handler } from './test-server';

const BASE = '/api/v1/notifications/services/CS';

const account: ImapAccount = {
  id: 'acc-1',
  host: 'imap.example.com',
  port: 993,
  tls: true,
  username: 'cs@example.com',
  folder: 'INBOX',
  enabled: true,
  passwordSet: true,
  lastPolledAt: null,
  lastError: 'AUTHENTICATIONFAILED',
  version: 4,
};

const settings = (overrides: Partial<Settings> = {}): Settings => ({
  serviceCode: 'CS',
  senderName: 'CS 고객센터',
  senderAddress: 'cs@switchboard.local',
  inboundAddress: 'cs@switchboard.local',
  version: 2,
  defaultLanguage: 'ko',
  languages: ['ko', 'ja', 'en'],
  layouts: [{ type: 'RESOLVE', language: 'ko', html: '<p>{{customer.name}}님, 안녕하세요.</p>{{content}}', updatedAt: '2026-12-01T10:00:00Z', version: 1 }],
  imapAccounts: [account],
  placeholders: ['{{content}}', '{{ticket.number}}', '{{ticket.title}}', '{{customer.name}}', '{{service.name}}'],
  ...overrides,
});

function setup(routes: Record<string, Handler> = {}, initial = settings()) {
  const server = fakeServer({ [`GET ${BASE}/mail-settings`]: () => jsonResponse(initial), ...routes });
  renderWithProviders(<MailSettings code="CS" />, { fetchFn: server.fetchFn });
  return server;
}

describe('MailSettings', () => {
  it('shows the sender form, the layout matrix, the IMAP accounts without passwords, and the test mail form', async () => {
    setup();
    expect(await screen.findByLabelText('Sender name')).toHaveValue('CS 고객센터');
    expect(screen.getByLabelText('Sender address')).toHaveValue('cs@switchboard.local');
    expect(screen.getByLabelText('Representative inbound address')).toHaveValue('cs@switchboard.local');

    const matrix = screen.getByTestId('layout-matrix');
    expect(within(matrix).getAllByRole('row')).toHaveLength(3);
    expect(screen.getByTestId('layout-RESOLVE-ko')).toHaveTextContent('Custom');
    expect(screen.getByTestId('layout-RESOLVE-ja')).toHaveTextContent('Built-in');
    expect(screen.getByTestId('layout-HOLD-en')).toHaveTextContent('Built-in');
    expect(within(matrix).getByRole('rowheader', { name: 'Interim reply (hold)' })).toBeInTheDocument();

    const row = screen.getByTestId('imap-account');
    expect(row).toHaveTextContent('cs@example.com');
    expect(row).toHaveTextContent('imap.example.com:993');
    expect(within(row).getByTestId('imap-password')).toHaveTextContent('set');
    expect(within(row).getByTestId('imap-last-error')).toHaveTextContent('AUTHENTICATIONFAILED');
    expect(row).toHaveTextContent('never');
    expect(screen.getByRole('button', { name: 'Send test mail' })).toBeInTheDocument();
  });

  it("shows the server's refusal when the settings cannot be read", async () => {
    const server = fakeServer({
      [`GET ${BASE}/mail-settings`]: () => problemResponse({ status: 403, title: 'Forbidden', detail: 'Only admins of CS.' }),
    });
    renderWithProviders(<MailSettings code="CS" />, { fetchFn: server.fetchFn });
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('The mail settings could not be loaded.');
    expect(alert).toHaveTextContent('Only admins of CS.');
  });

  it('saves the sender, checking addresses first and showing per-field server errors', async () => {
    let answer: Handler = (body) => jsonResponse({ ...settings(), ...(body as object) });
    const server = setup({ [`PUT ${BASE}/mail-settings`]: (body, url) => answer(body, url) });
    const address = await screen.findByLabelText('Sender address');
    await userEvent.clear(address);
    await userEvent.type(address, 'not-an-address');
    await userEvent.click(within(screen.getByTestId('sender-form')).getByRole('button', { name: 'Save' }));
    expect(screen.getByTestId('mail-senderAddress-error')).toHaveTextContent('Enter a valid e-mail address.');
    expect(server.calls.filter((c) => c.method === 'PUT')).toHaveLength(0);

    answer = () =>
      problemResponse({ status: 400, detail: 'Invalid', errors: [{ field: 'update.request.senderAddress', message: 'domain not allowed' }] });
    await userEvent.clear(address);
    await userEvent.type(address, 'help@other.example');
    await userEvent.click(within(screen.getByTestId('sender-form')).getByRole('button', { name: 'Save' }));
    expect(await screen.findByTestId('mail-senderAddress-error')).toHaveTextContent('domain not allowed');

    answer = (body) => jsonResponse({ ...settings(), ...(body as object) });
    await userEvent.click(within(screen.getByTestId('sender-form')).getByRole('button', { name: 'Save' }));
    expect(await screen.findByText('Saved.')).toBeInTheDocument();
    expect(server.calls.filter((c) => c.method === 'PUT').at(-1)!.body).toEqual({
      senderName: 'CS 고객센터',
      senderAddress: 'help@other.example',
      inboundAddress: 'cs@switchboard.local',
    });
    expect(server.calls.filter((c) => c.method === 'PUT').map((c) => c.ifMatch)).toEqual(['"2"', '"2"']);
  });

  it('when someone else saved the sender first, shows their values and says so', async () => {
    let stored = settings();
    const server = setup({
      [`GET ${BASE}/mail-settings`]: () => jsonResponse(stored),
      [`PUT ${BASE}/mail-settings`]: () => {
        stored = settings({ senderName: 'Set by Alice', version: 3 });
        return problemResponse({
          type: 'https://switchboard.dev/problems/stale-version',
          status: 409,
          detail: 'The mail settings of CS has changed (version 3, you sent 2); reload it and try again.',
        });
      },
    });
    const name = await screen.findByLabelText('Sender name');
    await userEvent.clear(name);
    await userEvent.type(name, 'Mine');
    await userEvent.click(within(screen.getByTestId('sender-form')).getByRole('button', { name: 'Save' }));
    expect(await screen.findByTestId('stale-version')).toHaveTextContent('Someone else changed this in the meantime.');
    await waitFor(() => expect(name).toHaveValue('Set by Alice'));
    expect(server.calls.find((c) => c.method === 'PUT')!.ifMatch).toBe('"2"');
  });

  it('edits a layout: {{content}} is required on the client, placeholders insert, and the server 400 is shown on the field', async () => {
    let answer: Handler = (body) =>
      jsonResponse({ type: 'HOLD', language: 'ja', html: (body as { html: string }).html, updatedAt: '2026-12-01T11:00:00Z' });
    const server = setup({ [`PUT ${BASE}/mail-layouts/HOLD/ja`]: (body, url) => answer(body, url) });
    await userEvent.click(await screen.findByRole('button', { name: 'Edit Interim reply (hold) · ja' }));
    const editor = screen.getByTestId('layout-editor');
    const html = within(editor).getByLabelText('Layout HTML');
    expect(html).toHaveValue('{{content}}');
    expect(within(editor).queryByRole('button', { name: 'Reset to built-in' })).not.toBeInTheDocument();

    await userEvent.clear(html);
    await userEvent.type(html, '<p>お待たせしております。</p>');
    await userEvent.click(within(editor).getByRole('button', { name: 'Save' }));
    expect(screen.getByTestId('mail-layout-html-error')).toHaveTextContent('must contain the {{content}} placeholder');
    expect(html).toHaveAttribute('aria-invalid', 'true');
    expect(server.calls.some((c) => c.method === 'PUT')).toBe(false);

    await userEvent.click(within(editor).getByRole('button', { name: '{{content}}' }));
    expect((html as HTMLTextAreaElement).value).toBe('<p>お待たせしております。</p>{{content}}');

    answer = () =>
      problemResponse({ status: 400, detail: 'Validation failed', errors: [{ field: 'html', message: 'must contain the {{content}} placeholder (server)' }] });
    await userEvent.click(within(editor).getByRole('button', { name: 'Save' }));
    expect(await screen.findByTestId('mail-layout-html-error')).toHaveTextContent('(server)');

    answer = (body) =>
      jsonResponse({ type: 'HOLD', language: 'ja', html: (body as { html: string }).html, updatedAt: '2026-12-01T11:00:00Z' });
    await userEvent.click(within(editor).getByRole('button', { name: 'Save' }));
    expect(await within(editor).findByText('Saved.')).toBeInTheDocument();
    expect(server.calls.filter((c) => c.method === 'PUT').at(-1)!.body).toEqual({ html: '<p>お待たせしております。</p>{{content}}' });
    expect(server.calls.filter((c) => c.method === 'PUT').at(-1)!.ifMatch).toBe('"0"'); // none of its own yet
    await waitFor(() => expect(screen.getByTestId('layout-HOLD-ja')).toHaveTextContent('Custom'));
  });

  it('resets a custom layout to the built-in one after confirming', async () => {
    const server = setup({ [`DELETE ${BASE}/mail-layouts/RESOLVE/ko`]: () => new Response(null, { status: 204 }) });
    await userEvent.click(await screen.findByRole('button', { name: 'Edit Final reply (resolve) · ko' }));
    expect(screen.getByLabelText('Layout HTML')).toHaveValue('<p>{{customer.name}}님, 안녕하세요.</p>{{content}}');
    await userEvent.click(screen.getByRole('button', { name: 'Reset to built-in' }));
    const dialog = screen.getByRole('dialog', { name: 'Reset layout' });
    expect(dialog).toHaveTextContent('Final reply (resolve) · ko');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Reset to built-in' }));
    await waitFor(() => expect(screen.queryByTestId('layout-editor')).not.toBeInTheDocument());
    expect(server.calls.find((c) => c.method === 'DELETE' && c.url === `${BASE}/mail-layouts/RESOLVE/ko`)!.ifMatch).toBe('"1"');
    expect(screen.getByTestId('layout-RESOLVE-ko')).toHaveTextContent('Built-in');
  });

  it('adds an IMAP account with a password, required for a new one', async () => {
    const server = setup({
      [`POST ${BASE}/imap-accounts`]: (body) =>
        jsonResponse({ ...account, ...(body as object), id: 'acc-2', password: undefined, passwordSet: true, lastError: null }, 201),
    });
    await userEvent.click(await screen.findByRole('button', { name: 'Add IMAP account' }));
    const dialog = screen.getByRole('dialog', { name: 'New IMAP account' });
    expect(within(dialog).getByLabelText('Port')).toHaveValue('993');
    expect(within(dialog).getByLabelText('Folder')).toHaveValue('INBOX');
    await userEvent.type(within(dialog).getByLabelText('Host'), 'imap.jp.example.com');
    await userEvent.type(within(dialog).getByLabelText('User name'), 'jp@example.com');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Save' }));
    expect(within(dialog).getByTestId('imap-password-error')).toHaveTextContent('Enter the password.');

    await userEvent.type(within(dialog).getByLabelText('Password'), 's3cret');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(server.calls.find((c) => c.method === 'POST')!.body).toEqual({
      host: 'imap.jp.example.com',
      port: 993,
      tls: true,
      username: 'jp@example.com',
      password: 's3cret',
      folder: 'INBOX',
      enabled: true,
    });
    expect(screen.getAllByTestId('imap-account')).toHaveLength(2);
    expect(document.body.textContent).not.toContain('s3cret');
  });

  it('edits an IMAP account keeping the stored password when the field stays empty', async () => {
    const server = setup({
      [`PUT ${BASE}/imap-accounts/acc-1`]: (body) => jsonResponse({ ...account, ...(body as object), password: undefined }),
    });
    await userEvent.click(await screen.findByRole('button', { name: 'Edit cs@example.com' }));
    const dialog = screen.getByRole('dialog', { name: 'Edit IMAP account' });
    const password = within(dialog).getByLabelText('New password');
    expect(password).toHaveValue('');
    expect(password).toHaveAttribute('type', 'password');
    expect(within(dialog).getByText(/Leave empty to keep it/)).toBeInTheDocument();
    await userEvent.click(within(dialog).getByLabelText('Enabled'));
    await userEvent.click(within(dialog).getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(server.calls.find((c) => c.method === 'PUT')!.body).toMatchObject({ password: null, enabled: false, host: 'imap.example.com' });
    expect(server.calls.find((c) => c.method === 'PUT')!.ifMatch).toBe('"4"');
  });

  it('deletes an IMAP account after confirming', async () => {
    const server = setup({ [`DELETE ${BASE}/imap-accounts/acc-1`]: () => new Response(null, { status: 204 }) });
    await userEvent.click(await screen.findByRole('button', { name: 'Delete cs@example.com' }));
    const dialog = screen.getByRole('dialog', { name: 'Delete IMAP account' });
    expect(dialog).toHaveTextContent('cs@example.com on imap.example.com');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Delete' }));
    expect(await screen.findByText(/No IMAP accounts/)).toBeInTheDocument();
    expect(server.calls.find((c) => c.method === 'DELETE')!.ifMatch).toBe('"4"');
  });

  it('says when there are no IMAP accounts', async () => {
    setup({}, settings({ imapAccounts: [] }));
    expect(await screen.findByText('No IMAP accounts: mail is received only at the inbound address.')).toBeInTheDocument();
  });

  it('sends a test mail and shows whether it was delivered, or why not', async () => {
    let result = { to: 'me@example.com', delivered: true, error: null as string | null, durationMillis: 12 };
    const server = setup({ [`POST ${BASE}/test-mail`]: () => jsonResponse(result) });
    const to = await screen.findByLabelText('Recipient');
    await userEvent.type(to, 'me@example.com');
    await userEvent.click(screen.getByRole('button', { name: 'Send test mail' }));
    expect(await screen.findByTestId('test-mail-result')).toHaveTextContent('Delivered to me@example.com in 12 ms.');
    expect(server.calls.find((c) => c.method === 'POST')!.body).toEqual({ to: 'me@example.com' });

    result = { to: 'me@example.com', delivered: false, error: '535 Authentication failed', durationMillis: 40 };
    await userEvent.click(screen.getByRole('button', { name: 'Send test mail' }));
    await waitFor(() =>
      expect(screen.getByTestId('test-mail-result')).toHaveTextContent('Not delivered to me@example.com: 535 Authentication failed'),
    );
    expect(screen.getByTestId('test-mail-result')).toHaveAttribute('role', 'alert');
  });
});
