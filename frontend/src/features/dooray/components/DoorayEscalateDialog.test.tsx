import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { LocaleContext } from '../../../i18n';
import { jsonResponse, problemResponse, renderWithProviders } from '../../../test/render';
import { DoorayEscalateDialog } from './DoorayEscalateDialog';
import { doorayServer, testConnection, testDoorayEscalation } from './test-dooray';

const ticket = { id: 't-1', number: 'CS-1', title: '결제 오류', serviceCode: 'CS', allowedActions: ['dooray-escalate'] };

function open(server: ReturnType<typeof doorayServer>, locale: 'en' | 'ko' | 'ja' = 'en') {
  const onEscalated = vi.fn();
  const onClose = vi.fn();
  renderWithProviders(
    <LocaleContext.Provider value={locale}>
      <DoorayEscalateDialog ticket={ticket} onClose={onClose} onEscalated={onEscalated} />
    </LocaleContext.Provider>,
    { fetchFn: server.fetchFn },
  );
  return { onEscalated, onClose };
}

/** Chooses the first project and waits for its members and tags. */
async function chooseProject(name = 'CS escalations') {
  await userEvent.selectOptions(await screen.findByLabelText(/^Dooray project/), name);
  await screen.findByTestId('dooray-tags');
}

const fieldset = (name: string) => screen.getByRole('group', { name: new RegExp(`^${name}`) });

