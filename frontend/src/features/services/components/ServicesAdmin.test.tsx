import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { LocaleContext } from '../../../i18n';
import { fakeServer } from '../../../test/fake-server';
import { jsonResponse, problemResponse, renderWithProviders } from '../../../test/render';
import type { ServiceSettings } from '../api/services';
import { ServiceSettingsPage } from './ServiceSettingsPage';
import { ServicesAdmin } from './ServicesAdmin';

const service = (overrides: Partial<ServiceSettings> = {}): ServiceSettings => ({
  code: 'CS',
  name: '고객센터',
  type: 'INQUIRY',
  timeZone: 'Asia/Seoul',
  helpCenterLanguages: ['ko', 'en'],
  editorType: 'HTML',
  autoCompleteDays: 14,
  maskingEnabled: true,
  operatorsMayUnmask: false,
  ...overrides,
});

function server(state: { services: ServiceSettings[]; refuse?: Response }) {
  const bodies: { method: string; path: string; body: unknown }[] = [];
  const api = fakeServer((url, init) => {
    const method = init?.method ?? 'GET';
    if (method !== 'GET') bodies.push({ method, path: url.pathname, body: JSON.parse(String(init?.body)) });
    if (url.pathname === '/api/v1/services' && method === 'GET') return jsonResponse(state.services);
    if (url.pathname === '/api/v1/services' && method === 'POST') {
      if (state.refuse) return state.refuse;
      const created = { ...(bodies.at(-1)!.body as ServiceSettings) };
      state.services = [...state.services, created];
      return jsonResponse(created, 201);
    }
    const code = decodeURIComponent(url.pathname.replace('/api/v1/services/', ''));
    const found = state.services.find((s) => s.code === code);
    if (!found) return undefined;
    if (method === 'PUT') {
      if (state.refuse) return state.refuse;
      const stored = { ...(bodies.at(-1)!.body as ServiceSettings), code };
      state.services = state.services.map((s) => (s.code === code ? stored : s));
      return jsonResponse(stored);
    }
    return jsonResponse(found);
  });
  return { ...api, bodies };
}

const admin = (fetchFn: typeof fetch, locale: 'en' | 'ko' | 'ja' = 'en') =>
  renderWithProviders(
    <LocaleContext.Provider value={locale}>
      <ServicesAdmin settingsPath={(code) => `/admin/services/${code}/settings`} />
    </LocaleContext.Provider>,
    { fetchFn },
  );

describe('ServicesAdmin', () => {
  it('lists every service, searchable, each linked to its settings', async () => {
    const api = server({ services: [service(), service({ code: 'DEV', name: 'Developers', type: 'ISSUE', maskingEnabled: false })] });
    admin(api.fetchFn);
    const rows = await screen.findAllByTestId('service-row');
    expect(rows.map((r) => r.dataset.code)).toEqual(['CS', 'DEV']);
    expect(within(rows[1]!).getByRole('link', { name: 'DEV' })).toHaveAttribute('href', '/admin/services/DEV/settings');
    expect(rows[1]).toHaveTextContent('Issue management');
    await userEvent.type(screen.getByTestId('services-search'), '고객');
    expect(screen.getAllByTestId('service-row').map((r) => r.dataset.code)).toEqual(['CS']);
  });

  it('creates a service as the API takes it, after checking it as the API does, in Korean', async () => {
    const api = server({ services: [service()] });
    admin(api.fetchFn, 'ko');
    await userEvent.click(await screen.findByTestId('service-new'));
    await userEvent.click(screen.getByTestId('service-save'));
    expect(screen.getByText('영문 대문자로 시작하는 2~16자의 영문 대문자, 숫자, _를 입력하세요.')).toBeInTheDocument();
    expect(screen.getByText('100자 이내로 이름을 입력하세요.')).toBeInTheDocument();
    expect(api.bodies).toEqual([]);

    await userEvent.type(screen.getByTestId('service-code'), 'shop_jp');
    expect(screen.getByTestId('service-code')).toHaveValue('SHOP_JP');
    await userEvent.type(screen.getByTestId('service-name'), 'オンラインショップ');
    await userEvent.selectOptions(screen.getByTestId('service-time-zone'), 'Asia/Tokyo');
    await userEvent.click(screen.getByTestId('service-language-ko'));
    await userEvent.click(screen.getByTestId('service-save'));
    expect(screen.getByTestId('service-languages-error')).toHaveTextContent('언어를 하나 이상 선택하세요.');
    await userEvent.click(screen.getByTestId('service-language-ja'));
    await userEvent.clear(screen.getByTestId('service-auto-complete-days'));
    await userEvent.type(screen.getByTestId('service-auto-complete-days'), '91');
    await userEvent.click(screen.getByTestId('service-save'));
    expect(screen.getByText('1~90 사이의 정수로 입력하세요.')).toBeInTheDocument();
    await userEvent.clear(screen.getByTestId('service-auto-complete-days'));
    await userEvent.type(screen.getByTestId('service-auto-complete-days'), '7');
    await userEvent.selectOptions(screen.getByTestId('service-editor-type'), 'TEXT');
    await userEvent.click(screen.getByTestId('service-masking-enabled'));
    await userEvent.click(screen.getByTestId('service-save'));

    await waitFor(() => expect(api.bodies).toHaveLength(1));
    expect(api.bodies[0]).toEqual({
      method: 'POST',
      path: '/api/v1/services',
      body: {
        code: 'SHOP_JP',
        name: 'オンラインショップ',
        type: 'INQUIRY',
        timeZone: 'Asia/Tokyo',
        helpCenterLanguages: ['ja'],
        editorType: 'TEXT',
        autoCompleteDays: 7,
        maskingEnabled: true,
        operatorsMayUnmask: false,
      },
    });
    expect(await screen.findByTestId('services-notice')).toHaveTextContent('서비스 SHOP_JP을(를) 생성했습니다.');
    await waitFor(() => expect(screen.getAllByTestId('service-row')).toHaveLength(2));
  });

  it('shows a taken code as the server says it, and keeps the form', async () => {
    const api = server({
      services: [service()],
      refuse: problemResponse({ status: 409, title: 'Conflict', detail: 'There is already a service CS.' }),
    });
    admin(api.fetchFn, 'ja');
    await userEvent.click(await screen.findByTestId('service-new'));
    await userEvent.type(screen.getByTestId('service-code'), 'CS');
    await userEvent.type(screen.getByTestId('service-name'), 'コピー');
    await userEvent.click(screen.getByTestId('service-save'));
    const failed = await screen.findByTestId('service-failed');
    expect(failed).toHaveTextContent('サービスを作成できませんでした。');
    expect(failed).toHaveTextContent('There is already a service CS.');
    expect(screen.getByTestId('service-code')).toHaveValue('CS');
  });
});

