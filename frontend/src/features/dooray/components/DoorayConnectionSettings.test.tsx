import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { LocaleContext } from '../../../i18n';
import { fakeServer } from '../../../test/fake-server';
import { jsonResponse, problemResponse, renderWithProviders } from '../../../test/render';
import type { DoorayConnection } from '../api/types';
import { DoorayConnectionSettings } from './DoorayConnectionSettings';
import { CONNECTION_PATH, testConnection } from './test-dooray';

/** escalation-service's connection of CS; `state.put` answers a PUT (default: the request stored as the connection). */
function server(state: { connection: DoorayConnection | null; put?: (body: Record<string, unknown>) => Response }) {
  const writes: { method: string; path: string; body: unknown }[] = [];
  const api = fakeServer((url, init) => {
    const method = init?.method ?? 'GET';
    if (!url.pathname.startsWith(CONNECTION_PATH)) return undefined;
    if (method !== 'GET') writes.push({ method, path: url.pathname, body: init?.body ? JSON.parse(String(init.body)) : undefined });
    if (url.pathname === `${CONNECTION_PATH}/hook-secret` && method === 'POST') {
      state.connection = { ...state.connection!, hookPath: '/api/v1/dooray/hooks/secret-two', hookSecretSetAt: '2026-12-02T00:00:00Z' };
      return jsonResponse(state.connection);
    }
    if (method === 'GET') return state.connection ? jsonResponse(state.connection) : jsonResponse({ status: 404 }, 404);
    if (method === 'PUT') {
      const body = JSON.parse(String(init!.body)) as Record<string, unknown>;
      if (state.put) return state.put(body);
      const created = state.connection === null;
      state.connection = { ...testConnection(), ...(body as object), updatedAt: '2026-12-02T05:00:00Z', tokenSet: true } as DoorayConnection;
      return jsonResponse(state.connection, created ? 201 : 200);
    }
    if (method === 'DELETE') {
      state.connection = null;
      return new Response(null, { status: 204 });
    }
    return undefined;
  });
  return { ...api, writes };
}

function show(fetchFn: typeof fetch, locale: 'en' | 'ko' | 'ja' = 'en') {
  renderWithProviders(
    <LocaleContext.Provider value={locale}>
      <DoorayConnectionSettings code="CS" />
    </LocaleContext.Provider>,
    { fetchFn },
  );
}

