import { createContext } from 'react';

export interface AuthSession {
  username: string;
  /** Display name from the token (`name`), used until /me has answered. */
  tokenName: string;
  getToken(): Promise<string | undefined>;
  logout(): void;
}

export const AuthContext = createContext<AuthSession | null>(null);
