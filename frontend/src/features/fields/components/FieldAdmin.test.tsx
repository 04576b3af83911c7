import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { LocaleContext } from '../../../i18n';
import type { TypeTreeNode } from '../../../lib/type-tree';
import { fakeServer, noContent } from '../../../test/fake-server';
import { jsonResponse, problemResponse, renderWithProviders } from '../../../test/render';
import type { FieldDefinition, SystemFieldView } from '../api/fields';
import { FieldAdmin } from './FieldAdmin';

const BASE = '/api/v1/services/CS';
const system = (key: SystemFieldView['key'], en: string, position: number, extra: Partial<SystemFieldView> = {}): SystemFieldView => ({
  key,
  type: key === 'title' ? 'text' : key === 'content' ? 'textarea' : key === 'privacy_consent' ? 'agree' : key,
  names: { en, ja: `${en}(ja)` },
  required: key !== 'inquiry_type',
  active: key !== 'privacy_consent',
  position,
  changeable: key === 'inquiry_type' ? 'REQUIRED' : key === 'privacy_consent' ? 'ACTIVE' : 'NONE',
  customized: false,
  ...extra,
});
const field = (code: string, extra: Partial<FieldDefinition> = {}): FieldDefinition => ({
  code,
  scope: 'CUSTOMER',
  type: 'text',
  names: { en: code.replace('_', ' '), ja: `${code}(ja)` },
  options: [],
  required: false,
  encrypted: false,
  adminOnly: false,
  active: true,
  position: 10,
  inquiryTypeIds: [],
  ...extra,
});
const TYPES: TypeTreeNode[] = [
  { id: 'billing', names: { en: 'Billing', ja: '請求' }, active: true, children: [{ id: 'refund', names: { en: 'Refund', ja: '返金' }, active: true, children: [] }] },
  { id: 'shipping', names: { en: 'Shipping', ja: '配送' }, active: true, children: [] },
];

/** The field APIs of ticket-service over mutable lists; `writes` are the changes asked for. */
function server() {
  const systemFields = [system('inquiry_type', 'Inquiry type', 1), system('email', 'E-mail', 2), system('title', 'Title', 3),
    system('content', 'Content', 4), system('privacy_consent', 'I agree.', 5)];
  let fields = [
    field('order_no', { inquiryTypeIds: ['billing'], required: true, position: 3 }),
    field('tracking', { inquiryTypeIds: ['shipping'] }),
    field('old_note', { inquiryTypeIds: ['billing'], active: false }),
    field('memo', { scope: 'OPERATOR', adminOnly: true, position: 20 }),
  ];
  const writes: string[] = [];
  const api = fakeServer((url, init) => {
    const method = init?.method ?? 'GET';
    const body = init?.body ? (JSON.parse(String(init.body)) as Record<string, unknown>) : {};
    const path = url.pathname;
    if (path === BASE) return jsonResponse({ code: 'CS', helpCenterLanguages: ['ja', 'en'] });
    if (path === `${BASE}/inquiry-types`) return jsonResponse(TYPES);
    if (path === `${BASE}/system-fields`) return jsonResponse([...systemFields].sort((a, b) => a.position - b.position));
    if (path === `${BASE}/fields` && method === 'GET') return jsonResponse(fields);
    if (method !== 'GET') writes.push(`${method} ${path.slice(BASE.length)} ${init?.body ?? ''}`.trim());
    if (path === `${BASE}/fields` && method === 'POST') {
      if (fields.some((f) => f.code === body.code)) {
        return problemResponse({ status: 409, title: 'Conflict', detail: `The field code ${String(body.code)} is or was in use in CS.` });
      }
      const created = { ...(body as unknown as FieldDefinition) };
      fields = [...fields, created];
      return jsonResponse(created, 201);
    }
    const code = path.match(/\/fields\/([^/]+)/)?.[1];
    if (code && method === 'PUT' && path.endsWith('/inquiry-types')) {
      fields = fields.map((f) => (f.code === code ? { ...f, inquiryTypeIds: body.inquiryTypeIds as string[] } : f));
      return jsonResponse(fields.find((f) => f.code === code));
    }
    if (code && method === 'PUT') {
      if ((body.names as Record<string, string>).en === 'bad') {
        return problemResponse({ status: 400, title: 'Bad Request', detail: 'The request has invalid fields.', errors: [{ field: 'names.en', message: 'must be 1–100 characters' }] });
      }
      fields = fields.map((f) => (f.code === code ? { ...f, ...(body as Partial<FieldDefinition>) } : f));
      return jsonResponse(fields.find((f) => f.code === code));
    }
    if (code && method === 'DELETE') {
      fields = fields.filter((f) => f.code !== code);
      return noContent();
    }
    const key = path.match(/\/system-fields\/([a-z_]+)/)?.[1];
    const index = systemFields.findIndex((f) => f.key === key);
    if (index >= 0 && method === 'PUT') {
      if (body.position === 9999) {
        return problemResponse({ status: 400, title: 'Bad Request', detail: 'The request has invalid fields.', errors: [{ field: 'active', message: 'cannot be changed on title' }] });
      }
      systemFields[index] = { ...systemFields[index]!, ...(body as Partial<SystemFieldView>), customized: true };
      return jsonResponse(systemFields[index]);
    }
    if (index >= 0 && path.endsWith('/reset')) {
      systemFields[index] = system(systemFields[index]!.key, systemFields[index]!.key === 'title' ? 'Title' : 'x', index + 1);
      return jsonResponse(systemFields[index]);
    }
    return undefined;
  });
  return { ...api, writes };
}

