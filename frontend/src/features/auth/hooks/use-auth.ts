import { useContext } from 'react';
import { AuthContext, type AuthSession } from '../lib/auth-context';

export function useAuth(): AuthSession {
  const session = useContext(AuthContext);
  if (!session) throw new Error('useAuth must be used inside <AuthProvider>');
  return session;
}
