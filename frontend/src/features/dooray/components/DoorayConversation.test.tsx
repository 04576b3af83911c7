import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { LocaleContext } from '../../../i18n';
import { fakeServer } from '../../../test/fake-server';
import { jsonResponse, problemResponse, renderWithProviders } from '../../../test/render';
import type { DoorayComment, DoorayEscalation } from '../api/types';
import { DoorayConversation } from './DoorayConversation';
import { testComment, testDoorayEscalation } from './test-dooray';

/** escalation-service for ticket t-1: its Dooray escalations and the comments of d-1; `state` changes as a test goes. */
function server(state: { escalations: DoorayEscalation[] | null; comments: DoorayComment[]; post?: () => Response }) {
  const posted: unknown[] = [];
  const api = fakeServer((url, init) => {
    if (url.pathname === '/api/v1/dooray/escalations' && url.searchParams.get('ticketId') === 't-1') {
      return state.escalations ? jsonResponse({ items: state.escalations }) : jsonResponse({ status: 404 }, 404);
    }
    if (url.pathname === '/api/v1/dooray/escalations/d-1/comments' && init?.method === 'POST') {
      const body = JSON.parse(String(init.body)) as { content: string };
      posted.push(body);
      if (state.post) return state.post();
      const comment = testComment({ id: `c-${state.comments.length + 1}`, content: body.content, createdAt: '2026-12-01T02:00:00Z' });
      state.comments = [...state.comments, comment];
      return jsonResponse(comment, 201);
    }
    if (url.pathname === '/api/v1/dooray/escalations/d-1/comments') return jsonResponse({ items: state.comments });
    return undefined;
  });
  return { ...api, posted };
}

function show(fetchFn: typeof fetch, locale: 'en' | 'ko' | 'ja' = 'en') {
  return renderWithProviders(
    <LocaleContext.Provider value={locale}>
      <DoorayConversation ticketId="t-1" timeZone="Asia/Seoul" />
    </LocaleContext.Provider>,
    { fetchFn },
  );
}

const fromDooray = testComment({
  id: 'c-2',
  author: { name: 'Minji Choi', organizationMemberId: '101', username: null },
  fromSwitchboard: false,
  content: '<p>Fixed in <b onclick="alert(1)">build 42</b>.</p>',
  mimeType: 'text/html',
  createdAt: '2026-12-01T03:00:00Z',
});

