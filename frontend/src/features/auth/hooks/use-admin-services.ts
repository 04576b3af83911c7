import { useQuery } from '@tanstack/react-query';
import { useApiClient } from '../../../lib/api-context';
import { organisationServicesQueryOptions } from '../api/get-services';
import { administrableServices, isOrgAdmin, type AdminService } from '../lib/admin-access';
import { useMe } from './use-me';

export interface AdminServices {
  isPending: boolean;
  error: unknown;
  services: AdminService[];
  canAdminister(code: string): boolean;
}

/** The services the signed-in user may administer (org-admin: all; otherwise where their role is ADMIN). */
export function useAdminServices(): AdminServices {
  const me = useMe();
  const orgAdmin = isOrgAdmin(me.data);
  const all = useQuery({ ...organisationServicesQueryOptions(useApiClient()), enabled: orgAdmin });
  const services = administrableServices(me.data, all.data);
  return {
    isPending: me.isPending || (orgAdmin && all.isPending),
    error: me.error,
    services,
    canAdminister: (code) => orgAdmin || services.some((s) => s.code === code),
  };
}