describe('DoorayEscalateDialog', () => {
  it("offers the connection's projects, then the project's members (to: its registrant) and its tags by group", async () => {
    const server = doorayServer();
    open(server);
    const project = await screen.findByLabelText(/^Dooray project/);
    expect(within(project).getAllByRole('option').map((o) => o.textContent)).toEqual(['Choose a project', 'CS escalations', 'Payments']);
    expect(screen.getByLabelText(/^Subject/)).toHaveValue('결제 오류');
    await chooseProject();

    const to = fieldset('Assignees');
    expect(within(to).getByRole('checkbox', { name: /Minji Choi/ })).toBeChecked();
    expect(within(to).getByRole('checkbox', { name: /Bob Kim/ })).not.toBeChecked();
    expect(within(fieldset('CC')).getAllByRole('checkbox')).toHaveLength(3);

    // a mandatory select-one group: radios, marked; an optional group: checkboxes; the ungrouped tags last
    const kind = fieldset('Kind');
    expect(kind).toHaveAttribute('data-mandatory', 'true');
    expect(kind).toHaveTextContent('*');
    expect(within(kind).getAllByRole('radio').map((r) => r.closest('label')!.textContent!.trim())).toEqual(['Bug', 'Question']);
    expect(within(fieldset('Area')).getAllByRole('checkbox')).toHaveLength(2);
    expect(within(screen.getByTestId('dooray-tags-ungrouped')).getByRole('checkbox', { name: /VIP customer/ })).toBeInTheDocument();
    expect(server.calls).toEqual(
      expect.arrayContaining([
        'GET /api/v1/dooray/services/CS/connection',
        'GET /api/v1/dooray/services/CS/projects/1001/members',
        'GET /api/v1/dooray/services/CS/projects/1001/tags',
      ]),
    );

    // another project has no registrant: nobody is chosen for it
    await chooseProject('Payments');
    expect(within(fieldset('Assignees')).getAllByRole('checkbox').filter((c) => (c as HTMLInputElement).checked)).toHaveLength(0);
    expect(screen.getByTestId('dooray-tags')).toHaveTextContent('The project has no tags.');
  });

  it('chooses the only project by itself', async () => {
    const server = doorayServer({ connection: testConnection({ projects: [{ id: '1001', name: 'CS escalations', registrantMemberId: null }] }) });
    open(server);
    expect(await screen.findByTestId('dooray-tags')).toBeInTheDocument();
    expect(screen.getByLabelText(/^Dooray project/)).toHaveValue('1001');
  });

  it('does not send while a mandatory tag group has no tag, a body is missing or no project is chosen', async () => {
    const server = doorayServer();
    open(server);
    await userEvent.click(await screen.findByTestId('dooray-escalate-submit'));
    expect(screen.getByTestId('dooray-projectId-error')).toHaveTextContent('Choose a Dooray project.');
    expect(screen.getByTestId('dooray-body-error')).toBeInTheDocument();

    await chooseProject();
    await userEvent.type(screen.getByLabelText(/^Body/), '카드 결제가 실패합니다.');
    await userEvent.click(screen.getByTestId('dooray-escalate-submit'));
    expect(screen.getByTestId('dooray-tag-group-g-kind-error')).toHaveTextContent('the project requires one');
    expect(fieldset('Kind')).toHaveAttribute('aria-invalid', 'true');
    expect(within(fieldset('Kind')).getAllByRole('radio')[0]).toHaveFocus();
    expect(server.posted).toHaveLength(0);
  });

  it('sends the task (markdown body, to, cc, the chosen tags, priority), shows it and reloads the ticket', async () => {
    const server = doorayServer();
    const { onEscalated } = open(server);
    await chooseProject();
    await userEvent.click(within(fieldset('Kind')).getByRole('radio', { name: 'Question' }));
    await userEvent.click(within(fieldset('Kind')).getByRole('radio', { name: 'Bug' }));
    await userEvent.click(within(fieldset('Area')).getByRole('checkbox', { name: 'Web' }));
    await userEvent.click(screen.getByRole('checkbox', { name: 'VIP customer' }));
    await userEvent.click(within(fieldset('CC')).getByRole('checkbox', { name: /Sato Ken/ }));
    await userEvent.selectOptions(screen.getByLabelText('Priority'), 'high');
    await userEvent.type(screen.getByLabelText(/^Body/), '**카드 결제**가 실패합니다.');
    await userEvent.click(screen.getByTestId('dooray-escalate-submit'));

    const created = await screen.findByTestId('dooray-task-created');
    expect(created).toHaveTextContent('Dooray task registered in CS escalations.');
    expect(created).toHaveTextContent('Registered');
    expect(screen.getByTestId('dooray-task-id')).toHaveTextContent('Task 4000000000000000001');
    expect(server.posted).toEqual([
      {
        ticketId: 't-1',
        projectId: '1001',
        subject: '결제 오류',
        body: { mimeType: 'text/x-markdown', content: '**카드 결제**가 실패합니다.' },
        to: ['101'],
        cc: ['103'],
        tagIds: ['t-bug', 't-web', 't-vip'],
        priority: 'high',
      },
    ]);
    await waitFor(() => expect(onEscalated).toHaveBeenCalledTimes(1));
  });

  it("shows the server's field errors at their fields (tags, to[0]) and the others with the problem", async () => {
    const server = doorayServer({
      post: () =>
        problemResponse({
          status: 400,
          title: 'Bad Request',
          detail: 'The Dooray escalation has invalid fields.',
          errors: [
            { field: 'tagIds', message: 'group Kind needs one of its tags' },
            { field: 'to[0]', message: 'member 101 is not a member of project 1001' },
            { field: 'workflow', message: 'the project has no registered class' },
          ],
        }),
    });
    open(server);
    await chooseProject();
    await userEvent.click(within(fieldset('Kind')).getByRole('radio', { name: 'Bug' }));
    await userEvent.type(screen.getByLabelText(/^Body/), '내용');
    await userEvent.click(screen.getByTestId('dooray-escalate-submit'));

    expect(await screen.findByTestId('dooray-tagIds-error')).toHaveTextContent('group Kind needs one of its tags');
    expect(screen.getByTestId('dooray-to-error')).toHaveTextContent('member 101 is not a member of project 1001');
    const error = screen.getByTestId('dooray-escalate-error');
    expect(error).toHaveTextContent('The Dooray task could not be registered. The Dooray escalation has invalid fields.');
    expect(error).toHaveTextContent('workflow: the project has no registered class');
    expect(screen.queryByTestId('dooray-task-created')).not.toBeInTheDocument();
  });

  it('says Dooray is away and when to try again (503 with Retry-After), or what Dooray refused (502 detail)', async () => {
    let answer = () =>
      new Response(JSON.stringify({ status: 503, detail: 'Dooray unreachable; try again later.' }), {
        status: 503,
        headers: { 'Content-Type': 'application/problem+json', 'Retry-After': '5' },
      });
    const server = doorayServer({ post: () => answer() });
    open(server, 'ko');
    await userEvent.selectOptions(await screen.findByLabelText(/^Dooray 프로젝트/), 'CS escalations');
    await screen.findByTestId('dooray-tags');
    await userEvent.click(screen.getByRole('radio', { name: 'Bug' }));
    await userEvent.type(screen.getByLabelText(/^본문/), '내용');
    await userEvent.click(screen.getByTestId('dooray-escalate-submit'));
    const error = await screen.findByTestId('dooray-escalate-error');
    expect(error).toHaveTextContent('지금은 Dooray에 연결할 수 없습니다.');
    expect(within(error).getByTestId('retry-after')).toHaveTextContent('5초 후에 다시 시도할 수 있습니다.');

    answer = () =>
      problemResponse({
        status: 502,
        type: 'https://switchboard.dev/problems/dooray-token-rejected',
        detail: "Dooray does not accept this service's token any more; an admin enters a new one in the Dooray connection.",
      });
    await userEvent.click(screen.getByTestId('dooray-escalate-submit'));
    await waitFor(() => expect(screen.getByTestId('dooray-escalate-error')).toHaveTextContent('an admin enters a new one'));
    expect(screen.queryByTestId('retry-after')).not.toBeInTheDocument();
  });

  it('says so when the service has no Dooray connection', async () => {
    open(doorayServer({ connection: null }));
    expect(await screen.findByTestId('dooray-no-connection')).toHaveTextContent('not connected to Dooray');
  });

  it('shows a task Dooray is still registering', async () => {
    const server = doorayServer({
      post: () => jsonResponse(testDoorayEscalation({ status: 'PENDING', taskId: null, workflowClass: null }), 201),
    });
    open(server, 'ja');
    await userEvent.selectOptions(await screen.findByLabelText(/^Dooray プロジェクト/), 'Payments');
    await screen.findByTestId('dooray-tags');
    await userEvent.type(screen.getByLabelText(/^本文/), '内容');
    await userEvent.click(screen.getByTestId('dooray-escalate-submit'));
    const created = await screen.findByTestId('dooray-task-created');
    expect(created).toHaveTextContent('CS escalations に Dooray タスクを登録しています。');
    expect(created).toHaveTextContent('登録中');
  });
});
