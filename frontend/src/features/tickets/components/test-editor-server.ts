import type { Handler } from '../../../test/fake-server';
import { fakeServer } from '../../../test/fake-server';
import { jsonResponse } from '../../../test/render';
import type { EditorType, TicketGroup } from '../api/types';
import { testTicket } from './test-ticket';

/**
 * The API as the processing section reads it for service CS: its editor, its forbidden words and the operator's
 * groups; actions answer `answer` (the updated ticket unless given) and are in `calls`.
 */
export function editorServer({
  editorType = 'TEXT',
  forbiddenWords = [],
  groups = [{ id: 'g', name: 'Support' }],
  answer = () => jsonResponse(testTicket({ version: 2 })),
}: {
  editorType?: EditorType;
  forbiddenWords?: string[];
  groups?: TicketGroup[];
  answer?: Handler;
} = {}) {
  const server = fakeServer(
    (url, init) => (init?.method === 'POST' ? answer(url, init) : undefined),
    (url) => (url.pathname === '/api/v1/services/CS' ? jsonResponse({ code: 'CS', editorType }) : undefined),
    (url) =>
      url.pathname === '/api/v1/services/CS/forbidden-words'
        ? jsonResponse(forbiddenWords.map((word, i) => ({ id: `w${i}`, word })))
        : undefined,
    (url) => (url.pathname === '/api/v1/me' ? jsonResponse({ services: [{ code: 'CS', groups }] }) : undefined),
  );
  const posts = () =>
    (server.fetchFn as unknown as { mock: { calls: [string, RequestInit][] } }).mock.calls
      .filter(([, init]) => init?.method === 'POST')
      .map(([url, init]) => ({ url: String(url), body: JSON.parse(String(init.body)) as unknown, init }));
  return { ...server, posts };
}
