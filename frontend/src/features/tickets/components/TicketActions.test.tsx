import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { jsonResponse, problemResponse, renderWithProviders } from '../../../test/render';
import type { ReplyDraft, Ticket } from '../api/types';
import { TicketActions } from './TicketActions';
import { testTicket } from './test-ticket';
import { editorServer } from './test-editor-server';

const ticket = (status: string, allowedActions?: string[]): Ticket =>
  testTicket(allowedActions ? { status, allowedActions } : { status });

describe('TicketActions', () => {
  it('offers keep only for an unassigned ticket and replies only for a workable one', () => {
    renderWithProviders(<TicketActions ticket={ticket('UNASSIGNED')} />, { fetchFn: vi.fn() });
    expect(screen.getByTestId('action-keep')).toBeInTheDocument();
    expect(screen.queryByTestId('action-resolve')).not.toBeInTheDocument();
    expect(screen.getByTestId('action-internal-resolution')).toBeInTheDocument();
  });

  it('offers restore, and no replies, in the spam box', () => {
    renderWithProviders(<TicketActions ticket={ticket('INTERNALLY_RESOLVED')} />, { fetchFn: vi.fn() });
    expect(screen.getByTestId('action-restore')).toBeInTheDocument();
    expect(screen.queryByTestId('action-hold')).not.toBeInTheDocument();
    expect(screen.queryByTestId('action-keep')).not.toBeInTheDocument();
  });

  it('offers only what the server allows this reader, whatever the status', () => {
    // an operator who is not the assignee of an IN_PROGRESS ticket may comment, not reply
    renderWithProviders(<TicketActions ticket={ticket('IN_PROGRESS', ['comment'])} />, { fetchFn: vi.fn() });
    expect(screen.getByTestId('action-comment')).toBeInTheDocument();
    expect(screen.queryByTestId('action-hold')).not.toBeInTheDocument();
    expect(screen.queryByTestId('action-resolve')).not.toBeInTheDocument();
    expect(screen.queryByTestId('action-internal-resolution')).not.toBeInTheDocument();
  });

  it('offers nothing when the server sent no allowed actions', () => {
    renderWithProviders(<TicketActions ticket={ticket('IN_PROGRESS', [])} />, { fetchFn: vi.fn() });
    expect(screen.queryByTestId('action-comment')).not.toBeInTheDocument();
    expect(screen.queryByTestId('action-keep')).not.toBeInTheDocument();
  });

  it('offers Escalate only when the server allows escalate, and opens the escalation with it', async () => {
    const onEscalate = vi.fn();
    const { unmount } = renderWithProviders(
      <TicketActions ticket={ticket('IN_PROGRESS', ['comment', 'hold', 'resolve', 'escalate'])} onEscalate={onEscalate} />,
      { fetchFn: vi.fn() },
    );
    await userEvent.click(screen.getByTestId('action-escalate'));
    expect(screen.getByTestId('action-escalate')).toHaveTextContent('Escalate');
    expect(onEscalate).toHaveBeenCalledTimes(1);
    unmount();
    renderWithProviders(<TicketActions ticket={ticket('IN_PROGRESS')} onEscalate={onEscalate} />, { fetchFn: vi.fn() });
    expect(screen.queryByTestId('action-escalate')).not.toBeInTheDocument();
    expect(screen.getByTestId('action-resolve')).toBeInTheDocument();
  });

  it("shows the app's Dooray button only with dooray-escalate, and no section for dooray-escalate alone without it", () => {
    const doorayEscalate = vi.fn((disabled: boolean) => <button type="button" disabled={disabled} data-testid="dooray-button" />);
    const { unmount } = renderWithProviders(
      <TicketActions ticket={ticket('ON_HOLD', ['comment', 'dooray-escalate'])} doorayEscalate={doorayEscalate} />,
      { fetchFn: vi.fn() },
    );
    expect(screen.getByTestId('dooray-button')).toBeEnabled();
    expect(doorayEscalate).toHaveBeenCalledWith(false);
    unmount();
    const { unmount: again } = renderWithProviders(
      <TicketActions ticket={ticket('ON_HOLD', ['comment'])} doorayEscalate={doorayEscalate} />,
      { fetchFn: vi.fn() },
    );
    expect(screen.queryByTestId('dooray-button')).not.toBeInTheDocument();
    again();
    renderWithProviders(<TicketActions ticket={ticket('DOORAY_ANSWERED', ['dooray-escalate'])} />, { fetchFn: vi.fn() });
    expect(screen.queryByTestId('ticket-actions')).not.toBeInTheDocument();
  });

  it('is not there for a reader who may do nothing, and offers no reply box without a reply action', () => {
    const { unmount } = renderWithProviders(<TicketActions ticket={ticket('ESCALATED', [])} />, { fetchFn: vi.fn() });
    expect(screen.queryByTestId('ticket-actions')).not.toBeInTheDocument();
    unmount();
    renderWithProviders(<TicketActions ticket={ticket('UNASSIGNED', ['keep'])} />, { fetchFn: vi.fn() });
    expect(screen.getByTestId('action-keep')).toBeInTheDocument();
    expect(screen.queryByLabelText('Reply or comment')).not.toBeInTheDocument();
  });

  it('sends the final reply to the resolve action', async () => {
    const server = editorServer({ answer: () => jsonResponse(ticket('RESOLVED')) });
    renderWithProviders(<TicketActions ticket={ticket('IN_PROGRESS')} />, server);
    await userEvent.type(screen.getByLabelText('Reply or comment'), 'Refunded.');
    await userEvent.click(screen.getByTestId('action-resolve'));
    await waitFor(() => expect(server.posts()).toHaveLength(1));
    const [{ url, body, init }] = server.posts() as [ReturnType<typeof server.posts>[number]];
    expect(url).toBe('/api/v1/tickets/t-1/resolve');
    expect(body).toEqual({ body: 'Refunded.', format: 'TEXT' });
    expect((init.headers as Record<string, string>)['If-Match']).toBe('"1"');
  });

  it('acts only on the version shown: keep, restore and internal resolution send it too', async () => {
    const server = editorServer({ answer: () => jsonResponse(ticket('IN_PROGRESS')) });
    renderWithProviders(<TicketActions ticket={{ ...ticket('UNASSIGNED'), version: 5 }} />, server);
    await userEvent.click(screen.getByTestId('action-keep'));
    await userEvent.click(screen.getByTestId('action-internal-resolution'));
    await waitFor(() => expect(server.posts()).toHaveLength(2));
    expect(server.posts().map(({ init }) => (init.headers as Record<string, string>)['If-Match'])).toEqual(['"5"', '"5"']);
  });

  it('asks for a text before replying', async () => {
    const server = editorServer();
    renderWithProviders(<TicketActions ticket={ticket('IN_PROGRESS')} />, server);
    await userEvent.click(screen.getByTestId('action-hold'));
    expect(screen.getByText('Write a reply or comment first.')).toBeInTheDocument();
    expect(server.posts()).toEqual([]);
  });

  it("shows the server's reason when an action is refused", async () => {
    const server = editorServer({
      answer: () =>
        problemResponse({
          type: 'https://switchboard.dev/problems/conflict',
          title: 'Conflict',
          status: 409,
          detail: 'Ticket CS-1 is UNASSIGNED: keep is not possible. Allowed actions: comment.',
        }),
    });
    renderWithProviders(<TicketActions ticket={ticket('UNASSIGNED')} />, server);
    await userEvent.click(screen.getByTestId('action-keep'));
    expect(await screen.findByRole('alert')).toHaveTextContent('keep is not possible');
  });

  it('hands the reply as typed and the allowed mail types to the tools beside hold/resolve', async () => {
    const replyTools = vi.fn((draft: ReplyDraft) => <span data-testid="tool">{`${draft.body}|${draft.mailTypes.join(',')}`}</span>);
    renderWithProviders(<TicketActions ticket={ticket('IN_PROGRESS')} replyTools={replyTools} />, { fetchFn: vi.fn() });
    await userEvent.type(screen.getByLabelText('Reply or comment'), 'Hi');
    expect(screen.getByTestId('tool')).toHaveTextContent('Hi|RESOLVE,HOLD');
    expect(replyTools).toHaveBeenLastCalledWith({ ticketId: 't-1', body: 'Hi', format: 'TEXT', mailTypes: ['RESOLVE', 'HOLD'] });
  });

  it('offers no mail preview for a phone customer without an e-mail address, and says no mail goes out', () => {
    const replyTools = vi.fn(() => <span data-testid="tool" />);
    const phoneOnly = testTicket({ status: 'IN_PROGRESS', channel: 'PHONE', customer: { email: null, name: '김민지', phone: '010-2222-3333' } });
    renderWithProviders(<TicketActions ticket={phoneOnly} replyTools={replyTools} />, { fetchFn: vi.fn() });
    expect(screen.getByTestId('action-resolve')).toBeInTheDocument();
    expect(screen.queryByTestId('tool')).not.toBeInTheDocument();
    expect(screen.getByTestId('no-customer-email')).toHaveTextContent('no mail is sent');
  });

  it('shows no reply tools when the ticket cannot be held or resolved', () => {
    const replyTools = vi.fn(() => <span data-testid="tool" />);
    renderWithProviders(<TicketActions ticket={ticket('UNASSIGNED')} replyTools={replyTools} />, { fetchFn: vi.fn() });
    expect(screen.queryByTestId('tool')).not.toBeInTheDocument();
  });

  it('keeps a half-written reply per ticket when the user goes elsewhere and comes back, until it is sent', async () => {
    const user = userEvent.setup();
    const { fetchFn } = editorServer();
    const first = renderWithProviders(<TicketActions ticket={ticket('IN_PROGRESS')} />, { fetchFn });
    await user.type(screen.getByLabelText('Reply or comment'), '환불은 3일 안에');
    expect(screen.getByTestId('draft-kept')).toBeInTheDocument();
    first.unmount();

    // another ticket has its own (empty) draft
    const other = renderWithProviders(<TicketActions ticket={testTicket({ id: 't-2' })} />, { fetchFn });
    expect(screen.getByLabelText('Reply or comment')).toHaveValue('');
    other.unmount();

    renderWithProviders(<TicketActions ticket={ticket('IN_PROGRESS')} />, { fetchFn });
    expect(screen.getByLabelText('Reply or comment')).toHaveValue('환불은 3일 안에');
    await user.click(screen.getByTestId('action-hold'));
    await waitFor(() => expect(screen.getByLabelText('Reply or comment')).toHaveValue(''));
    expect(sessionStorage.getItem('switchboard.draft.t-1')).toBeNull();
  });

  it('keeps the draft when keeping the ticket', async () => {
    const user = userEvent.setup();
    const server = editorServer();
    renderWithProviders(<TicketActions ticket={ticket('UNASSIGNED')} />, server);
    await user.type(screen.getByLabelText('Reply or comment'), 'draft');
    await user.click(screen.getByTestId('action-keep'));
    await waitFor(() => expect(server.posts()).toHaveLength(1));
    expect(screen.getByLabelText('Reply or comment')).toHaveValue('draft');
  });
});
