import type { ReactElement } from 'react';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import { MemoryRouter, useLocation } from 'react-router';
import { createApiClient } from '../lib/api-client';
import { ApiClientProvider } from '../lib/api-context';

export function jsonResponse(body: unknown, status = 200, contentType = 'application/json'): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': contentType } });
}

export function problemResponse(problem: Record<string, unknown>): Response {
  return jsonResponse(problem, Number(problem.status ?? 400), 'application/problem+json');
}

/** Renders with the real API client over a fake `fetch`, a fresh QueryClient and a memory router. */
export function renderWithProviders(
  ui: ReactElement,
  {
    fetchFn,
    route = '/',
    cached,
    createXhr,
  }: { fetchFn: typeof fetch; route?: string; cached?: [readonly unknown[], unknown][]; createXhr?: () => XMLHttpRequest },
) {
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false }, mutations: { retry: false } } });
  // what an earlier screen left in the cache (e.g. the ticket creation answered)
  cached?.forEach(([key, data]) => queryClient.setQueryData(key, data));
  const client = createApiClient({ getToken: async () => 'test-token', fetchFn, createXhr });
  return {
    queryClient,
    ...render(
      <QueryClientProvider client={queryClient}>
        <ApiClientProvider client={client}>
          <MemoryRouter initialEntries={[route]}>{ui}</MemoryRouter>
        </ApiClientProvider>
      </QueryClientProvider>,
    ),
  };
}

/** Shows the router's current address (path and query), for tests that follow navigation. */
export function LocationProbe() {
  const location = useLocation();
  return <output data-testid="location">{location.pathname + location.search}</output>;
}
