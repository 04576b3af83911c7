import { vi } from 'vitest';
import { jsonResponse } from './render';

export type Handler = (url: URL, init: RequestInit | undefined) => Response | undefined;

/**
 * A fake `fetch` answering the API from a list of handlers (the first that answers wins), 404 otherwise;
 * `calls` are the requests as "METHOD /path?query".
 */
export function fakeServer(...handlers: Handler[]) {
  const calls: string[] = [];
  const fetchFn = vi.fn(async (input: RequestInfo | URL, init?: RequestInit) => {
    const url = new URL(String(input), 'http://console.test');
    calls.push(`${init?.method ?? 'GET'} ${url.pathname}${url.search}`);
    for (const handler of handlers) {
      const response = handler(url, init);
      if (response) return response;
    }
    return jsonResponse({ status: 404, detail: `no ${url.pathname}` }, 404);
  });
  return { fetchFn: fetchFn as unknown as typeof fetch, calls };
}

export const noContent = () => new Response(null, { status: 204 });