describe('DoorayConnectionSettings', () => {
  it('shows the organisation, that a token is set (never the token), the projects, the operators and the hook URL', async () => {
    show(server({ connection: testConnection() }).fetchFn);
    expect(await screen.findByLabelText(/^Organisation ID/)).toHaveValue('3700000000000000001');
    expect(screen.getByLabelText('New API token')).toHaveValue('');
    expect(screen.getByLabelText('New API token')).toHaveAttribute('type', 'password');
    expect(screen.getByTestId('dooray-token-state')).toHaveTextContent('A token is set');
    const projects = screen.getAllByTestId('dooray-project-row');
    expect(projects).toHaveLength(2);
    expect(within(projects[0]!).getByLabelText('Project ID, row 1')).toHaveValue('1001');
    expect(within(projects[0]!).getByLabelText('Project name, row 1')).toHaveValue('CS escalations');
    expect(within(projects[0]!).getByLabelText('Representative registrant, row 1')).toHaveValue('101');
    expect(within(projects[1]!).getByLabelText('Representative registrant, row 2')).toHaveValue('');
    expect(screen.getByLabelText('Username, row 1')).toHaveValue('bob');
    expect(screen.getByLabelText('Dooray member ID, row 1')).toHaveValue('102');
    expect(screen.getByTestId('dooray-hook-url')).toHaveValue(`${window.location.origin}/api/v1/dooray/hooks/secret-one`);
  });

  it('saves without a token (the stored one is kept), with rows added and removed', async () => {
    const api = server({ connection: testConnection() });
    show(api.fetchFn);
    await screen.findByTestId('dooray-connection-form');
    await userEvent.click(screen.getByRole('button', { name: 'Remove project row 2' }));
    await userEvent.click(screen.getByRole('button', { name: 'Add operator' }));
    await userEvent.type(screen.getByLabelText('Username, row 2'), 'carol');
    await userEvent.type(screen.getByLabelText('Dooray member ID, row 2'), '104');
    await userEvent.clear(screen.getByLabelText('Representative registrant, row 1'));
    await userEvent.click(screen.getByTestId('dooray-save'));

    expect(await screen.findByTestId('dooray-saved')).toHaveTextContent('Saved');
    expect(api.writes).toEqual([
      {
        method: 'PUT',
        path: CONNECTION_PATH,
        body: {
          organizationId: '3700000000000000001',
          projects: [{ id: '1001', name: 'CS escalations', registrantMemberId: null }],
          operators: [
            { username: 'bob', organizationMemberId: '102' },
            { username: 'carol', organizationMemberId: '104' },
          ],
        },
      },
    ]);
    expect(api.writes[0]!.body).not.toHaveProperty('token');
    // the form shows what is stored now
    expect(screen.getAllByTestId('dooray-project-row')).toHaveLength(1);
  });

  it('checks the form first, then shows the server\'s 400 errors next to their fields', async () => {
    const api = server({
      connection: testConnection(),
      put: () =>
        problemResponse({
          status: 400,
          title: 'Bad Request',
          detail: 'Dooray did not accept the connection.',
          errors: [
            { field: 'projects[1].id', message: 'no Dooray project 1002' },
            { field: 'token', message: 'the stored Dooray token is not valid any more; enter a new one' },
          ],
        }),
    });
    show(api.fetchFn);
    await screen.findByTestId('dooray-connection-form');
    await userEvent.clear(screen.getByLabelText('Project name, row 2'));
    await userEvent.type(screen.getByLabelText('Dooray member ID, row 1'), 'x');
    await userEvent.click(screen.getByTestId('dooray-save'));
    expect(screen.getByTestId('dooray-conn-projects-1-name-error')).toHaveTextContent('Enter the name operators see.');
    expect(screen.getByTestId('dooray-conn-operators-0-organizationMemberId-error')).toHaveTextContent('digits only');
    expect(screen.getByLabelText('Project name, row 2')).toHaveFocus();
    expect(api.writes).toHaveLength(0);

    await userEvent.type(screen.getByLabelText('Project name, row 2'), 'Payments');
    await userEvent.clear(screen.getByLabelText('Dooray member ID, row 1'));
    await userEvent.type(screen.getByLabelText('Dooray member ID, row 1'), '102');
    await userEvent.click(screen.getByTestId('dooray-save'));
    expect(await screen.findByTestId('dooray-conn-projects-1-id-error')).toHaveTextContent('no Dooray project 1002');
    expect(screen.getByTestId('dooray-conn-token-error')).toHaveTextContent('enter a new one');
    expect(screen.getByTestId('dooray-save-error')).toHaveTextContent('Dooray did not accept the connection.');
    expect(screen.getByLabelText('New API token')).toHaveFocus();
  });

  it('asks before rotating the hook secret, then shows the new URL', async () => {
    const api = server({ connection: testConnection() });
    show(api.fetchFn);
    await userEvent.click(await screen.findByTestId('dooray-hook-rotate'));
    const confirm = screen.getByTestId('confirm-dialog');
    expect(confirm).toHaveTextContent('The current hook URL stops working at once.');
    await userEvent.click(within(confirm).getByRole('button', { name: 'Cancel' }));
    expect(api.writes).toHaveLength(0);

    await userEvent.click(screen.getByTestId('dooray-hook-rotate'));
    await userEvent.click(within(screen.getByTestId('confirm-dialog')).getByRole('button', { name: 'Rotate secret' }));
    await waitFor(() => expect(screen.getByTestId('dooray-hook-url')).toHaveValue(`${window.location.origin}/api/v1/dooray/hooks/secret-two`));
    expect(api.writes).toEqual([{ method: 'POST', path: `${CONNECTION_PATH}/hook-secret`, body: undefined }]);
    expect(screen.queryByTestId('confirm-dialog')).not.toBeInTheDocument();
  });

  it('copies the hook URL', async () => {
    const user = userEvent.setup();
    show(server({ connection: testConnection() }).fetchFn);
    await user.click(await screen.findByTestId('dooray-hook-copy'));
    expect(await screen.findByTestId('dooray-hook-copied')).toHaveTextContent('Copied.');
    expect(await navigator.clipboard.readText()).toBe(`${window.location.origin}/api/v1/dooray/hooks/secret-one`);
  });

  it('deletes the connection after confirmation; a new one needs a token', async () => {
    const api = server({ connection: testConnection() });
    show(api.fetchFn, 'ko');
    await userEvent.click(await screen.findByTestId('dooray-delete'));
    expect(screen.getByTestId('confirm-dialog')).toHaveTextContent('CS 서비스의 Dooray 연동을 해제할까요?');
    await userEvent.click(within(screen.getByTestId('confirm-dialog')).getByRole('button', { name: '연동 삭제' }));
    expect(await screen.findByTestId('dooray-not-connected')).toBeInTheDocument();
    expect(api.writes).toEqual([{ method: 'DELETE', path: CONNECTION_PATH, body: undefined }]);
    expect(screen.queryByTestId('dooray-hook')).not.toBeInTheDocument();

    await userEvent.type(screen.getByLabelText(/^조직 ID/), '3700000000000000001');
    await userEvent.type(screen.getByLabelText('1행 프로젝트 ID'), '1001');
    await userEvent.type(screen.getByLabelText('1행 프로젝트 이름'), 'CS 이관');
    await userEvent.click(screen.getByTestId('dooray-save'));
    expect(screen.getByTestId('dooray-conn-token-error')).toHaveTextContent('새 연동에는 토큰이 필요합니다.');
    await userEvent.type(screen.getByLabelText(/^API 토큰/), 'tenant-token');
    await userEvent.click(screen.getByTestId('dooray-save'));
    expect(await screen.findByTestId('dooray-hook')).toBeInTheDocument();
    expect(api.writes[1]).toEqual({
      method: 'PUT',
      path: CONNECTION_PATH,
      body: {
        organizationId: '3700000000000000001',
        token: 'tenant-token',
        projects: [{ id: '1001', name: 'CS 이관', registrantMemberId: null }],
        operators: [],
      },
    });
  });

  it("says Dooray is away when it could not check the connection (503), with the server's wait", async () => {
    const api = server({
      connection: testConnection(),
      put: () =>
        new Response(JSON.stringify({ status: 503, detail: 'Dooray unreachable' }), {
          status: 503,
          headers: { 'Content-Type': 'application/problem+json', 'Retry-After': '12' },
        }),
    });
    show(api.fetchFn, 'ja');
    await userEvent.click(await screen.findByTestId('dooray-save'));
    const error = await screen.findByTestId('dooray-save-error');
    expect(error).toHaveTextContent('現在 Dooray に接続できません。');
    expect(error).toHaveTextContent('12 秒後に再試行できます。');
  });
});
