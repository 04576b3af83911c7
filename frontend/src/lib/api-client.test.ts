import { describe, expect, it, vi } from 'vitest';
import { ApiError, NetworkError, createApiClient, parseRetryAfter } from './api-client';
import { FakeXhr } from '../test/fake-xhr';

function fakeFetch(response: () => Response | Promise<Response>) {
  const calls: { url: string; init: RequestInit }[] = [];
  const fetchFn = vi.fn(async (input: RequestInfo | URL, init?: RequestInit) => {
    calls.push({ url: String(input), init: init ?? {} });
    return response();
  }) as unknown as typeof fetch;
  return { fetchFn, calls };
}

const header = (init: RequestInit, name: string) => (init.headers as Record<string, string>)[name];

describe('createApiClient', () => {
  it('asks for a fresh token before every call and sends it as a bearer token', async () => {
    let n = 0;
    const getToken = vi.fn(async () => `token-${++n}`);
    const { fetchFn, calls } = fakeFetch(() => new Response(JSON.stringify({ items: [], next: null })));
    const client = createApiClient({ getToken, fetchFn });

    await client.get('/api/v1/tickets');
    await client.get('/api/v1/tickets');

    expect(getToken).toHaveBeenCalledTimes(2);
    expect(header(calls[0]!.init, 'Authorization')).toBe('Bearer token-1');
    expect(header(calls[1]!.init, 'Authorization')).toBe('Bearer token-2');
  });

  it('builds the query string and leaves out empty parameters', async () => {
    const { fetchFn, calls } = fakeFetch(() => new Response(JSON.stringify({ items: [], next: null })));
    const client = createApiClient({ getToken: async () => 't', fetchFn });

    await client.get('/api/v1/tickets', { view: 'all', limit: 50, cursor: null });
    await client.get('/api/v1/tickets', { view: 'mine', cursor: 'abc/+=' });

    expect(calls[0]!.url).toBe('/api/v1/tickets?view=all&limit=50');
    expect(calls[1]!.url).toBe('/api/v1/tickets?view=mine&cursor=abc%2F%2B%3D');
  });

  it('repeats a parameter given as a list, without its empty entries', async () => {
    const { fetchFn, calls } = fakeFetch(() => new Response(JSON.stringify({ items: [], next: null })));
    const client = createApiClient({ getToken: async () => 't', fetchFn });

    await client.get('/api/v1/tickets', { status: ['ON_HOLD', '', 'RESOLVED'], q: '결제 환불', starred: true });

    expect(calls[0]!.url).toBe('/api/v1/tickets?status=ON_HOLD&status=RESOLVED&q=%EA%B2%B0%EC%A0%9C+%ED%99%98%EB%B6%88&starred=true');
  });

  it('posts JSON and returns the body of a 201 Created', async () => {
    const created = { id: 'b3c1', number: 'CS-7', title: 'Printer on fire' };
    const { fetchFn, calls } = fakeFetch(
      () => new Response(JSON.stringify(created), { status: 201, headers: { 'Content-Type': 'application/json', Location: '/api/v1/tickets/b3c1' } }),
    );
    const client = createApiClient({ getToken: async () => 'tok', fetchFn });

    const result = await client.post('/api/v1/services/CS/tickets', { title: 'Printer on fire' });

    expect(result).toEqual(created);
    expect(calls[0]!.init.method).toBe('POST');
    expect(header(calls[0]!.init, 'Content-Type')).toBe('application/json');
    expect(header(calls[0]!.init, 'Authorization')).toBe('Bearer tok');
    expect(JSON.parse(String(calls[0]!.init.body))).toEqual({ title: 'Printer on fire' });
  });

  it('turns problem+json into an ApiError with its detail and field errors', async () => {
    const { fetchFn } = fakeFetch(
      () =>
        new Response(
          JSON.stringify({
            type: 'https://switchboard.io/problems/validation',
            title: 'Constraint Violation',
            status: 400,
            detail: 'The ticket is invalid.',
            errors: [
              { field: 'create.request.title', message: 'must not be blank' },
              { field: 'customer.email', message: 'must be a well-formed email address' },
            ],
          }),
          { status: 400, headers: { 'Content-Type': 'application/problem+json' } },
        ),
    );
    const client = createApiClient({ getToken: async () => 't', fetchFn });

    const error = await client.post('/api/v1/services/CS/tickets', {}).catch((e: unknown) => e);

    expect(error).toBeInstanceOf(ApiError);
    const apiError = error as ApiError;
    expect(apiError.status).toBe(400);
    expect(apiError.type).toBe('https://switchboard.io/problems/validation');
    expect(apiError.detail).toBe('The ticket is invalid.');
    expect(apiError.message).toBe('The ticket is invalid.');
    expect(apiError.fieldErrors).toHaveLength(2);
    expect(apiError.fieldErrorsFor(['title', 'content', 'customer.email', 'customer.name'] as const)).toEqual({
      title: 'must not be blank',
      'customer.email': 'must be a well-formed email address',
    });
  });

  it('keeps how long a 503 or 429 asks to wait (Retry-After in seconds or as an HTTP date)', async () => {
    const { fetchFn } = fakeFetch(
      () =>
        new Response(JSON.stringify({ status: 503, detail: 'Dooray is unreachable; try again later.' }), {
          status: 503,
          headers: { 'Content-Type': 'application/problem+json', 'Retry-After': '7' },
        }),
    );
    const error = (await createApiClient({ getToken: async () => 't', fetchFn }).get('/x').catch((e: unknown) => e)) as ApiError;
    expect(error.retryAfterSeconds).toBe(7);
    expect(parseRetryAfter('Wed, 02 Dec 2026 06:00:10 GMT', Date.parse('2026-12-02T06:00:00Z'))).toBe(10);
    expect(parseRetryAfter(null)).toBeNull();
    expect(parseRetryAfter('soon')).toBeNull();
  });

  it('maps a nested field to the most specific known name', () => {
    const error = new ApiError(400, { errors: [{ field: 'request.customer.name', message: 'too long' }] });
    expect(error.fieldErrorsFor(['name', 'customer.name'] as const)).toEqual({ 'customer.name': 'too long' });
  });

  it('still gives a readable ApiError when the error body is not JSON', async () => {
    const { fetchFn } = fakeFetch(() => new Response('<html>Bad gateway</html>', { status: 502, statusText: 'Bad Gateway' }));
    const client = createApiClient({ getToken: async () => 't', fetchFn });

    const error = (await client.get('/api/v1/me').catch((e: unknown) => e)) as ApiError;

    expect(error).toBeInstanceOf(ApiError);
    expect(error.status).toBe(502);
    expect(error.title).toBe('Bad Gateway');
    expect(error.fieldErrors).toEqual([]);
    expect(error.detail).toBe('Bad Gateway');
  });

  it('does not send an Authorization header when there is no token', async () => {
    const { fetchFn, calls } = fakeFetch(() => new Response('{}'));
    await createApiClient({ getToken: async () => undefined, fetchFn }).get('/api/v1/me');
    expect(header(calls[0]!.init, 'Authorization')).toBeUndefined();
  });

  it('wraps connection failures in a NetworkError', async () => {
    const { fetchFn } = fakeFetch(() => Promise.reject(new TypeError('Failed to fetch')));
    const error = await createApiClient({ getToken: async () => 't', fetchFn }).get('/api/v1/me').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(NetworkError);
  });

  it('returns undefined for 204 No Content', async () => {
    const { fetchFn } = fakeFetch(() => new Response(null, { status: 204 }));
    await expect(createApiClient({ getToken: async () => 't', fetchFn }).post('/x', {})).resolves.toBeUndefined();
  });

  it('downloads a file with the token and turns a refusal into an ApiError', async () => {
    const { fetchFn, calls } = fakeFetch(() => new Response('영수증', { headers: { 'Content-Type': 'text/plain' } }));
    const blob = await createApiClient({ getToken: async () => 't', fetchFn }).download('/api/v1/tickets/1/attachments/2');
    expect(await blob.text()).toBe('영수증');
    expect(header(calls[0]!.init, 'Authorization')).toBe('Bearer t');
    expect(header(calls[0]!.init, 'Accept')).toBe('*/*');

    const refused = fakeFetch(() => new Response(JSON.stringify({ status: 404, detail: 'No such attachment.' }),
      { status: 404, headers: { 'Content-Type': 'application/problem+json' } }));
    const error = await createApiClient({ getToken: async () => 't', fetchFn: refused.fetchFn })
      .download('/x').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).status).toBe(404);
  });

  it('puts JSON, deletes without a body, and posts without a body when none is given', async () => {
    const { fetchFn, calls } = fakeFetch(() => new Response(null, { status: 204 }));
    const client = createApiClient({ getToken: async () => 't', fetchFn });
    await client.put('/api/v1/x', { html: '{{content}}' });
    await client.delete('/api/v1/x');
    await client.post('/api/v1/x/release');
    expect(calls.map((c) => c.init.method)).toEqual(['PUT', 'DELETE', 'POST']);
    expect(calls[0]!.init.body).toBe('{"html":"{{content}}"}');
    expect(header(calls[0]!.init, 'Content-Type')).toBe('application/json');
    expect(calls[1]!.init.body).toBeUndefined();
    expect(header(calls[1]!.init, 'Content-Type')).toBeUndefined();
    expect(calls[2]!.init.body).toBeUndefined();
  });

  it('sends the version the user saw as If-Match on changes, and only when given', async () => {
    const { fetchFn, calls } = fakeFetch(() => new Response(null, { status: 204 }));
    const client = createApiClient({ getToken: async () => 't', fetchFn });
    await client.post('/api/v1/tickets/1/keep', {}, { ifMatch: 3 });
    await client.put('/api/v1/x', { a: 1 }, { ifMatch: '7' });
    await client.delete('/api/v1/x', { ifMatch: 0 });
    await client.post('/api/v1/services/CS/tickets', {});
    expect(calls.map((c) => header(c.init, 'If-Match'))).toEqual(['"3"', '"7"', '"0"', undefined]);
  });

  it('tells a stale version (412, or the 409 stale-version problem) from other conflicts', async () => {
    const answer = (status: number, type: string): Promise<ApiError> =>
      createApiClient({
        getToken: async () => 't',
        fetchFn: fakeFetch(() => new Response(JSON.stringify({ status, type }), { status })).fetchFn,
      })
        .post('/x', {}, { ifMatch: 1 })
        .then(
          () => Promise.reject(new Error('expected a refusal')),
          (e: unknown) => e as ApiError,
        );
    expect((await answer(409, 'https://switchboard.dev/problems/stale-version')).isStale).toBe(true);
    expect((await answer(412, 'about:blank')).isStale).toBe(true);
    expect((await answer(409, 'https://switchboard.dev/problems/conflict')).isStale).toBe(false);
  });

  it('uploads a file with the token, reporting progress, and reads a refusal as a problem', async () => {
    FakeXhr.made = [];
    const client = createApiClient({ getToken: async () => 'tok', fetchFn: vi.fn(), createXhr: FakeXhr.create });
    const progress: number[] = [];
    const stored = client.upload<{ id: string }>('/api/v1/tickets/t/attachments', new File(['abcd'], 'a.txt'), {
      onProgress: (sent, total) => progress.push(sent / total),
    });
    await vi.waitFor(() => expect(FakeXhr.made).toHaveLength(1));
    const xhr = FakeXhr.made[0]!;
    expect(xhr.headers.Authorization).toBe('Bearer tok');
    xhr.progress(2, 4);
    xhr.respond(201, { id: 'a-1' });
    await expect(stored).resolves.toEqual({ id: 'a-1' });
    expect(progress).toEqual([0.5]);

    const refused = client.upload('/api/v1/tickets/t/attachments', new File(['x'], 'big.zip'));
    await vi.waitFor(() => expect(FakeXhr.made).toHaveLength(2));
    FakeXhr.made[1]!.respond(413, { status: 413, title: 'Payload Too Large', detail: 'at most 10 MB' });
    await expect(refused).rejects.toMatchObject({ status: 413, detail: 'at most 10 MB' });

    const lost = client.upload('/api/v1/tickets/t/attachments', new File(['x'], 'a.txt'));
    await vi.waitFor(() => expect(FakeXhr.made).toHaveLength(3));
    FakeXhr.made[2]!.onerror?.();
    await expect(lost).rejects.toBeInstanceOf(NetworkError);
  });
});
