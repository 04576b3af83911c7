import { describe, expect, it } from 'vitest';
import type { Me } from '../api/get-me';
import { administrableServices, isOrgAdmin } from './admin-access';

const me = (roles: string[], services: [string, string][]): Me => ({
  username: 'u',
  displayName: 'U',
  email: 'u@example.com',
  roles,
  services: services.map(([code, role]) => ({ code, name: `${code} name`, type: 'INQUIRY', role, groups: [], mayPlaceNewTickets: role === 'ADMIN' })),
});

describe('administrableServices', () => {
  it('gives an operator only the services where they are ADMIN', () => {
    expect(administrableServices(me(['agent'], [['CS', 'ADMIN'], ['BILL', 'OPERATOR']]), undefined)).toEqual([
      { code: 'CS', name: 'CS name' },
    ]);
    expect(administrableServices(me(['agent'], [['BILL', 'OPERATOR']]), undefined)).toEqual([]);
  });

  it("gives an org-admin every service of the organisation, even ones they are not a member of", () => {
    const orgAdmin = me(['org-admin'], []);
    expect(isOrgAdmin(orgAdmin)).toBe(true);
    expect(administrableServices(orgAdmin, [{ code: 'CS', name: 'CS' }, { code: 'JP', name: 'JP' }])).toEqual([
      { code: 'CS', name: 'CS' },
      { code: 'JP', name: 'JP' },
    ]);
  });

  it('is empty before /me has answered', () => {
    expect(administrableServices(undefined, undefined)).toEqual([]);
  });
});
