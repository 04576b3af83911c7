import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { LocaleContext } from '../../../i18n';
import { fakeServer } from '../../../test/fake-server';
import { jsonResponse, problemResponse, renderWithProviders } from '../../../test/render';
import { BulkTemplateSelect, TemplateSelect } from './TemplateSelect';
import { listing, template, TEMPLATES } from './test-templates';

const rendered: { body?: unknown }[] = [];
const renderOf = (answer?: Response) => (url: URL, init: RequestInit | undefined) => {
  if (url.pathname !== `${TEMPLATES}/t-2/render` || init?.method !== 'POST') return undefined;
  rendered.push({ body: JSON.parse(String(init.body)) });
  return answer ?? jsonResponse({ templateId: 't-2', body: 'ログイン for 佐藤', format: 'TEXT' });
};

describe('TemplateSelect', () => {
  it('renders the picked template from what the create form holds', async () => {
    rendered.length = 0;
    const api = fakeServer(renderOf(), listing(() => [template(), template({ id: 't-2', title: 'Login help', searchCode: 'login' })]));
    const onApply = vi.fn();
    renderWithProviders(
      <TemplateSelect serviceCode="CS" values={() => ({ customer: { name: '佐藤', email: 'sato@example.jp' }, title: 'ログイン' })} onApply={onApply} />,
      { fetchFn: api.fetchFn },
    );
    await userEvent.type(screen.getByTestId('template-select-search'), 'log');
    await waitFor(() => expect(screen.getAllByTestId('template-select-option')).toHaveLength(1));
    expect(api.calls).toContain(`GET ${TEMPLATES}?q=log&limit=10`);
    await userEvent.click(screen.getByTestId('template-select-option'));
    await waitFor(() => expect(onApply).toHaveBeenCalledWith({ templateId: 't-2', body: 'ログイン for 佐藤', format: 'TEXT' }));
    expect(rendered).toEqual([{ body: { customer: { name: '佐藤', email: 'sato@example.jp' }, title: 'ログイン' } }]);
    expect(screen.getByTestId('template-select-applied')).toHaveTextContent('Template “Login help” inserted.');
  });

  it('says when the template could not be filled in', async () => {
    const api = fakeServer(
      renderOf(problemResponse({ status: 404, detail: 'There is no template t-2 in CS.' })),
      listing(() => [template({ id: 't-2', title: 'Login help', searchCode: 'login' })]),
    );
    const onApply = vi.fn();
    renderWithProviders(<TemplateSelect serviceCode="CS" values={() => ({})} onApply={onApply} />, { fetchFn: api.fetchFn });
    await userEvent.click(await screen.findByTestId('template-select-option'));
    expect(await screen.findByText('There is no template t-2 in CS.')).toBeInTheDocument();
    expect(onApply).not.toHaveBeenCalled();
  });
});

describe('BulkTemplateSelect', () => {
  it('inserts the template as written, its codes left for the server to fill per ticket, an HTML one as text', async () => {
    const html = template({ id: 't-3', title: '환불 안내', searchCode: '환불', format: 'HTML', body: '<p>{{customer.name}} 고객님,</p><p>{{ticket.number}} 환불했습니다.</p>' });
    const api = fakeServer(
      (url) => (url.pathname === `${TEMPLATES}/t-3` ? jsonResponse(html) : undefined),
      listing(() => [html]),
    );
    const onInsert = vi.fn();
    renderWithProviders(
      <LocaleContext.Provider value="ko">
        <BulkTemplateSelect serviceCode="CS" onInsert={onInsert} />
      </LocaleContext.Provider>,
      { fetchFn: api.fetchFn },
    );
    await userEvent.click(await screen.findByTestId('template-select-option'));
    await waitFor(() => expect(onInsert).toHaveBeenCalledWith('{{customer.name}} 고객님,\n\n{{ticket.number}} 환불했습니다.'));
    expect(api.calls).toContain(`GET ${TEMPLATES}/t-3`);
    expect(api.calls.some((call) => call.includes('/render'))).toBe(false);
    expect(screen.getByTestId('bulk-template-hint')).toHaveTextContent('작업이 실행될 때 티켓마다 채워집니다');
  });
});