describe('ServiceSettingsPage', () => {
  it('lets an org-admin turn masking on and unmasking by operators, replacing all the settings', async () => {
    const api = server({ services: [service({ maskingEnabled: false })] });
    renderWithProviders(<ServiceSettingsPage code="CS" mayEdit />, { fetchFn: api.fetchFn });
    expect(await screen.findByTestId('service-code')).toHaveAttribute('readonly');
    expect(screen.getByTestId('service-masking-enabled')).not.toBeChecked();
    await userEvent.click(screen.getByTestId('service-masking-enabled'));
    await userEvent.click(screen.getByTestId('service-operators-may-unmask'));
    await userEvent.click(screen.getByTestId('service-save'));
    await waitFor(() => expect(api.bodies).toHaveLength(1));
    expect(api.bodies[0]).toMatchObject({ method: 'PUT', path: '/api/v1/services/CS' });
    expect(api.bodies[0]!.body).toEqual({
      name: '고객센터',
      type: 'INQUIRY',
      timeZone: 'Asia/Seoul',
      helpCenterLanguages: ['ko', 'en'],
      editorType: 'HTML',
      autoCompleteDays: 14,
      maskingEnabled: true,
      operatorsMayUnmask: true,
    });
    expect(await screen.findByTestId('service-saved')).toBeInTheDocument();
    expect(screen.getByTestId('service-operators-may-unmask')).toBeChecked();
  });

  it('shows the server’s field errors at their fields', async () => {
    const api = server({
      services: [service()],
      refuse: problemResponse({
        status: 400,
        title: 'Bad Request',
        detail: 'The request has invalid fields.',
        errors: [{ field: 'timeZone', message: 'must be a time zone such as Asia/Seoul' }],
      }),
    });
    renderWithProviders(<ServiceSettingsPage code="CS" mayEdit />, { fetchFn: api.fetchFn });
    await userEvent.click(await screen.findByTestId('service-save'));
    expect(await screen.findByText('must be a time zone such as Asia/Seoul')).toBeInTheDocument();
  });

  it('is read-only for a service admin who is no org-admin', async () => {
    const api = server({ services: [service()] });
    renderWithProviders(<ServiceSettingsPage code="CS" mayEdit={false} />, { fetchFn: api.fetchFn });
    expect(await screen.findByTestId('service-read-only')).toBeInTheDocument();
    expect(screen.getByTestId('service-name')).toBeDisabled();
    expect(screen.queryByTestId('service-save')).not.toBeInTheDocument();
  });
});
