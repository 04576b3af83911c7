import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { fakeServer } from '../../../test/fake-server';
import { jsonResponse, problemResponse, renderWithProviders } from '../../../test/render';
import type { BulkJob, BulkTicket } from '../api/bulk-jobs';
import { BulkBar } from './BulkBar';

const replying: BulkTicket = { id: 't1', number: 'CS-1', serviceCode: 'CS', version: 3, allowedActions: ['comment', 'hold', 'resolve'] };
const unassigned: BulkTicket = { id: 't2', number: 'CS-2', serviceCode: 'CS', version: 0, allowedActions: ['keep', 'comment'] };

function job(overrides: Partial<BulkJob> = {}): BulkJob {
  return {
    id: 'job-1',
    action: 'resolve',
    status: 'QUEUED',
    total: 2,
    done: 0,
    failed: 0,
    createdAt: '2026-12-02T10:00:00Z',
    finishedAt: null,
    createdBy: 'bob',
    results: [
      { ticketId: 't1', number: 'CS-1', outcome: 'PENDING', problem: null },
      { ticketId: 't3', number: 'CS-3', outcome: 'PENDING', problem: null },
    ],
    ...overrides,
  };
}

const finished = job({
  status: 'FINISHED',
  done: 1,
  failed: 1,
  finishedAt: '2026-12-02T10:00:05Z',
  results: [
    { ticketId: 't1', number: 'CS-1', outcome: 'DONE', problem: null },
    {
      ticketId: 't3',
      number: 'CS-3',
      outcome: 'FAILED',
      problem: { status: 409, title: 'Conflict', detail: 'Ticket CS-3 has changed (version 5, you sent 4)', code: 'stale-version' },
    },
  ],
});

function bar(tickets: BulkTicket[], fetchFn: typeof fetch, handlers = { onClear: vi.fn(), onFinished: vi.fn() }) {
  renderWithProviders(<BulkBar tickets={tickets} {...handlers} />, { fetchFn });
  return handlers;
}

const posts = (calls: string[]) => calls.filter((call) => call.startsWith('POST'));

const sentKeys = (fetchFn: typeof fetch) =>
  (fetchFn as unknown as ReturnType<typeof vi.fn>).mock.calls
    .filter(([, init]) => (init as RequestInit | undefined)?.method === 'POST')
    .map(([, init]) => ((init as RequestInit).headers as Record<string, string>)['Idempotency-Key']);

