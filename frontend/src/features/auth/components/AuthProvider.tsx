import { useEffect, useMemo, useState, type ReactNode } from 'react';
import type Keycloak from 'keycloak-js';
import { useI18n } from '../../../i18n';
import { AuthContext, type AuthSession } from '../lib/auth-context';
import { freshToken, startKeycloak } from '../lib/keycloak';

type State =
  | { kind: 'starting' }
  | { kind: 'failed'; message: string }
  | { kind: 'ready'; keycloak: Keycloak };

/** Logs the operator in through Keycloak (PKCE) before rendering anything else. */
export function AuthProvider({ children }: { children: ReactNode }) {
  const { m } = useI18n();
  const [state, setState] = useState<State>({ kind: 'starting' });
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    let active = true;
    startKeycloak().then(
      (keycloak) => active && setState({ kind: 'ready', keycloak }),
      (error: unknown) =>
        active &&
        setState({ kind: 'failed', message: error instanceof Error ? error.message : String(error ?? '') }),
    );
    return () => {
      active = false;
    };
  }, [attempt]);

  const session = useMemo<AuthSession | null>(() => {
    if (state.kind !== 'ready') return null;
    const { keycloak } = state;
    const parsed = (keycloak.tokenParsed ?? {}) as { preferred_username?: string; name?: string };
    return {
      username: parsed.preferred_username ?? '',
      tokenName: parsed.name ?? parsed.preferred_username ?? '',
      getToken: () => freshToken(keycloak),
      logout: () => void keycloak.logout({ redirectUri: `${window.location.origin}/` }),
    };
  }, [state]);

  if (state.kind === 'failed') {
    return (
      <main className="page centered" role="alert">
        <h1>{m.app.signInFailed}</h1>
        {state.message && <p>{state.message}</p>}
        <button
          type="button"
          onClick={() => {
            setState({ kind: 'starting' });
            setAttempt((n) => n + 1);
          }}
        >
          {m.app.retry}
        </button>
      </main>
    );
  }
  if (!session) {
    return (
      <main className="page centered" aria-busy="true">
        <p>{m.app.signingIn}</p>
      </main>
    );
  }
  return <AuthContext.Provider value={session}>{children}</AuthContext.Provider>;
}
