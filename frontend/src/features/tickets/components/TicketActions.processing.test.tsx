import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { FakeXhr } from '../../../test/fake-xhr';
import { problemResponse, renderWithProviders } from '../../../test/render';
import { TicketActions } from './TicketActions';
import { editorServer } from './test-editor-server';
import { testTicket } from './test-ticket';

afterEach(() => {
  FakeXhr.made = [];
});

const file = (name: string, size: number, type = 'application/pdf') => new File([new Uint8Array(size)], name, { type });
const drop = (files: File[]) =>
  fireEvent.drop(screen.getByTestId('attachment-drop'), { dataTransfer: { files, types: ['Files'] } });
const uploaded = (id: string, fileName: string) => ({
  id,
  fileName,
  contentType: 'application/pdf',
  size: 2048,
  sha256: 'ab',
  createdAt: '2026-12-01T00:00:00Z',
});

describe('attachments', () => {
  it('uploads dropped files with their progress and sends the stored ones with the reply', async () => {
    const server = editorServer();
    renderWithProviders(<TicketActions ticket={testTicket()} />, { ...server, createXhr: FakeXhr.create });
    drop([file('영수증.pdf', 2048), file('photo.png', 4096, 'image/png')]);
    await waitFor(() => expect(FakeXhr.made).toHaveLength(2));
    const [receipt, photo] = FakeXhr.made as [FakeXhr, FakeXhr];
    expect(receipt.method).toBe('POST');
    expect(receipt.url).toBe('/api/v1/tickets/t-1/attachments');
    expect(receipt.headers.Authorization).toBe('Bearer test-token');
    expect((receipt.body?.get('file') as File).name).toBe('영수증.pdf');

    act(() => receipt.progress(1024, 2048));
    const row = screen.getByTestId('attachment-영수증.pdf');
    expect(within(row).getByRole('progressbar')).toHaveAttribute('value', '0.5');
    expect(screen.getByTestId('action-comment')).toBeDisabled();
    expect(screen.getByText('Wait until the files are uploaded before sending.')).toBeInTheDocument();

    act(() => receipt.respond(201, uploaded('a-1', '영수증.pdf')));
    expect(await within(row).findByText('Attached')).toBeInTheDocument();
    act(() =>
      photo.respond(415, {
        type: 'https://switchboard.dev/problems/unsupported-media-type',
        title: 'Unsupported Media Type',
        status: 415,
        detail: 'photo.png: the content is not a png',
      }),
    );
    const refused = await within(screen.getByTestId('attachment-photo.png')).findByRole('alert');
    // in the console's language; the server's words stay at hand
    expect(refused).toHaveTextContent('Not attached: this type of file is not accepted, or its content does not match its name.');
    expect(refused).toHaveAttribute('title', 'photo.png: the content is not a png');

    await userEvent.type(screen.getByLabelText('Reply or comment'), 'Receipt attached.');
    await userEvent.click(screen.getByTestId('action-resolve'));
    await waitFor(() =>
      expect(server.posts()[0]?.body).toEqual({ body: 'Receipt attached.', format: 'TEXT', attachments: ['a-1'] }),
    );
    await waitFor(() => expect(screen.queryByTestId('attachment-영수증.pdf')).not.toBeInTheDocument());
  });

  it('takes files from the button too, and a file removed before sending is cancelled and not sent', async () => {
    const server = editorServer();
    renderWithProviders(<TicketActions ticket={testTicket()} />, { ...server, createXhr: FakeXhr.create });
    await userEvent.upload(screen.getByTestId('attachment-input'), [file('a.pdf', 10), file('b.pdf', 10)]);
    await waitFor(() => expect(FakeXhr.made).toHaveLength(2));
    const [first, second] = FakeXhr.made as [FakeXhr, FakeXhr];
    act(() => first.respond(201, uploaded('a-1', 'a.pdf')));
    await userEvent.click(screen.getByRole('button', { name: 'Remove b.pdf' }));
    expect(second.aborted).toBe(true);
    expect(screen.queryByTestId('attachment-b.pdf')).not.toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Remove a.pdf' }));
    await userEvent.type(screen.getByLabelText('Reply or comment'), 'No files.');
    await userEvent.click(screen.getByTestId('action-comment'));
    await waitFor(() => expect(server.posts()[0]?.body).toEqual({ body: 'No files.', format: 'TEXT' }));
  });
});

