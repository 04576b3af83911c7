/**
 * Runtime configuration, served by the gateway as `/config.json` so one build runs in every
 * environment. In `vite dev` (or when the file is missing or broken) the local-stack defaults apply.
 */
export interface RuntimeConfig {
  keycloakUrl: string;
  realm: string;
  clientId: string;
}

export const DEFAULT_CONFIG: Readonly<RuntimeConfig> = Object.freeze({
  keycloakUrl: 'http://127.0.0.1:8180',
  realm: 'switchboard',
  clientId: 'switchboard-console',
});

const KEYS = ['keycloakUrl', 'realm', 'clientId'] as const;

/** Fetches `/config.json`; every key that is absent, empty or not a string falls back to its default. */
export async function loadConfig(
  fetchFn: typeof fetch = (input, init) => fetch(input, init),
  url = '/config.json',
): Promise<RuntimeConfig> {
  const config: RuntimeConfig = { ...DEFAULT_CONFIG };
  let body: unknown;
  try {
    const response = await fetchFn(url, { cache: 'no-store', headers: { Accept: 'application/json' } });
    if (!response.ok) return config;
    body = await response.json();
  } catch {
    // Absent, unreachable or not JSON (e.g. the dev server's index.html fallback): use the defaults.
    return config;
  }
  if (body && typeof body === 'object') {
    const record = body as Record<string, unknown>;
    for (const key of KEYS) {
      const value = record[key];
      if (typeof value === 'string' && value.trim() !== '') config[key] = value.trim();
    }
  }
  config.keycloakUrl = config.keycloakUrl.replace(/\/+$/, '');
  return config;
}
