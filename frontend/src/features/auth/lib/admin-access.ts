import type { Me } from '../api/get-me';

export const ORG_ADMIN_ROLE = 'org-admin';

export interface AdminService {
  code: string;
  name: string;
}

export function isOrgAdmin(me: Me | undefined): boolean {
  return !!me?.roles.includes(ORG_ADMIN_ROLE);
}

/**
 * The services whose settings the caller may change: every service for an org-admin (from
 * `GET /api/v1/services`, or their own memberships until that has answered), else the services where
 * their membership role is ADMIN. The server still decides (403/404); this only picks what to show.
 */
export function administrableServices(me: Me | undefined, allServices: AdminService[] | undefined): AdminService[] {
  if (!me) return [];
  if (isOrgAdmin(me)) {
    const list = allServices ?? me.services;
    return list.map(({ code, name }) => ({ code, name }));
  }
  return me.services.filter((s) => s.role === 'ADMIN').map(({ code, name }) => ({ code, name }));
}