describe('BulkBar', () => {
  it('offers only what the selection allows and leaves out the tickets that do not allow it', async () => {
    const { fetchFn } = fakeServer();
    bar([replying, unassigned], fetchFn);
    expect(screen.getByTestId('bulk-bar')).toHaveTextContent('2 selected');
    expect(screen.getByTestId('bulk-action-comment')).toBeInTheDocument();
    expect(screen.getByTestId('bulk-action-resolve')).toBeInTheDocument();
    expect(screen.queryByTestId('bulk-action-assign')).not.toBeInTheDocument();
    expect(screen.queryByTestId('bulk-action-forward')).not.toBeInTheDocument();

    await userEvent.click(screen.getByTestId('bulk-action-resolve'));
    const dialog = screen.getByTestId('bulk-dialog');
    expect(dialog).toHaveTextContent('Resolve — 1 tickets');
    expect(within(dialog).getByTestId('bulk-left-out')).toHaveTextContent('1 of the selected tickets');
    expect(within(dialog).getByTestId('bulk-body')).toHaveFocus();
  });

  it('sends one reply for the tickets with their versions and a key, then shows progress and each result', async () => {
    let reads = 0;
    const server = fakeServer((url, init) => {
      if (url.pathname === '/api/v1/bulk-jobs' && init?.method === 'POST') return jsonResponse(job(), 202);
      if (url.pathname === '/api/v1/bulk-jobs/job-1') {
        reads++;
        return jsonResponse(reads === 1 ? job({ status: 'RUNNING', done: 1, results: [finished.results![0]!, job().results![1]!] }) : finished);
      }
      return undefined;
    });
    const handlers = bar([replying], server.fetchFn);

    await userEvent.click(screen.getByTestId('bulk-action-resolve'));
    await userEvent.click(screen.getByTestId('bulk-submit'));
    expect(screen.getByText('Write the reply first.')).toBeInTheDocument();
    expect(posts(server.calls)).toEqual([]);

    await userEvent.type(screen.getByTestId('bulk-body'), 'Refunded today.');
    await userEvent.click(screen.getByTestId('bulk-submit'));

    const progress = await screen.findByTestId('bulk-progress');
    expect(screen.queryByTestId('bulk-dialog')).not.toBeInTheDocument();
    expect(handlers.onClear).toHaveBeenCalled();
    const post = (server.fetchFn as unknown as ReturnType<typeof vi.fn>).mock.calls.find(([, i]) => i?.method === 'POST')!;
    expect(JSON.parse(post[1].body)).toEqual({ ticketIds: ['t1'], action: 'resolve', versions: { t1: 3 }, body: 'Refunded today.' });
    expect(sentKeys(server.fetchFn)[0]).toMatch(/^[0-9a-f-]{36}$/);

    await waitFor(() => expect(progress).toHaveAttribute('value', '1'));
    expect(progress).toHaveAttribute('max', '2');
    expect(screen.getByTestId('bulk-job')).toHaveTextContent('1 of 2 processed');
    expect(screen.getByTestId('bulk-result-t3')).toHaveAttribute('data-outcome', 'PENDING');

    await waitFor(() => expect(screen.getByTestId('bulk-job')).toHaveAttribute('data-status', 'FINISHED'), { timeout: 4000 });
    expect(screen.getByTestId('bulk-job')).toHaveTextContent('Finished: 1 done, 1 failed.');
    expect(screen.getByTestId('bulk-result-t1')).toHaveTextContent('CS-1 Done');
    const failed = screen.getByTestId('bulk-result-t3');
    expect(failed).toHaveTextContent('The ticket changed after you selected it');
    expect(within(failed).getByRole('link', { name: 'CS-3' })).toHaveAttribute('href', '/tickets/t3');
    expect(handlers.onFinished).toHaveBeenCalledTimes(1);

    await userEvent.click(screen.getByTestId('bulk-close'));
    expect(screen.queryByTestId('bulk-job')).not.toBeInTheDocument();
  }, 15_000); // the job is polled every 2 s

  it('keeps the dialog on a refused start, and sending the same again reuses its key', async () => {
    let posts = 0;
    const server = fakeServer((url, init) => {
      if (url.pathname === '/api/v1/bulk-jobs' && init?.method === 'POST') {
        posts++;
        return posts === 1
          ? problemResponse({ status: 503, title: 'Service Unavailable', detail: 'try again shortly' })
          : jsonResponse(job({ action: 'comment' }), 202);
      }
      if (url.pathname === '/api/v1/bulk-jobs/job-1') return jsonResponse(finished);
      return undefined;
    });
    bar([replying], server.fetchFn);
    await userEvent.click(screen.getByTestId('bulk-action-comment'));
    await userEvent.type(screen.getByTestId('bulk-body'), 'Checked');
    await userEvent.click(screen.getByTestId('bulk-submit'));
    expect(await within(screen.getByTestId('bulk-dialog')).findByTestId('error-message')).toBeInTheDocument();

    await userEvent.click(screen.getByTestId('bulk-submit'));
    await screen.findByTestId('bulk-progress');
    const [first, second] = sentKeys(server.fetchFn);
    expect(first).toBeDefined();
    expect(second).toBe(first);
  });

  it('assigns to a group and one of its operators who take tickets', async () => {
    const server = fakeServer((url, init) => {
      if (url.pathname === '/api/v1/services/CS/groups') return jsonResponse([{ id: 'g1', name: 'Support' }]);
      if (url.pathname === '/api/v1/services/CS/members')
        return jsonResponse([
          { username: 'bob', displayName: 'Bob Kim', assignmentEnabled: true, groups: [{ id: 'g1', name: 'Support' }] },
          { username: 'alice', displayName: 'Alice Park', assignmentEnabled: false, groups: [{ id: 'g1', name: 'Support' }] },
        ]);
      if (url.pathname === '/api/v1/bulk-jobs' && init?.method === 'POST') return jsonResponse(job({ action: 'assign' }), 202);
      if (url.pathname === '/api/v1/bulk-jobs/job-1') return jsonResponse(finished);
      return undefined;
    });
    const admin: BulkTicket = { id: 't4', number: 'CS-4', serviceCode: 'CS', version: 7 };
    bar([admin], server.fetchFn);
    await userEvent.click(screen.getByTestId('bulk-action-assign'));
    await userEvent.click(screen.getByTestId('bulk-submit'));
    expect(screen.getByText('Choose a group.')).toBeInTheDocument();

    await screen.findByRole('option', { name: 'Support' });
    await userEvent.selectOptions(screen.getByTestId('bulk-group'), 'g1');
    const assignees = within(screen.getByTestId('bulk-assignee')).getAllByRole('option').map((o) => o.textContent);
    expect(assignees).toEqual(['Choose an operator', 'Bob Kim']);
    await userEvent.selectOptions(screen.getByTestId('bulk-assignee'), 'bob');
    await userEvent.click(screen.getByTestId('bulk-submit'));
    await screen.findByTestId('bulk-progress');
    const post = (server.fetchFn as unknown as ReturnType<typeof vi.fn>).mock.calls.find(([, i]) => i?.method === 'POST')!;
    expect(JSON.parse(post[1].body)).toEqual({ ticketIds: ['t4'], action: 'assign', versions: { t4: 7 }, groupId: 'g1', assignee: 'bob' });
  });

  it('asks for tickets of one service before assigning or forwarding', async () => {
    const { fetchFn, calls } = fakeServer();
    bar(
      [
        { id: 'a', number: 'CS-1', serviceCode: 'CS', version: 1 },
        { id: 'b', number: 'DEV-1', serviceCode: 'DEV', version: 1 },
      ],
      fetchFn,
    );
    await userEvent.click(screen.getByTestId('bulk-action-forward'));
    expect(screen.getByTestId('bulk-one-service')).toBeInTheDocument();
    expect(screen.getByTestId('bulk-submit')).toBeDisabled();
    expect(posts(calls)).toEqual([]);
  });

  it('shows the server’s reason where the code is unknown, and forbidden words by name', async () => {
    const refused = job({
      status: 'FINISHED',
      failed: 2,
      finishedAt: '2026-12-02T10:00:05Z',
      results: [
        { ticketId: 't1', number: 'CS-1', outcome: 'FAILED', problem: { status: 400, code: 'validation', detail: 'x', forbiddenWords: ['바보'] } },
        { ticketId: 't3', number: null, outcome: 'FAILED', problem: { status: 400, code: 'validation', detail: 'carol is not in group Support' } },
      ],
    });
    const server = fakeServer((url, init) => {
      if (url.pathname === '/api/v1/bulk-jobs' && init?.method === 'POST') return jsonResponse(job({ action: 'hold' }), 202);
      if (url.pathname === '/api/v1/bulk-jobs/job-1') return jsonResponse(refused);
      return undefined;
    });
    bar([replying], server.fetchFn);
    await userEvent.click(screen.getByTestId('bulk-action-hold'));
    await userEvent.type(screen.getByTestId('bulk-body'), '바보');
    await userEvent.click(screen.getByTestId('bulk-submit'));
    await waitFor(() => expect(screen.getByTestId('bulk-job')).toHaveAttribute('data-status', 'FINISHED'));
    expect(screen.getByTestId('bulk-result-t1')).toHaveTextContent('The reply contains forbidden words: 바보');
    const unknown = screen.getByTestId('bulk-result-t3');
    expect(unknown).toHaveTextContent('A ticket you cannot see');
    expect(unknown).toHaveTextContent('carol is not in group Support');
    expect(within(unknown).queryByRole('link')).not.toBeInTheDocument();
  });

  it('does not send a hold or resolve reply holding a forbidden word of the tickets’ services, and names it', async () => {
    const other: BulkTicket = { id: 't5', number: 'DEV-5', serviceCode: 'DEV', version: 1, allowedActions: ['comment', 'resolve'] };
    const server = fakeServer((url) => {
      if (url.pathname === '/api/v1/services/CS/forbidden-words') return jsonResponse([{ id: 'w1', word: '바보' }]);
      if (url.pathname === '/api/v1/services/DEV/forbidden-words') return jsonResponse([{ id: 'w2', word: 'バカ' }]);
      return undefined;
    });
    bar([replying, other], server.fetchFn);
    await userEvent.click(screen.getByTestId('bulk-action-resolve'));
    const dialog = screen.getByTestId('bulk-dialog');
    await userEvent.type(within(dialog).getByTestId('bulk-body'), '정말 ﾊﾞｶ 같은');
    // half-width katakana of the DEV word, compared as the server compares
    const warning = await within(dialog).findByTestId('forbidden-words');
    expect(warning).toHaveTextContent('バカ');
    expect(warning).not.toHaveTextContent('바보');
    expect(within(dialog).getByTestId('bulk-submit')).toBeDisabled();

    await userEvent.clear(within(dialog).getByTestId('bulk-body'));
    await userEvent.type(within(dialog).getByTestId('bulk-body'), '확인했습니다');
    expect(within(dialog).queryByTestId('forbidden-words')).not.toBeInTheDocument();
    expect(within(dialog).getByTestId('bulk-submit')).toBeEnabled();
    expect(posts(server.calls)).toEqual([]);
  });

  it('lets a comment through with a forbidden word: comments are not mailed', async () => {
    const server = fakeServer((url, init) => {
      if (url.pathname === '/api/v1/services/CS/forbidden-words') return jsonResponse([{ id: 'w1', word: '바보' }]);
      if (url.pathname === '/api/v1/bulk-jobs' && init?.method === 'POST') return jsonResponse(job({ action: 'comment' }), 202);
      if (url.pathname === '/api/v1/bulk-jobs/job-1') return jsonResponse(finished);
      return undefined;
    });
    bar([replying], server.fetchFn);
    await userEvent.click(screen.getByTestId('bulk-action-comment'));
    await userEvent.type(screen.getByTestId('bulk-body'), '바보 고객 메모');
    expect(screen.queryByTestId('forbidden-words')).not.toBeInTheDocument();
    await userEvent.click(screen.getByTestId('bulk-submit'));
    await screen.findByTestId('bulk-progress');
    expect(server.calls).not.toContain('GET /api/v1/services/CS/forbidden-words');
  });

  it('shows again the progress of the user’s jobs still queued or running when the list is opened again', async () => {
    const server = fakeServer((url) => {
      if (url.pathname === '/api/v1/bulk-jobs')
        return jsonResponse([
          job({ id: 'job-3', status: 'RUNNING', done: 1, results: undefined }),
          { ...finished, id: 'job-2', results: undefined },
          job({ id: 'job-1', results: undefined }),
        ]);
      if (url.pathname === '/api/v1/bulk-jobs/job-3') return jsonResponse(job({ id: 'job-3', status: 'RUNNING', done: 1 }));
      if (url.pathname === '/api/v1/bulk-jobs/job-1') return jsonResponse(job({ id: 'job-1' }));
      return undefined;
    });
    bar([], server.fetchFn);
    await waitFor(() => expect(screen.getAllByTestId('bulk-job')).toHaveLength(2));
    const [oldest, newest] = screen.getAllByTestId('bulk-job');
    expect(oldest).toHaveAttribute('data-status', 'QUEUED');
    expect(newest).toHaveTextContent('1 of 2 processed');
    expect(server.calls).not.toContain('GET /api/v1/bulk-jobs/job-2');
  });
});
