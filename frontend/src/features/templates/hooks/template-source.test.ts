import { describe, expect, it } from 'vitest';
import { createApiClient } from '../../../lib/api-client';
import { fakeServer } from '../../../test/fake-server';
import { jsonResponse, problemResponse } from '../../../test/render';
import { listing, template } from '../components/test-templates';
import { templateSource } from './use-templates';

const sourceOver = (fetchFn: typeof fetch) =>
  templateSource(createApiClient({ getToken: async () => 'test-token', fetchFn }), 'ticket-1', 'CS');

const many = () =>
  Array.from({ length: 14 }, (_, i) => template({ id: `t-${i}`, searchCode: i === 13 ? 'refund' : `x${i}refund`, title: `Template ${i}` }));

describe('templateSource', () => {
  it('finds at most ten templates, those whose search code starts with the query first', async () => {
    const api = fakeServer(listing(many));
    const found = await sourceOver(api.fetchFn).search(' ref ');
    expect(found).toHaveLength(10);
    expect(found[0]).toEqual({ id: 't-13', code: 'refund', title: 'Template 13' });
    expect(api.calls).toEqual(['GET /api/v1/services/CS/templates?q=ref&limit=10']);
  });

  it('renders a template from the ticket', async () => {
    const api = fakeServer((url) =>
      url.pathname === '/api/v1/tickets/ticket-1/templates/t-1/render'
        ? jsonResponse({ templateId: 't-1', body: '<p>김민지 고객님</p>', format: 'HTML' })
        : undefined,
    );
    expect(await sourceOver(api.fetchFn).render('t-1')).toEqual({ body: '<p>김민지 고객님</p>', format: 'HTML' });
  });

  it('rejects with the server’s problem when the template is not the ticket’s service’s', async () => {
    const api = fakeServer(() => problemResponse({ status: 404, detail: 'There is no template t-9 in CS.' }));
    await expect(sourceOver(api.fetchFn).render('t-9')).rejects.toThrow('There is no template t-9 in CS.');
  });
});