describe('DoorayConversation', () => {
  it("shows the latest task's state and its comments from both sides, oldest first, HTML as its paragraphs without attributes", async () => {
    const api = server({ escalations: [testDoorayEscalation({ workflowClass: 'working' })], comments: [testComment(), fromDooray] });
    show(api.fetchFn);
    const panel = await screen.findByTestId('dooray-conversation');
    expect(within(panel).getByRole('heading', { name: 'Dooray conversation' })).toBeInTheDocument();
    expect(within(panel).getByTestId('dooray-state')).toHaveTextContent('In progress');
    expect(within(panel).getByTestId('dooray-state')).toHaveAttribute('data-workflow', 'working');
    const comments = await within(panel).findAllByTestId('dooray-comment');
    expect(comments).toHaveLength(2);
    expect(comments[0]).toHaveAttribute('data-from', 'switchboard');
    expect(within(comments[0]!).getByTestId('dooray-comment-source')).toHaveTextContent('From Switchboard');
    expect(within(comments[0]!).getByTestId('dooray-comment-author')).toHaveTextContent('Bob Kim');
    expect(comments[0]).toHaveTextContent('Dec 1, 2026, 10:05 AM');
    expect(comments[1]).toHaveAttribute('data-from', 'dooray');
    expect(within(comments[1]!).getByTestId('dooray-comment-source')).toHaveTextContent('From Dooray');
    expect(comments[1]).toHaveTextContent('Fixed in build 42.');
    expect(comments[1]!.querySelector('p b')).toHaveTextContent('build 42');
    expect(comments[1]!.querySelector('[onclick]')).toBeNull();
  });

  it("re-reads the open task's comments, so Dooray's answer shows up by itself", async () => {
    const state: Parameters<typeof server>[0] = { escalations: [testDoorayEscalation()], comments: [testComment()] };
    show(server(state).fetchFn);
    expect(await screen.findAllByTestId('dooray-comment')).toHaveLength(1);
    state.comments = [testComment(), fromDooray];
    expect(await screen.findByText('build 42', {}, { timeout: 4_000 })).toBeInTheDocument();
  });

  it('posts a comment (markdown) and shows it; an empty one is not sent', async () => {
    const api = server({ escalations: [testDoorayEscalation()], comments: [testComment()] });
    show(api.fetchFn);
    await screen.findAllByTestId('dooray-comment');
    await userEvent.click(screen.getByTestId('dooray-comment-submit'));
    expect(screen.getByText('Write a comment first.')).toBeInTheDocument();
    expect(api.posted).toHaveLength(0);

    await userEvent.type(screen.getByLabelText('Comment to Dooray'), '고객이 다시 문의했습니다.');
    await userEvent.click(screen.getByTestId('dooray-comment-submit'));
    await waitFor(() => expect(screen.getAllByTestId('dooray-comment')).toHaveLength(2));
    expect(api.posted).toEqual([{ content: '고객이 다시 문의했습니다.', mimeType: 'text/x-markdown' }]);
    expect(screen.getAllByTestId('dooray-comment')[1]).toHaveTextContent('고객이 다시 문의했습니다.');
    expect(screen.getByLabelText('Comment to Dooray')).toHaveValue('');
  });

  it('has no comment box once the task is closed, in the console language (완료), and lists the earlier escalations', async () => {
    const api = server({
      escalations: [
        testDoorayEscalation({ id: 'd-0', subject: '첫 이관', requestedAt: '2026-11-20T01:00:00Z', workflowClass: 'closed', status: 'ANSWERED' }),
        testDoorayEscalation({ workflowClass: 'closed', status: 'ANSWERED' }),
      ],
      comments: [fromDooray],
    });
    show(api.fetchFn, 'ko');
    const panel = await screen.findByTestId('dooray-conversation');
    expect(within(panel).getByRole('heading', { name: 'Dooray 대화' })).toBeInTheDocument();
    expect(within(panel).getAllByTestId('dooray-state')[0]).toHaveTextContent('완료');
    expect(await within(panel).findByTestId('dooray-comment')).toHaveTextContent('Dooray에서 작성');
    expect(within(panel).queryByTestId('dooray-comment-form')).not.toBeInTheDocument();
    expect(within(panel).getByTestId('dooray-closed')).toBeInTheDocument();
    // the newer one is the conversation; the one before it is listed below
    const earlier = within(panel).getAllByTestId('dooray-earlier-escalation');
    expect(earlier).toHaveLength(1);
    expect(earlier[0]).toHaveTextContent('첫 이관');
  });

  it('takes the box away when Dooray closed the task meanwhile (409)', async () => {
    const state: Parameters<typeof server>[0] = {
      escalations: [testDoorayEscalation()],
      comments: [],
      post: () => {
        state.escalations = [testDoorayEscalation({ workflowClass: 'closed', status: 'ANSWERED' })];
        return problemResponse({ status: 409, title: 'Conflict', detail: 'The Dooray task is closed.' });
      },
    };
    const api = server(state);
    show(api.fetchFn, 'ja');
    expect(await screen.findByText('まだコメントはありません。')).toBeInTheDocument();
    await userEvent.type(screen.getByLabelText('Dooray へのコメント'), '確認お願いします。');
    await userEvent.click(screen.getByTestId('dooray-comment-submit'));
    await waitFor(() => expect(screen.queryByTestId('dooray-comment-form')).not.toBeInTheDocument());
    expect(screen.getByTestId('dooray-state')).toHaveTextContent('完了');
  });

  it('shows a task Dooray did not create with its failure, and nothing for a ticket never escalated to Dooray', async () => {
    const failed = server({ escalations: [testDoorayEscalation({ status: 'FAILED', taskId: null, workflowClass: null, failure: 'project 1001 is archived' })], comments: [] });
    const { unmount } = show(failed.fetchFn);
    expect(await screen.findByTestId('dooray-failure')).toHaveTextContent('project 1001 is archived');
    expect(screen.getByTestId('dooray-state')).toHaveTextContent('Failed');
    expect(screen.queryByTestId('dooray-comment-form')).not.toBeInTheDocument();
    expect(failed.calls.some((c) => c.includes('/comments'))).toBe(false);
    unmount();

    const none = server({ escalations: null, comments: [] });
    show(none.fetchFn);
    await waitFor(() => expect(none.calls).toContain('GET /api/v1/dooray/escalations?ticketId=t-1'));
    expect(screen.queryByTestId('dooray-conversation')).not.toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });
});