describe('forbidden words', () => {
  it('lists the forbidden words as they are typed and holds back hold and resolve, not the comment', async () => {
    const server = editorServer({ forbiddenWords: ['바보', 'baka'] });
    renderWithProviders(<TicketActions ticket={testTicket()} />, server);
    await waitFor(() => expect(server.calls).toContain('GET /api/v1/services/CS/forbidden-words'));
    await userEvent.type(screen.getByLabelText('Reply or comment'), '정말 바보 같은 ＢＡＫＡ');
    const warning = screen.getByTestId('forbidden-words');
    expect(warning).toHaveTextContent('contains forbidden words');
    expect(within(warning).getAllByRole('listitem').map((li) => li.textContent)).toEqual(['바보', 'baka']);
    expect(screen.getByTestId('action-hold')).toBeDisabled();
    expect(screen.getByTestId('action-resolve')).toBeDisabled();
    expect(screen.getByTestId('action-comment')).toBeEnabled();

    await userEvent.clear(screen.getByLabelText('Reply or comment'));
    await userEvent.type(screen.getByLabelText('Reply or comment'), '확인했습니다');
    expect(screen.queryByTestId('forbidden-words')).not.toBeInTheDocument();
    expect(screen.getByTestId('action-resolve')).toBeEnabled();
  });

  it("finds them in a rich reply's text, across its markup", async () => {
    const server = editorServer({ editorType: 'HTML', forbiddenWords: ['baka'] });
    sessionStorage.setItem('switchboard.draft.t-1', '<p><b>ba</b>ka</p>');
    renderWithProviders(<TicketActions ticket={testTicket()} />, server);
    expect(await screen.findByTestId('forbidden-words')).toHaveTextContent('baka');
    expect(screen.getByTestId('action-hold')).toBeDisabled();
  });

  it("shows the server's refusal when it finds one the console did not", async () => {
    const server = editorServer({
      answer: () =>
        problemResponse({ status: 400, title: 'Bad Request', detail: 'body: contains forbidden words: 바보', errors: [] }),
    });
    renderWithProviders(<TicketActions ticket={testTicket()} />, server);
    await userEvent.type(screen.getByLabelText('Reply or comment'), 'x');
    await userEvent.click(screen.getByTestId('action-hold'));
    expect(await screen.findByRole('alert')).toHaveTextContent('contains forbidden words: 바보');
  });
});

describe('keep', () => {
  const groups = [
    { id: 'g-1', name: '결제 1팀' },
    { id: 'g-2', name: '결제 2팀' },
  ];

  it('asks which group keeps the ticket when the operator is in several', async () => {
    const server = editorServer({ groups });
    renderWithProviders(<TicketActions ticket={testTicket({ status: 'UNASSIGNED' })} />, server);
    await waitFor(() => expect(server.calls).toContain('GET /api/v1/me'));
    await userEvent.click(screen.getByTestId('action-keep'));
    const dialog = await screen.findByTestId('keep-dialog');
    await userEvent.selectOptions(within(dialog).getByLabelText('Group'), 'g-2');
    await userEvent.click(within(dialog).getByTestId('keep-confirm'));
    await waitFor(() => expect(server.posts()).toHaveLength(1));
    expect(server.posts()[0]).toMatchObject({ url: '/api/v1/tickets/t-1/keep', body: { groupId: 'g-2' } });
    expect(screen.queryByTestId('keep-dialog')).not.toBeInTheDocument();
  });

  it('keeps at once with a single group, and not at all when the choice is closed', async () => {
    const server = editorServer({ groups: [groups[0]!] });
    const first = renderWithProviders(<TicketActions ticket={testTicket({ status: 'UNASSIGNED' })} />, server);
    await waitFor(() => expect(server.calls).toContain('GET /api/v1/me'));
    await userEvent.click(screen.getByTestId('action-keep'));
    await waitFor(() => expect(server.posts()[0]?.body).toEqual({}));
    first.unmount();

    const several = editorServer({ groups });
    renderWithProviders(<TicketActions ticket={testTicket({ status: 'UNASSIGNED' })} />, several);
    await waitFor(() => expect(several.calls).toContain('GET /api/v1/me'));
    await userEvent.click(screen.getByTestId('action-keep'));
    await userEvent.keyboard('{Escape}');
    expect(screen.queryByTestId('keep-dialog')).not.toBeInTheDocument();
    expect(several.posts()).toEqual([]);
  });
});

