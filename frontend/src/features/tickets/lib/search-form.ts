import type { TicketQuery } from '../api/types';

/** The search panel's fields; each maps to one criterion of `GET /api/v1/tickets` (lists repeat). */
export interface SearchForm {
  view: string;
  q: string;
  service: string;
  createdFrom: string;
  createdTo: string;
  priority: string[];
  number: string;
  title: string;
  group: string;
  assignee: string;
  status: string[];
  channel: string[];
  inquiryType: string;
  processingType: string;
  customerNumber: string;
  customerName: string;
  loginId: string;
  email: string;
  phone: string;
  language: string;
  fieldCode: string;
  fieldValue: string;
}

export type SearchFormError = 'qTooLong' | 'rangeInverted' | 'numberInvalid';

export const MAX_Q_LENGTH = 200;
const LISTS = ['priority', 'status', 'channel'] as const;
const TEXTS = [
  'q', 'service', 'createdFrom', 'createdTo', 'number', 'title', 'group', 'assignee', 'inquiryType',
  'processingType', 'customerNumber', 'customerName', 'loginId', 'email', 'phone', 'language',
] as const;
/** Criteria that belong to one service (ids, usernames, field codes): dropped when the service changes. */
export const SERVICE_BOUND = ['group', 'assignee', 'inquiryType', 'processingType', 'fieldCode', 'fieldValue'] as const;

export function emptySearchForm(): SearchForm {
  return {
    view: 'all', q: '', service: '', createdFrom: '', createdTo: '', priority: [], number: '', title: '', group: '',
    assignee: '', status: [], channel: [], inquiryType: '', processingType: '', customerNumber: '', customerName: '',
    loginId: '', email: '', phone: '', language: '', fieldCode: '', fieldValue: '',
  };
}

/** The form showing a query (e.g. the one in the address of a search). */
export function formOf(query: TicketQuery): SearchForm {
  const form = emptySearchForm();
  const one = (v: string | string[] | undefined) => (Array.isArray(v) ? (v[0] ?? '') : (v ?? ''));
  if (query.view) form.view = one(query.view);
  for (const key of TEXTS) form[key] = one(query[key]);
  for (const key of LISTS) {
    const v = query[key];
    form[key] = v === undefined ? [] : Array.isArray(v) ? v : [v];
  }
  const field = Object.keys(query).find((k) => k.startsWith('field.'));
  if (field) {
    form.fieldCode = field.slice('field.'.length);
    form.fieldValue = one(query[field]);
  }
  return form;
}

/** The query the form stands for (blank fields left out, text trimmed), or what is wrong with it. */
export function buildSearchQuery(form: SearchForm): { query: TicketQuery; errors: SearchFormError[] } {
  const query: TicketQuery = { view: form.view || 'all' };
  for (const key of TEXTS) {
    const value = form[key].trim();
    if (value) query[key] = value;
  }
  for (const key of LISTS) if (form[key].length > 0) query[key] = [...form[key]];
  if (form.fieldCode && form.fieldValue.trim()) query[`field.${form.fieldCode}`] = form.fieldValue.trim();

  const errors: SearchFormError[] = [];
  if (form.q.trim().length > MAX_Q_LENGTH) errors.push('qTooLong');
  if (form.createdFrom && form.createdTo && form.createdFrom > form.createdTo) errors.push('rangeInverted');
  if (form.number.trim() && !/^[A-Za-z][A-Za-z0-9_]*-\d+$/.test(form.number.trim())) errors.push('numberInvalid');
  return { query, errors };
}

export { flattenTypes, localName } from '../../../lib/type-tree';
