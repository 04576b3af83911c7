import type { ServiceRequest, ServiceSettings } from '../api/services';

/** ticket-service's rules for a service (ServiceSettings, Workspace.CODE), checked before sending. */
export const CODE_PATTERN = /^[A-Z][A-Z0-9_]{1,15}$/;
export const MAX_NAME = 100;
export const MIN_AUTO_COMPLETE_DAYS = 1;
export const MAX_AUTO_COMPLETE_DAYS = 90;
/** The help-center languages ticket-service accepts, in the order the form offers them. */
export const LANGUAGES = ['ko', 'ja', 'en', 'zh', 'zh-TW', 'th', 'vi', 'id', 'es', 'fr', 'de'] as const;

export const SERVICE_FIELDS = ['code', 'name', 'type', 'timeZone', 'helpCenterLanguages', 'editorType', 'autoCompleteDays'] as const;
export type ServiceField = (typeof SERVICE_FIELDS)[number];
export type ServiceProblem = 'code' | 'name' | 'timeZone' | 'languages' | 'autoCompleteDays';

/** The form holds the settings as the API has them, the days as typed. */
export type ServiceFormState = Omit<ServiceSettings, 'autoCompleteDays'> & { autoCompleteDays: string };

export const emptyServiceForm = (timeZone: string): ServiceFormState => ({
  code: '',
  name: '',
  type: 'INQUIRY',
  timeZone,
  helpCenterLanguages: ['ko'],
  editorType: 'HTML',
  autoCompleteDays: '14',
  maskingEnabled: false,
  operatorsMayUnmask: false,
});

export const serviceFormOf = (service: ServiceSettings): ServiceFormState => ({
  ...service,
  autoCompleteDays: String(service.autoCompleteDays),
});

/** Whether the browser knows the zone (it checks IANA names as the server does). */
export function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return zone.trim() !== '';
  } catch {
    return false;
  }
}

/** What the form would be refused for, per field; the code only when creating. */
export function serviceProblems(form: ServiceFormState, creating: boolean): Partial<Record<ServiceField, ServiceProblem>> {
  const problems: Partial<Record<ServiceField, ServiceProblem>> = {};
  if (creating && !CODE_PATTERN.test(form.code)) problems.code = 'code';
  if (!form.name.trim() || form.name.trim().length > MAX_NAME) problems.name = 'name';
  if (!isTimeZone(form.timeZone)) problems.timeZone = 'timeZone';
  if (form.helpCenterLanguages.length === 0) problems.helpCenterLanguages = 'languages';
  const days = Number(form.autoCompleteDays);
  if (!/^\d+$/.test(form.autoCompleteDays.trim()) || days < MIN_AUTO_COMPLETE_DAYS || days > MAX_AUTO_COMPLETE_DAYS) {
    problems.autoCompleteDays = 'autoCompleteDays';
  }
  return problems;
}

/** The request body as the API takes it (the code only on create). */
export function serviceRequestOf(form: ServiceFormState, creating: boolean): ServiceRequest {
  return {
    ...(creating && { code: form.code }),
    name: form.name.trim(),
    type: form.type,
    timeZone: form.timeZone.trim(),
    helpCenterLanguages: form.helpCenterLanguages,
    editorType: form.editorType,
    autoCompleteDays: Number(form.autoCompleteDays),
    maskingEnabled: form.maskingEnabled,
    operatorsMayUnmask: form.operatorsMayUnmask,
  };
}
