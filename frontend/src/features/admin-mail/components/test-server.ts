import { vi } from 'vitest';

export type Handler = (body: unknown, url: URL) => Response | Promise<Response>;

/** A fake `fetch` answering "METHOD /path" keys (query string ignored) and recording every call and its If-Match. */
export function fakeServer(routes: Record<string, Handler>) {
  const calls: { method: string; url: string; body: unknown; ifMatch?: string }[] = [];
  const fetchFn = vi.fn(async (input: RequestInfo | URL, init?: RequestInit) => {
    const url = new URL(String(input), 'http://console.test');
    const method = init?.method ?? 'GET';
    const body = init?.body ? JSON.parse(String(init.body)) : undefined;
    const ifMatch = (init?.headers as Record<string, string> | undefined)?.['If-Match'];
    calls.push({ method, url: `${url.pathname}${url.search}`, body, ifMatch });
    const handler = routes[`${method} ${url.pathname}`];
    if (!handler) return new Response(JSON.stringify({ status: 404, detail: `no route ${method} ${url.pathname}` }), { status: 404 });
    return handler(body, url);
  });
  return { fetchFn: fetchFn as unknown as typeof fetch, calls };
}
