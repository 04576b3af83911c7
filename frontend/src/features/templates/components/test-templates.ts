import type { Handler } from '../../../test/fake-server';
import { jsonResponse } from '../../../test/render';
import type { ReplacementCode, Template } from '../api/types';

export const TEMPLATES = '/api/v1/services/CS/templates';

export const template = (overrides: Partial<Template> = {}): Template => ({
  id: 't-1',
  serviceCode: 'CS',
  shared: false,
  title: 'Refund guide',
  searchCode: 'refund',
  body: 'Dear {{customer.name}}, your refund is on its way.',
  format: 'TEXT',
  processingTypeIds: [],
  usageCount: 4,
  manageable: true,
  version: 2,
  createdBy: 'alice',
  createdAt: '2026-01-05T09:00:00Z',
  updatedBy: 'alice',
  updatedAt: '2026-01-06T09:00:00Z',
  ...overrides,
});

export const CODES: ReplacementCode[] = [
  { code: 'customer.name', placeholder: '{{customer.name}}', labels: { en: 'Customer name', ko: '고객 이름', ja: 'お客様のお名前' } },
  { code: 'ticket.number', placeholder: '{{ticket.number}}', labels: { en: 'Ticket number', ko: '티켓 번호', ja: 'チケット番号' } },
];

/** ticket-service's replacement codes and CS's processing types. */
export const codesAndTypes: Handler = (url) => {
  if (url.pathname === '/api/v1/templates/codes') return jsonResponse(CODES);
  if (url.pathname === '/api/v1/services/CS/processing-types') {
    return jsonResponse([{ id: 'p-1', names: { en: 'Guidance', ko: '안내' }, active: true, children: [{ id: 'p-2', names: { en: 'Refund made' }, active: true, children: [] }] }]);
  }
  return undefined;
};

/** GET of the template list, matching `q` the way ticket-service does (search code prefix first). */
export const listing =
  (items: () => Template[]): Handler =>
  (url, init) => {
    if (url.pathname !== TEMPLATES || (init?.method ?? 'GET') !== 'GET') return undefined;
    const q = (url.searchParams.get('q') ?? '').toLowerCase();
    const limit = Number(url.searchParams.get('limit') ?? 50);
    const matching = items()
      .filter((t) => t.searchCode.toLowerCase().includes(q) || t.title.toLowerCase().includes(q))
      .sort((a, b) => Number(!a.searchCode.toLowerCase().startsWith(q)) - Number(!b.searchCode.toLowerCase().startsWith(q)));
    return jsonResponse({ items: matching.slice(0, limit), total: matching.length });
  };
