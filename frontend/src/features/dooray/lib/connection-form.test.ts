import { describe, expect, it } from 'vitest';
import { getMessages } from '../../../i18n';
import { connectionFieldNames, connectionFormValues, toConnectionRequest, validateConnection } from './connection-form';

const m = getMessages('en');
const e = m.dooray.admin.errors;
const stored = {
  serviceCode: 'CS',
  organizationId: '37',
  tokenSet: true,
  tokenSetAt: null,
  projects: [{ id: '1001', name: 'CS', registrantMemberId: null }],
  operators: [{ username: 'bob', organizationMemberId: '102' }],
  hookSecretSetAt: null,
  updatedAt: null,
  updatedBy: null,
  mayAdminister: true,
};

describe('the Dooray connection form', () => {
  it('starts from the stored connection without its token, and sends no token unless one is typed', () => {
    const values = connectionFormValues(stored);
    expect(values.token).toBe('');
    expect(values.projects[0]).toMatchObject({ id: '1001', name: 'CS', registrantMemberId: '' });
    expect(toConnectionRequest(values)).toEqual({
      organizationId: '37',
      projects: [{ id: '1001', name: 'CS', registrantMemberId: null }],
      operators: [{ username: 'bob', organizationMemberId: '102' }],
    });
    expect(toConnectionRequest({ ...values, token: ' new-token ' }).token).toBe('new-token');
  });

  it('checks what the server would refuse, by the server\'s field names', () => {
    const values = connectionFormValues(null);
    expect(validateConnection(values, true, m)).toEqual({
      organizationId: e.organizationRequired,
      token: e.tokenRequired,
      'projects[0].id': e.projectIdRequired,
      'projects[0].name': e.projectNameRequired,
    });
    const twice = connectionFormValues({ ...stored, projects: [stored.projects[0]!, stored.projects[0]!], operators: [stored.operators[0]!, stored.operators[0]!] });
    expect(validateConnection(twice, false, m)).toEqual({ 'projects[1].id': e.projectTwice, 'operators[1].username': e.operatorTwice });
    expect(validateConnection({ ...twice, projects: [] , operators: [] }, false, m)).toEqual({ projects: e.projectsRequired });
    expect(connectionFieldNames(connectionFormValues(stored))).toEqual([
      'organizationId', 'token', 'projects', 'projects[0].id', 'projects[0].name', 'projects[0].registrantMemberId',
      'operators', 'operators[0].username', 'operators[0].organizationMemberId',
    ]);
  });
});
