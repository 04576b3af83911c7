import { describe, expect, it, vi } from 'vitest';
import { DEFAULT_CONFIG, loadConfig } from './runtime-config';

const asFetch = (impl: (...args: Parameters<typeof fetch>) => Promise<Response>) => vi.fn(impl) as unknown as typeof fetch;

describe('loadConfig', () => {
  it('uses the values served in /config.json', async () => {
    const fetchFn = asFetch(async () =>
      new Response(JSON.stringify({ keycloakUrl: 'https://sso.example.com/', realm: 'acme', clientId: 'console' })),
    );
    await expect(loadConfig(fetchFn)).resolves.toEqual({
      keycloakUrl: 'https://sso.example.com',
      realm: 'acme',
      clientId: 'console',
    });
    expect(fetchFn).toHaveBeenCalledWith('/config.json', expect.objectContaining({ cache: 'no-store' }));
  });

  it('falls back to the local-stack defaults when the file is absent (404)', async () => {
    const config = await loadConfig(asFetch(async () => new Response('not found', { status: 404 })));
    expect(config).toEqual({
      keycloakUrl: 'http://127.0.0.1:8180',
      realm: 'switchboard',
      clientId: 'switchboard-console',
    });
  });

  it('falls back when the dev server answers with index.html instead of JSON', async () => {
    const config = await loadConfig(
      asFetch(async () => new Response('<!doctype html><html></html>', { headers: { 'Content-Type': 'text/html' } })),
    );
    expect(config).toEqual(DEFAULT_CONFIG);
  });

  it('falls back when the request fails', async () => {
    const config = await loadConfig(asFetch(async () => Promise.reject(new TypeError('Failed to fetch'))));
    expect(config).toEqual(DEFAULT_CONFIG);
  });

  it('keeps defaults for missing, empty or non-string keys', async () => {
    const config = await loadConfig(asFetch(async () => new Response(JSON.stringify({ realm: 'other', clientId: '', keycloakUrl: 42 }))));
    expect(config).toEqual({ ...DEFAULT_CONFIG, realm: 'other' });
  });

  it('does not let one call change the defaults of the next', async () => {
    await loadConfig(asFetch(async () => new Response(JSON.stringify({ realm: 'changed' }))));
    expect(DEFAULT_CONFIG.realm).toBe('switchboard');
  });
});
