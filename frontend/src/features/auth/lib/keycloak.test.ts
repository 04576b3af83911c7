import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

const instances: FakeKeycloak[] = [];

class FakeKeycloak {
  config: unknown;
  token: string | undefined = 'access-1';
  init = vi.fn(async () => true);
  login = vi.fn(async () => undefined);
  updateToken = vi.fn(async () => {
    this.token = 'access-2';
    return true;
  });
  constructor(config: unknown) {
    this.config = config;
    instances.push(this);
  }
}

vi.mock('keycloak-js', () => ({ default: FakeKeycloak }));

const { freshToken, resetKeycloakForTests, startKeycloak } = await import('./keycloak');
const { LOCALE_STORAGE_KEY } = await import('../../../i18n');

const config = { keycloakUrl: 'http://127.0.0.1:8180', realm: 'switchboard', clientId: 'switchboard-console' };

describe('keycloak start-up', () => {
  beforeEach(() => {
    instances.length = 0;
    resetKeycloakForTests();
  });
  afterEach(() => resetKeycloakForTests());

  it('creates one instance and calls init once even when started twice (React StrictMode)', async () => {
    const load = vi.fn(async () => config);
    const [a, b] = await Promise.all([startKeycloak(load), startKeycloak(load)]);

    expect(a).toBe(b);
    expect(instances).toHaveLength(1);
    expect(load).toHaveBeenCalledTimes(1);
    expect(instances[0]!.init).toHaveBeenCalledTimes(1);
    expect(instances[0]!.config).toEqual({ url: config.keycloakUrl, realm: 'switchboard', clientId: 'switchboard-console' });
  });

  it('requires login with PKCE S256', async () => {
    await startKeycloak(async () => config);
    expect(instances[0]!.init).toHaveBeenCalledWith(expect.objectContaining({ onLoad: 'login-required', pkceMethod: 'S256' }));
  });

  it("asks Keycloak for the login page in the language chosen in the header, else the browser's", async () => {
    localStorage.setItem(LOCALE_STORAGE_KEY, 'ja');
    try {
      await startKeycloak(async () => config);
      expect(instances[0]!.init).toHaveBeenCalledWith(expect.objectContaining({ locale: 'ja' }));
    } finally {
      localStorage.removeItem(LOCALE_STORAGE_KEY);
    }
  });

  it('can be retried after a failed start', async () => {
    await expect(startKeycloak(async () => Promise.reject(new Error('down')))).rejects.toThrow('down');
    await Promise.resolve();
    await expect(startKeycloak(async () => config)).resolves.toBeInstanceOf(FakeKeycloak);
  });

  it('refreshes a token that expires within 30 seconds before handing it out', async () => {
    const keycloak = await startKeycloak(async () => config);
    await expect(freshToken(keycloak)).resolves.toBe('access-2');
    expect(instances[0]!.updateToken).toHaveBeenCalledWith(30);
  });

  it('sends the operator to the login page when the session cannot be refreshed', async () => {
    const keycloak = await startKeycloak(async () => config);
    instances[0]!.updateToken.mockRejectedValueOnce(new Error('refresh token expired'));
    await expect(freshToken(keycloak)).rejects.toThrow('Session expired');
    expect(instances[0]!.login).toHaveBeenCalled();
  });
});
