export { AuthProvider } from './components/AuthProvider';
export { useAuth } from './hooks/use-auth';
export { useMe } from './hooks/use-me';
export { useServiceZones } from './hooks/use-service-zones';
export { useAdminServices, type AdminServices } from './hooks/use-admin-services';
export { administrableServices, isOrgAdmin, type AdminService } from './lib/admin-access';
export type { Me, MeService } from './api/get-me';
