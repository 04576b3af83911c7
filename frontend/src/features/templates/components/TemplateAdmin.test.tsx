import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { LocaleContext } from '../../../i18n';
import { fakeServer, noContent } from '../../../test/fake-server';
import { jsonResponse, problemResponse, renderWithProviders } from '../../../test/render';
import type { Template, TemplateRequest } from '../api/types';
import { TemplateAdmin } from './TemplateAdmin';
import { codesAndTypes, listing, template, TEMPLATES } from './test-templates';

interface Write {
  method: string;
  path: string;
  ifMatch?: string;
  body?: TemplateRequest;
}

function server(state: { templates: Template[]; answer?: (write: Write) => Response | undefined }) {
  const writes: Write[] = [];
  const api = fakeServer(codesAndTypes, listing(() => state.templates), (url, init) => {
    if (!url.pathname.startsWith(TEMPLATES)) return undefined;
    const method = init?.method ?? 'GET';
    const headers = (init?.headers ?? {}) as Record<string, string>;
    const write: Write = { method, path: url.pathname, ifMatch: headers['If-Match'], body: init?.body ? JSON.parse(String(init.body)) : undefined };
    writes.push(write);
    const answered = state.answer?.(write);
    if (answered) return answered;
    const id = url.pathname.slice(TEMPLATES.length + 1);
    if (method === 'POST') {
      const { shared = false, ...rest } = write.body!;
      const created = template({ ...rest, id: 't-new', shared, serviceCode: shared ? null : 'CS', usageCount: 0, version: 0 });
      state.templates = [...state.templates, created];
      return jsonResponse(created, 201);
    }
    if (method === 'PUT') {
      const old = state.templates.find((t) => t.id === id)!;
      const stored = { ...old, ...write.body!, version: old.version + 1 };
      state.templates = state.templates.map((t) => (t.id === id ? stored : t));
      return jsonResponse(stored);
    }
    if (method === 'DELETE') {
      state.templates = state.templates.filter((t) => t.id !== id);
      return noContent();
    }
    if (method === 'GET' && id) {
      const stored = state.templates.find((t) => t.id === id);
      return stored ? jsonResponse(stored) : problemResponse({ status: 404, detail: `no template ${id}` });
    }
    return undefined;
  });
  return { ...api, writes };
}

function show(fetchFn: typeof fetch, { mayShare = false, locale = 'en' }: { mayShare?: boolean; locale?: 'en' | 'ko' | 'ja' } = {}) {
  return renderWithProviders(
    <LocaleContext.Provider value={locale}>
      <TemplateAdmin code="CS" mayShare={mayShare} />
    </LocaleContext.Provider>,
    { fetchFn },
  );
}

const rows = () => screen.getAllByTestId('template-row');

