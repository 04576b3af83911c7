import { fakeServer, type Handler } from '../../../test/fake-server';
import { jsonResponse } from '../../../test/render';
import type { CustomerField, Escalation, InquiryType } from '../api/types';

/** DEV's inquiry types as ticket-service shows them to operators: an inactive type hides its subtree. */
export const devTypes: InquiryType[] = [
  {
    id: 'type-bug',
    names: { en: 'Bug', ko: '버그', ja: 'バグ' },
    active: true,
    children: [{ id: 'type-crash', names: { en: 'Crash', ko: '비정상 종료', ja: 'クラッシュ' }, active: true, children: [] }],
  },
  {
    id: 'type-old',
    names: { en: 'Old requests' },
    active: false,
    children: [{ id: 'type-old-child', names: { en: 'Old child' }, active: true, children: [] }],
  },
];

const field = (overrides: Partial<CustomerField> & Pick<CustomerField, 'code' | 'type'>): CustomerField => ({
  scope: 'CUSTOMER',
  names: { en: overrides.code },
  options: [],
  required: false,
  encrypted: false,
  adminOnly: false,
  active: true,
  position: 1,
  ...overrides,
});

/** The fields of "Crash" (its ancestor's included), one of each kind, in no particular order. */
export const crashFields: CustomerField[] = [
  field({ code: 'order_no', type: 'text', names: { en: 'Order number', ko: '주문 번호' }, required: true, position: 1 }),
  field({
    code: 'platform',
    type: 'dropdown',
    names: { en: 'Platform' },
    options: [
      { value: 'ios', names: { en: 'iOS' } },
      { value: 'android', names: { en: 'Android' } },
    ],
    position: 3,
  }),
  field({
    code: 'severity',
    type: 'radio',
    names: { en: 'Severity' },
    options: [
      { value: 'low', names: { en: 'Low' } },
      { value: 'high', names: { en: 'High' } },
    ],
    position: 4,
  }),
  field({ code: 'notice', type: 'caption', names: { en: 'Tell us what happened.' }, position: 2 }),
  field({ code: 'steps', type: 'textarea', names: { en: 'Steps' }, position: 5 }),
  field({ code: 'paid', type: 'checkbox', names: { en: 'Paid user' }, position: 6 }),
  field({ code: 'since', type: 'date', names: { en: 'Since' }, position: 7 }),
  field({ code: 'window', type: 'date_period', names: { en: 'Affected period' }, position: 8 }),
  field({ code: 'consent', type: 'agree', names: { en: 'Customer agreed to share logs' }, required: true, position: 9 }),
  field({ code: 'screenshot', type: 'file', names: { en: 'Screenshot' }, position: 10 }),
  field({ code: 'legacy', type: 'text', names: { en: 'Legacy field' }, active: false, position: 11 }),
];

/** An escalation of CS-1 (t-1) to DEV, as escalation-service shows it; `overrides` set what a test is about. */
export const testEscalation = (overrides: Partial<Escalation> = {}): Escalation => ({
  id: 'e-1',
  status: 'REQUESTED',
  source: { ticketId: 't-1', number: 'CS-1', serviceCode: 'CS' },
  target: { serviceCode: 'DEV', ticketId: null, number: null },
  title: 'Refund',
  requestedBy: 'bob',
  requestedAt: '2026-12-01T01:00:00Z',
  refusal: null,
  answer: null,
  updatedAt: '2026-12-01T01:00:00Z',
  ...overrides,
});

export const opened = (overrides: Partial<Escalation> = {}) =>
  testEscalation({ status: 'OPEN', target: { serviceCode: 'DEV', ticketId: 't-12', number: 'DEV-12' }, ...overrides });

/**
 * escalation-service and ticket-service for the dialog: targets, DEV's types and Crash's fields; the POST answers
 * `post()`, each GET of the escalation the next of `outcomes` (the last one repeats). Requests are kept with bodies.
 */
export function escalationServer({
  targets = [{ serviceCode: 'DEV', name: 'Development' }],
  post = () => jsonResponse(testEscalation(), 202),
  outcomes = [opened()],
  more = [],
}: {
  targets?: { serviceCode: string; name: string }[];
  post?: () => Response;
  outcomes?: Escalation[];
  more?: Handler[];
} = {}) {
  const posted: unknown[] = [];
  let reads = 0;
  const api = fakeServer(
    (url, init) => {
      const path = url.pathname;
      if (path === '/api/v1/escalations/targets') return jsonResponse(targets);
      if (path === '/api/v1/escalations' && init?.method === 'POST') {
        posted.push(JSON.parse(String(init.body)));
        return post();
      }
      if (path === '/api/v1/escalations/e-1') return jsonResponse(outcomes[Math.min(reads++, outcomes.length - 1)]);
      if (path === '/api/v1/services/DEV/inquiry-types') return jsonResponse(devTypes);
      if (path === '/api/v1/services/DEV/inquiry-types/type-crash/fields') return jsonResponse(crashFields);
      if (path === '/api/v1/services/DEV/inquiry-types/type-bug/fields') return jsonResponse(crashFields.slice(0, 1));
      return undefined;
    },
    ...more,
  );
  return { ...api, posted, reads: () => reads };
}