describe('keyboard shortcuts', () => {
  it('comments with Ctrl+Enter, resolves with Ctrl+Shift+Enter and holds with Ctrl+Alt+Enter in the reply box', async () => {
    const server = editorServer();
    renderWithProviders(<TicketActions ticket={testTicket()} />, server);
    const editor = screen.getByLabelText('Reply or comment');
    await userEvent.type(editor, 'One');
    await userEvent.keyboard('{Control>}{Enter}{/Control}');
    await waitFor(() => expect(server.posts().map((p) => p.url)).toEqual(['/api/v1/tickets/t-1/comment']));
    await waitFor(() => expect(editor).toHaveValue(''));
    await userEvent.type(editor, 'Two');
    await userEvent.keyboard('{Meta>}{Shift>}{Enter}{/Shift}{/Meta}');
    await waitFor(() => expect(server.posts()).toHaveLength(2));
    await waitFor(() => expect(editor).toHaveValue(''));
    await userEvent.type(editor, 'Three');
    await userEvent.keyboard('{Control>}{Alt>}{Enter}{/Alt}{/Control}');
    await waitFor(() => expect(server.posts()).toHaveLength(3));
    expect(server.posts().map((p) => p.url.split('/').at(-1))).toEqual(['comment', 'resolve', 'hold']);
  });

  it('does not send a hold or resolve with a forbidden word by shortcut either', async () => {
    const server = editorServer({ forbiddenWords: ['바보'] });
    renderWithProviders(<TicketActions ticket={testTicket()} />, server);
    await waitFor(() => expect(server.calls).toContain('GET /api/v1/services/CS/forbidden-words'));
    await userEvent.type(screen.getByLabelText('Reply or comment'), '바보');
    await userEvent.keyboard('{Control>}{Shift>}{Enter}{/Shift}{/Control}');
    expect(server.posts()).toEqual([]);
  });

  it('keeps with K and goes to the reply with R outside fields, but not while typing', async () => {
    const server = editorServer();
    renderWithProviders(<TicketActions ticket={testTicket({ status: 'UNASSIGNED' })} />, server);
    await waitFor(() => expect(server.calls).toContain('GET /api/v1/me'));
    const editor = screen.getByLabelText('Reply or comment');
    await userEvent.type(editor, 'k');
    expect(editor).toHaveValue('k');
    expect(server.posts()).toEqual([]);
    editor.blur();
    await userEvent.keyboard('r');
    expect(editor).toHaveFocus();
    expect(editor).toHaveValue('k');
    editor.blur();
    await userEvent.keyboard('k');
    await waitFor(() => expect(server.posts().map((p) => p.url)).toEqual(['/api/v1/tickets/t-1/keep']));
  });

  it('lists the shortcuts in a dialog on ? outside fields, and Esc closes it', async () => {
    renderWithProviders(<TicketActions ticket={testTicket()} />, editorServer());
    expect(screen.getByText('Press ? for keyboard shortcuts.')).toBeInTheDocument();
    await userEvent.keyboard('?');
    const help = screen.getByTestId('shortcut-help');
    expect(within(help).getByRole('heading')).toHaveTextContent('Keyboard shortcuts');
    expect(help).toHaveTextContent('Ctrl/⌘ + EnterAdd an internal comment');
    expect(help).toHaveTextContent('KKeep the ticket');
    await userEvent.keyboard('{Escape}');
    expect(screen.queryByTestId('shortcut-help')).not.toBeInTheDocument();
  });

  it('takes no single-key command while a dialog (another feature\'s, e.g. forward) is open over the page', async () => {
    const server = editorServer();
    renderWithProviders(
      <>
        <TicketActions ticket={testTicket({ status: 'UNASSIGNED' })} />
        <div role="dialog" aria-modal="true" data-testid="other-dialog" />
      </>,
      server,
    );
    await waitFor(() => expect(server.calls).toContain('GET /api/v1/me'));
    fireEvent.keyDown(document.body, { key: 'k' });
    fireEvent.keyDown(document.body, { key: '?' });
    expect(screen.queryByTestId('shortcut-help')).not.toBeInTheDocument();
    expect(server.posts()).toEqual([]);
  });

  it('ignores keys an IME is composing with', () => {
    const server = editorServer();
    renderWithProviders(<TicketActions ticket={testTicket({ status: 'UNASSIGNED' })} />, server);
    fireEvent.keyDown(document.body, { key: '?', isComposing: true });
    fireEvent.keyDown(document.body, { key: 'k', keyCode: 229 });
    expect(screen.queryByTestId('shortcut-help')).not.toBeInTheDocument();
    expect(server.posts()).toEqual([]);
  });
});