describe('TemplateAdmin', () => {
  it('lists the templates with their scope and usage, and searches by title or search code', async () => {
    const api = server({ templates: [template(), template({ id: 't-2', title: 'Greeting', searchCode: 'hello', shared: true, serviceCode: null, manageable: false })] });
    show(api.fetchFn);
    await waitFor(() => expect(rows()).toHaveLength(2));
    expect(rows()[0]).toHaveTextContent('refund');
    expect(rows()[0]).toHaveTextContent('This service');
    expect(rows()[1]).toHaveTextContent('Shared');
    expect(within(rows()[1]!).queryByTestId('template-delete')).toBeNull();
    await userEvent.type(screen.getByTestId('templates-search'), 'greet');
    await waitFor(() => expect(rows()).toHaveLength(1));
    expect(rows()[0]).toHaveTextContent('Greeting');
    expect(api.calls).toContain(`GET ${TEMPLATES}?q=greet&limit=200`);
    await userEvent.type(screen.getByTestId('templates-search'), 'zzz');
    expect(await screen.findByTestId('templates-empty')).toHaveTextContent('No template matches “greetzzz”.');
  });

  it('creates a template, inserting a replacement code at the cursor', async () => {
    const api = server({ templates: [] });
    show(api.fetchFn);
    expect(await screen.findByTestId('templates-empty')).toHaveTextContent('No templates yet.');
    await userEvent.click(screen.getByTestId('templates-add'));
    await userEvent.type(screen.getByLabelText(/^Title/), 'Refund guide');
    await userEvent.type(screen.getByLabelText(/^Search code/), '환불');
    await userEvent.type(screen.getByLabelText(/^Body/), 'Dear , thank you.');
    const body = screen.getByLabelText(/^Body/) as HTMLTextAreaElement;
    body.setSelectionRange(5, 5);
    const codes = await screen.findAllByTestId('template-code');
    expect(codes.map((c) => c.getAttribute('data-code'))).toEqual(['customer.name', 'ticket.number']);
    await userEvent.click(codes[0]!);
    expect(body.value).toBe('Dear {{customer.name}}, thank you.');
    await userEvent.selectOptions(screen.getByLabelText(/^Processing types/), ['p-2']);
    expect(screen.queryByTestId('template-shared')).toBeNull();
    await userEvent.click(screen.getByTestId('template-save'));
    expect(await screen.findByTestId('templates-notice')).toHaveTextContent('Template saved.');
    expect(api.writes).toEqual([
      {
        method: 'POST',
        path: TEMPLATES,
        body: { title: 'Refund guide', searchCode: '환불', body: 'Dear {{customer.name}}, thank you.', format: 'TEXT', processingTypeIds: ['p-2'], shared: false },
      },
    ]);
    await waitFor(() => expect(rows()).toHaveLength(1));
  });

  it('checks the search code before sending, and shows the server’s field errors next to the fields', async () => {
    const api = server({
      templates: [],
      answer: () =>
        problemResponse({
          status: 400,
          detail: 'The template uses unknown replacement codes: customer.nmae.',
          errors: [{ field: 'body', message: 'uses unknown replacement codes: {{customer.nmae}}' }],
        }),
    });
    show(api.fetchFn, { locale: 'ko' });
    await userEvent.click(await screen.findByTestId('templates-add'));
    await userEvent.type(screen.getByRole('textbox', { name: /^제목/ }), '환불 안내');
    await userEvent.type(screen.getByLabelText(/^검색 코드/), '환불 안내');
    await userEvent.type(screen.getByLabelText(/^본문/), 'x');
    await userEvent.click(screen.getByTestId('template-save'));
    expect(screen.getByTestId('template-search-code-error')).toHaveTextContent('공백이나 기호 없이');
    expect(api.writes).toHaveLength(0);
    await userEvent.clear(screen.getByLabelText(/^검색 코드/));
    await userEvent.type(screen.getByLabelText(/^검색 코드/), '환불');
    await userEvent.click(screen.getByTestId('template-save'));
    expect(await screen.findByTestId('template-body-error')).toHaveTextContent('{{customer.nmae}}');
    expect(screen.getByTestId('template-save-error')).toHaveTextContent('unknown replacement codes');
  });

  it('offers org-admins the shared toggle on create', async () => {
    const api = server({ templates: [] });
    show(api.fetchFn, { mayShare: true });
    await userEvent.click(await screen.findByTestId('templates-add'));
    await userEvent.click(screen.getByTestId('template-shared'));
    expect(screen.queryByLabelText(/^Processing types/)).toBeNull();
    await userEvent.type(screen.getByLabelText(/^Title/), 'Greeting');
    await userEvent.type(screen.getByLabelText(/^Search code/), 'hello');
    await userEvent.type(screen.getByLabelText(/^Body/), 'Hello');
    await userEvent.click(screen.getByTestId('template-save'));
    await waitFor(() => expect(api.writes).toHaveLength(1));
    expect(api.writes[0]!.body).toMatchObject({ shared: true, processingTypeIds: [] });
    expect(await screen.findByTestId('template-shared')).toBeDisabled();
  });

  it('saves a change with If-Match of the version shown; when someone else changed it first, shows the stored one to edit again', async () => {
    const state: Parameters<typeof server>[0] = {
      templates: [template()],
      answer: (write) =>
        write.method === 'PUT' && write.ifMatch !== `"${state.templates[0]!.version}"`
          ? problemResponse({ status: 409, type: 'https://switchboard.example/problems/stale-version', detail: 'Template refund has changed' })
          : undefined,
    };
    const api = server(state);
    show(api.fetchFn);
    await userEvent.click(await screen.findByTestId('template-edit'));
    expect(screen.getByTestId('template-usage')).toHaveTextContent('Used 4 times');
    await userEvent.clear(screen.getByLabelText(/^Title/));
    await userEvent.type(screen.getByLabelText(/^Title/), 'Refund guide v2');
    await userEvent.click(screen.getByTestId('template-save'));
    await waitFor(() => expect(api.writes).toHaveLength(1));
    expect(api.writes[0]).toMatchObject({ method: 'PUT', path: `${TEMPLATES}/t-1`, ifMatch: '"2"' });
    expect(api.writes[0]!.body).not.toHaveProperty('shared');
    await screen.findByTestId('templates-notice');
    // yuki saves it meanwhile, and the list is not read again
    state.templates = [template({ title: 'Refund guide (yuki)', version: 7, updatedBy: 'yuki' })];
    await userEvent.type(screen.getByLabelText(/^Title/), '!');
    await userEvent.click(screen.getByTestId('template-save'));
    await waitFor(() => expect(screen.getByLabelText(/^Title/)).toHaveValue('Refund guide (yuki)'));
    expect(screen.getByTestId('templates-notice')).toHaveTextContent('Someone saved this template while you were editing it');
    await userEvent.type(screen.getByLabelText(/^Title/), '!');
    await userEvent.click(screen.getByTestId('template-save'));
    await waitFor(() => expect(api.writes.filter((w) => w.method === 'PUT')).toHaveLength(3));
    expect(api.writes.filter((w) => w.method === 'PUT')[2]).toMatchObject({ ifMatch: '"7"', body: { title: 'Refund guide (yuki)!' } });
  });

  it('shows a template the caller may not change read-only', async () => {
    const api = server({ templates: [template({ shared: true, serviceCode: null, manageable: false })] });
    show(api.fetchFn);
    await userEvent.click(await screen.findByTestId('template-edit'));
    expect(screen.getByTestId('template-read-only')).toBeInTheDocument();
    expect(screen.getByLabelText(/^Title/)).toBeDisabled();
    expect(screen.queryByTestId('template-save')).toBeNull();
  });

  it('deletes a template after the confirmation, with If-Match', async () => {
    const api = server({ templates: [template()] });
    show(api.fetchFn, { locale: 'ja' });
    await userEvent.click(await screen.findByTestId('template-delete'));
    const dialog = screen.getByTestId('confirm-dialog');
    expect(dialog).toHaveTextContent('「Refund guide」（refund）を削除しますか？');
    await userEvent.click(within(dialog).getByRole('button', { name: '削除' }));
    expect(await screen.findByTestId('templates-notice')).toHaveTextContent('テンプレートを削除しました。');
    expect(api.writes).toEqual([{ method: 'DELETE', path: `${TEMPLATES}/t-1`, ifMatch: '"2"' }]);
    expect(await screen.findByTestId('templates-empty')).toBeInTheDocument();
  });
});
