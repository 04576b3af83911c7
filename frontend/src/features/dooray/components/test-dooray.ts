import { fakeServer, type Handler } from '../../../test/fake-server';
import { jsonResponse } from '../../../test/render';
import type { DoorayComment, DoorayConnection, DoorayEscalation, DoorayMember, DoorayTags } from '../api/types';

export const CONNECTION_PATH = '/api/v1/dooray/services/CS/connection';

/** CS's connection as its admin sees it: two projects, the first with a representative registrant. */
export const testConnection = (overrides: Partial<DoorayConnection> = {}): DoorayConnection => ({
  serviceCode: 'CS',
  organizationId: '3700000000000000001',
  tokenSet: true,
  tokenSetAt: '2026-11-27T00:00:00Z',
  projects: [
    { id: '1001', name: 'CS escalations', registrantMemberId: '101' },
    { id: '1002', name: 'Payments', registrantMemberId: null },
  ],
  operators: [{ username: 'bob', organizationMemberId: '102' }],
  hookPath: '/api/v1/dooray/hooks/secret-one',
  hookSecretSetAt: '2026-11-27T00:00:00Z',
  updatedAt: '2026-11-27T00:00:00Z',
  updatedBy: 'alice',
  mayAdminister: true,
  ...overrides,
});

export const members: DoorayMember[] = [
  { organizationMemberId: '101', name: 'Minji Choi', role: 'admin' },
  { organizationMemberId: '102', name: 'Bob Kim', role: 'member' },
  { organizationMemberId: '103', name: 'Sato Ken', role: 'member' },
];

/** A mandatory select-one group, an optional group of any number, and one ungrouped tag. */
export const tags: DoorayTags = {
  groups: [
    { id: 'g-kind', name: 'Kind', mandatory: true, selectOne: true, tags: [{ id: 't-bug', name: 'Bug' }, { id: 't-question', name: 'Question' }] },
    { id: 'g-area', name: 'Area', mandatory: false, selectOne: false, tags: [{ id: 't-app', name: 'App' }, { id: 't-web', name: 'Web' }] },
  ],
  ungroupedTags: [{ id: 't-vip', name: 'VIP customer' }],
};

export const testDoorayEscalation = (overrides: Partial<DoorayEscalation> = {}): DoorayEscalation => ({
  id: 'd-1',
  ticketId: 't-1',
  ticketNumber: 'CS-1',
  serviceCode: 'CS',
  projectId: '1001',
  projectName: 'CS escalations',
  taskId: '4000000000000000001',
  subject: '결제 오류',
  workflowClass: 'registered',
  status: 'OPEN',
  failure: null,
  requestedBy: 'bob',
  requestedAt: '2026-12-01T01:00:00Z',
  updatedAt: '2026-12-01T01:00:00Z',
  lastSyncedAt: null,
  ...overrides,
});

export const testComment = (overrides: Partial<DoorayComment> = {}): DoorayComment => ({
  id: 'c-1',
  author: { name: 'Bob Kim', organizationMemberId: '102', username: 'bob' },
  fromSwitchboard: true,
  content: 'Customer cannot pay with a card.',
  mimeType: 'text/x-markdown',
  createdAt: '2026-12-01T01:05:00Z',
  ...overrides,
});

/**
 * escalation-service's Dooray API for CS: its connection (or `connection: null`, 404), project 1001's and 1002's
 * members and tags, and `post()` for the escalation; bodies of writes are kept in `posted`.
 */
export function doorayServer({
  connection = testConnection(),
  post = () => jsonResponse(testDoorayEscalation(), 201),
  more = [],
}: {
  connection?: DoorayConnection | null;
  post?: () => Response;
  more?: Handler[];
} = {}) {
  const posted: unknown[] = [];
  const api = fakeServer(
    ...more,
    (url, init) => {
      const path = url.pathname;
      if (path === CONNECTION_PATH && (init?.method ?? 'GET') === 'GET')
        return connection ? jsonResponse(connection) : jsonResponse({ status: 404, detail: 'no connection' }, 404);
      if (/^\/api\/v1\/dooray\/services\/CS\/projects\/100[12]\/members$/.test(path)) return jsonResponse({ items: members });
      if (path === '/api/v1/dooray/services/CS/projects/1001/tags') return jsonResponse(tags);
      if (path === '/api/v1/dooray/services/CS/projects/1002/tags') return jsonResponse({ groups: [], ungroupedTags: [] });
      if (path === '/api/v1/dooray/escalations' && init?.method === 'POST') {
        posted.push(JSON.parse(String(init.body)));
        return post();
      }
      return undefined;
    },
  );
  return { ...api, posted };
}
