export { AuthProvider } from './components/AuthProvider';
export { useAuth } from './hooks/use-auth';
export { useMe } from './hooks/use-me';
export type { Me, MeService } from './api/get-me';
