import Keycloak from 'keycloak-js';
import { loadConfig, type RuntimeConfig } from '../../../config/runtime-config';
import { initialLocale } from '../../../i18n';

/**
 * keycloak-js must be created and initialised exactly once per page: React StrictMode runs effects
 * twice in development, and a second `init` on the same instance throws. Both the instance and the
 * start-up promise therefore live at module level.
 */
let instance: Keycloak | undefined;
let startup: Promise<Keycloak> | undefined;

export function createKeycloak(config: RuntimeConfig): Keycloak {
  instance ??= new Keycloak({ url: config.keycloakUrl, realm: config.realm, clientId: config.clientId });
  return instance;
}

export const KEYCLOAK_INIT_OPTIONS = {
  onLoad: 'login-required',
  pkceMethod: 'S256',
  checkLoginIframe: false,
} as const;

/** Loads `/config.json`, then logs in (redirecting to Keycloak when there is no session). Idempotent. */
export function startKeycloak(load: () => Promise<RuntimeConfig> = () => loadConfig()): Promise<Keycloak> {
  startup ??= (async () => {
    const config = await load();
    const keycloak = createKeycloak(config);
    // the login page in the console's language (ui_locales): the one chosen in the header, else the browser's
    const authenticated = await keycloak.init({ ...KEYCLOAK_INIT_OPTIONS, locale: initialLocale() });
    if (!authenticated) {
      // 'login-required' redirects before resolving; this only happens when the redirect failed.
      await keycloak.login({ locale: initialLocale() });
    }
    return keycloak;
  })();
  startup.catch(() => {
    // allow a retry after a failed start (e.g. Keycloak was down)
    startup = undefined;
    instance = undefined;
  });
  return startup;
}

/** A token valid for at least 30 more seconds; refreshes it first when needed. */
export async function freshToken(keycloak: Keycloak): Promise<string | undefined> {
  try {
    await keycloak.updateToken(30);
  } catch {
    // The refresh token expired too: log in again (this navigates away).
    await keycloak.login({ locale: initialLocale() });
    throw new Error('Session expired');
  }
  return keycloak.token;
}

/** For tests only. */
export function resetKeycloakForTests(): void {
  instance = undefined;
  startup = undefined;
}
