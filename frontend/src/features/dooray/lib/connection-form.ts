import { format, type Messages } from '../../../i18n';
import type { ConnectionRequest, DoorayConnection } from '../api/types';

/** As many projects as a connection may have (escalation-service's limit). */
export const MAX_PROJECTS = 20;

/** Dooray ids (organisation, project, organizationMemberId) are decimal digits. */
const DOORAY_ID = /^\d+$/;

export interface ProjectRow {
  /** Stable across edits, for React only. */
  key: string;
  id: string;
  name: string;
  registrantMemberId: string;
}

export interface OperatorRow {
  key: string;
  username: string;
  organizationMemberId: string;
}

export interface ConnectionFormValues {
  organizationId: string;
  /** Empty: keep the stored one (required only when creating). */
  token: string;
  projects: ProjectRow[];
  operators: OperatorRow[];
}

/** Errors by the server's field names: `organizationId`, `token`, `projects`, `projects[0].id`, `operators[1].username`. */
export type ConnectionErrors = Partial<Record<string, string>>;

let rowCount = 0;
const rowKey = () => `row-${++rowCount}`;

export const emptyProject = (): ProjectRow => ({ key: rowKey(), id: '', name: '', registrantMemberId: '' });
export const emptyOperator = (): OperatorRow => ({ key: rowKey(), username: '', organizationMemberId: '' });

/** The form of a stored connection (never with its token), or of a new one with one empty project row. */
export function connectionFormValues(connection: DoorayConnection | null): ConnectionFormValues {
  if (!connection) return { organizationId: '', token: '', projects: [emptyProject()], operators: [] };
  return {
    organizationId: connection.organizationId,
    token: '',
    projects: connection.projects.map((p) => ({ key: rowKey(), id: p.id, name: p.name, registrantMemberId: p.registrantMemberId ?? '' })),
    operators: connection.operators.map((o) => ({ key: rowKey(), username: o.username, organizationMemberId: o.organizationMemberId })),
  };
}

/** Every input's name, in the order of the form, for the server's field errors and for focusing the first one. */
export function connectionFieldNames(values: ConnectionFormValues): string[] {
  return [
    'organizationId',
    'token',
    'projects',
    ...values.projects.flatMap((_, i) => ['id', 'name', 'registrantMemberId'].map((f) => `projects[${i}].${f}`)),
    'operators',
    ...values.operators.flatMap((_, i) => ['username', 'organizationMemberId'].map((f) => `operators[${i}].${f}`)),
  ];
}

/** Checks what the server would refuse anyway (the same rules), before anything is sent to Dooray. */
export function validateConnection(values: ConnectionFormValues, creating: boolean, m: Messages): ConnectionErrors {
  const e = m.dooray.admin.errors;
  const errors: ConnectionErrors = {};
  const org = values.organizationId.trim();
  if (!org) errors.organizationId = e.organizationRequired;
  else if (!DOORAY_ID.test(org)) errors.organizationId = e.idDigits;
  const token = values.token.trim();
  if (creating && !token) errors.token = e.tokenRequired;
  else if (token && /\s/.test(token)) errors.token = e.tokenSpaces;
  if (values.projects.length === 0) errors.projects = e.projectsRequired;
  else if (values.projects.length > MAX_PROJECTS) errors.projects = format(e.projectsTooMany, { max: MAX_PROJECTS });
  const seenProjects = new Set<string>();
  values.projects.forEach((p, i) => {
    const id = p.id.trim();
    if (!DOORAY_ID.test(id)) errors[`projects[${i}].id`] = id ? e.idDigits : e.projectIdRequired;
    else if (seenProjects.has(id)) errors[`projects[${i}].id`] = e.projectTwice;
    seenProjects.add(id);
    if (!p.name.trim()) errors[`projects[${i}].name`] = e.projectNameRequired;
    const registrant = p.registrantMemberId.trim();
    if (registrant && !DOORAY_ID.test(registrant)) errors[`projects[${i}].registrantMemberId`] = e.idDigits;
  });
  const seenOperators = new Set<string>();
  values.operators.forEach((o, i) => {
    const username = o.username.trim();
    if (!username) errors[`operators[${i}].username`] = e.usernameRequired;
    else if (seenOperators.has(username)) errors[`operators[${i}].username`] = e.operatorTwice;
    seenOperators.add(username);
    const member = o.organizationMemberId.trim();
    if (!DOORAY_ID.test(member)) errors[`operators[${i}].organizationMemberId`] = member ? e.idDigits : e.memberIdRequired;
  });
  return errors;
}

/** The PUT body: trimmed; no `token` when the field was left empty, so the stored token is kept. */
export function toConnectionRequest(values: ConnectionFormValues): ConnectionRequest {
  const request: ConnectionRequest = {
    organizationId: values.organizationId.trim(),
    projects: values.projects.map((p) => ({
      id: p.id.trim(),
      name: p.name.trim(),
      registrantMemberId: p.registrantMemberId.trim() || null,
    })),
    operators: values.operators.map((o) => ({ username: o.username.trim(), organizationMemberId: o.organizationMemberId.trim() })),
  };
  const token = values.token.trim();
  if (token) request.token = token;
  return request;
}