const show = (fetchFn: typeof fetch, locale: 'en' | 'ja' = 'en') =>
  renderWithProviders(
    <LocaleContext.Provider value={locale}>
      <FieldAdmin code="CS" />
    </LocaleContext.Provider>,
    { fetchFn },
  );

const preview = () => within(screen.getByTestId('form-preview'));
/** The preview's inputs in the order the customer meets them. */
const previewOrder = () =>
  preview()
    .getAllByTestId(/^preview-(?!try|ok)/)
    .map((input) => input.getAttribute('data-testid')!.replace('preview-', ''));

describe('FieldAdmin', () => {
  it('lists the system and own fields and previews the customer form of the chosen inquiry type', async () => {
    show(server().fetchFn, 'ja');
    await screen.findByTestId('system-fields');
    expect(within(screen.getByTestId('system-fields')).getAllByTestId('system-field-row').map((r) => r.dataset.key))
      .toEqual(['inquiry_type', 'email', 'title', 'content', 'privacy_consent']);
    expect(screen.getAllByTestId('system-field-row')[4]).toHaveTextContent('無効');
    const memo = screen.getAllByTestId('field-row').find((r) => r.dataset.code === 'memo')!;
    expect(memo).toHaveTextContent('オペレーター');
    expect(memo).toHaveTextContent('管理者のみ');
    expect(screen.getAllByTestId('field-row').find((r) => r.dataset.code === 'order_no')).toHaveTextContent('請求');

    // no type chosen: the system fields every form has, without the inactive privacy consent
    expect(previewOrder()).toEqual(['inquiry_type', 'email', 'title', 'content']);
    // a subtype asks for its parent's active customer fields, by position among the system fields
    await userEvent.selectOptions(preview().getByTestId('preview-inquiry_type'), 'refund');
    expect(previewOrder()).toEqual(['inquiry_type', 'email', 'title', 'order_no', 'content']);
    await userEvent.click(preview().getByTestId('preview-try'));
    expect(preview().getByTestId('preview-order_no-error')).toBeInTheDocument();
    expect(preview().queryByTestId('preview-ok')).not.toBeInTheDocument();
    await userEvent.type(preview().getByTestId('preview-email'), 'kim@example.com');
    await userEvent.type(preview().getByTestId('preview-order_no'), '1234');
    await userEvent.type(preview().getByTestId('preview-title'), '返金');
    await userEvent.type(preview().getByTestId('preview-content'), '二重に請求されました');
    await userEvent.click(preview().getByTestId('preview-try'));
    expect(preview().getByTestId('preview-ok')).toHaveTextContent('お客様はこのフォームを送信できます。');
    await userEvent.selectOptions(preview().getByTestId('preview-inquiry_type'), 'shipping');
    expect(previewOrder()).toEqual(['inquiry_type', 'email', 'title', 'content', 'tracking']);
  });

  it('creates a dropdown field checked as the server checks it, previewed as typed', async () => {
    const api = server();
    show(api.fetchFn);
    await userEvent.click(await screen.findByTestId('fields-add'));
    await userEvent.selectOptions(screen.getByTestId('field-type'), 'dropdown');
    await userEvent.click(screen.getByTestId('field-save'));
    expect(screen.getByTestId('field-code-error')).toHaveTextContent('lower-case letters');
    expect(screen.getByTestId('field-names-error')).toHaveTextContent('at least one language');
    expect(screen.getByTestId('field-options-error')).toHaveTextContent('at least one option');
    expect(api.writes).toEqual([]);

    await userEvent.type(screen.getByTestId('field-code'), 'order_no');
    await userEvent.type(screen.getByTestId('field-name-en'), 'Delivery slot');
    await userEvent.type(screen.getByTestId('field-name-ja'), '配達時間帯');
    await userEvent.click(screen.getByTestId('field-option-add'));
    await userEvent.click(screen.getByTestId('field-option-add'));
    await userEvent.type(screen.getByTestId('field-option-0-value'), 'am');
    await userEvent.type(screen.getByTestId('field-option-0-name-en'), 'Morning');
    await userEvent.type(screen.getByTestId('field-option-1-value'), 'am');
    await userEvent.click(screen.getByTestId('field-save'));
    expect(screen.getByTestId('field-option-1-value-error')).toHaveTextContent('Another option has this value.');
    await userEvent.clear(screen.getByTestId('field-option-1-value'));
    await userEvent.type(screen.getByTestId('field-option-1-value'), 'pm');
    await userEvent.click(screen.getByTestId('field-required'));
    const shipping = screen.getAllByTestId('field-inquiry-type').find((c) => c.dataset.typeId === 'shipping')!;
    await userEvent.click(shipping);
    await userEvent.clear(screen.getByTestId('field-position'));
    await userEvent.type(screen.getByTestId('field-position'), '1');

    // the unsaved field is in the preview already
    await userEvent.selectOptions(preview().getByTestId('preview-inquiry_type'), 'shipping');
    expect(previewOrder()).toEqual(['inquiry_type', 'order_no', 'email', 'title', 'content', 'tracking']);
    expect(preview().getByRole('option', { name: 'Morning' })).toBeInTheDocument();

    // the code is taken: the server's 409 is shown
    await userEvent.click(screen.getByTestId('field-save'));
    expect(await screen.findByTestId('field-save-error')).toHaveTextContent('is or was in use');
    await userEvent.clear(screen.getByTestId('field-code'));
    await userEvent.type(screen.getByTestId('field-code'), 'delivery_slot');
    await userEvent.click(screen.getByTestId('field-save'));
    expect(await screen.findByTestId('fields-notice')).toHaveTextContent('Field delivery_slot saved.');
    expect(JSON.parse(api.writes.at(-1)!.slice('POST /fields '.length))).toEqual({
      code: 'delivery_slot', scope: 'CUSTOMER', type: 'dropdown', names: { en: 'Delivery slot', ja: '配達時間帯' },
      options: [{ value: 'am', names: { en: 'Morning' } }, { value: 'pm', names: {} }],
      required: true, encrypted: false, adminOnly: false, active: true, position: 1, inquiryTypeIds: ['shipping'],
    });
    await waitFor(() => expect(screen.getAllByTestId('field-row').map((r) => r.dataset.code)).toContain('delivery_slot'));
  });

  it('changes a field and its inquiry types, shows a server field error on its input, and deletes after asking', async () => {
    const api = server();
    show(api.fetchFn);
    const row = async (code: string) => (await screen.findAllByTestId('field-row')).find((r) => r.dataset.code === code)!;
    await userEvent.click(within(await row('tracking')).getByTestId('field-edit'));
    expect(screen.getByTestId('field-code')).toBeDisabled();
    expect(screen.getByTestId('field-type')).toBeDisabled();
    await userEvent.clear(screen.getByTestId('field-name-en'));
    await userEvent.type(screen.getByTestId('field-name-en'), 'bad');
    await userEvent.click(screen.getByTestId('field-save'));
    expect(await screen.findByTestId('field-name-en-error')).toHaveTextContent('must be 1–100 characters');
    await userEvent.clear(screen.getByTestId('field-name-en'));
    await userEvent.type(screen.getByTestId('field-name-en'), 'Tracking number');
    await userEvent.click(screen.getAllByTestId('field-inquiry-type').find((c) => c.dataset.typeId === 'refund')!);
    await userEvent.click(screen.getByTestId('field-save'));
    expect(await screen.findByTestId('fields-notice')).toHaveTextContent('Field tracking saved.');
    expect(api.writes.slice(-2)).toEqual([
      'PUT /fields/tracking {"names":{"en":"Tracking number","ja":"tracking(ja)"},"options":[],"required":false,"adminOnly":false,"active":true,"position":10}',
      'PUT /fields/tracking/inquiry-types {"inquiryTypeIds":["shipping","refund"]}',
    ]);
    await waitFor(async () => expect(await row('tracking')).toHaveTextContent('Refund'));

    await userEvent.click(within(await row('memo')).getByTestId('field-delete'));
    const dialog = screen.getByTestId('confirm-dialog');
    expect(dialog).toHaveTextContent('can never be used again');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Delete' }));
    expect(await screen.findByTestId('fields-notice')).toHaveTextContent('Field memo deleted.');
    expect(api.writes.at(-1)).toBe('DELETE /fields/memo');
  });

  it('offers a system field only its own switch, and resets it after asking', async () => {
    const api = server();
    show(api.fetchFn);
    const systemRow = async (key: string) => (await screen.findAllByTestId('system-field-row')).find((r) => r.dataset.key === key)!;
    await userEvent.click(within(await systemRow('privacy_consent')).getByTestId('system-field-edit'));
    expect(screen.getByTestId('system-field-required')).toBeDisabled();
    expect(screen.getByTestId('system-field-active')).toBeEnabled();
    await userEvent.click(screen.getByTestId('system-field-active'));
    // the consent shows in the preview before it is saved
    expect(previewOrder()).toContain('privacy_consent');
    await userEvent.click(screen.getByTestId('system-field-save'));
    expect(await screen.findByTestId('fields-notice')).toHaveTextContent('System field saved.');
    expect(api.writes.at(-1)).toBe('PUT /system-fields/privacy_consent {"names":{"en":"I agree.","ja":"I agree.(ja)"},"required":true,"active":true,"position":5}');

    await userEvent.click(within(await systemRow('title')).getByTestId('system-field-edit'));
    expect(screen.getByTestId('system-field-active')).toBeDisabled();
    await userEvent.clear(screen.getByTestId('system-field-name-en'));
    await userEvent.clear(screen.getByTestId('system-field-name-ja'));
    await userEvent.clear(screen.getByTestId('system-field-position'));
    await userEvent.type(screen.getByTestId('system-field-position'), '10001');
    await userEvent.click(screen.getByTestId('system-field-save'));
    expect(screen.getByTestId('system-field-position-error')).toHaveTextContent('0 to 10,000');
    expect(screen.getByTestId('system-field-form')).toHaveTextContent('at least one language');
    await userEvent.type(screen.getByTestId('system-field-name-en'), 'Subject');
    await userEvent.clear(screen.getByTestId('system-field-position'));
    await userEvent.type(screen.getByTestId('system-field-position'), '9999');
    await userEvent.click(screen.getByTestId('system-field-save'));
    expect(await screen.findByTestId('system-field-active-error')).toHaveTextContent('cannot be changed on title');
    await userEvent.clear(screen.getByTestId('system-field-position'));
    await userEvent.type(screen.getByTestId('system-field-position'), '3');
    await userEvent.click(screen.getByTestId('system-field-save'));
    await waitFor(async () => expect(await systemRow('title')).toHaveTextContent('Subject'));
    expect(await systemRow('title')).toHaveTextContent('Changed');

    await userEvent.click(within(await systemRow('title')).getByTestId('system-field-reset'));
    await userEvent.click(within(screen.getByTestId('confirm-dialog')).getByRole('button', { name: 'Reset' }));
    expect(await screen.findByTestId('fields-notice')).toHaveTextContent('reset to what is built in');
    expect(api.writes.at(-1)).toBe('POST /system-fields/title/reset');
    await waitFor(async () => expect(await systemRow('title')).toHaveTextContent('As built in'));
  });
});
