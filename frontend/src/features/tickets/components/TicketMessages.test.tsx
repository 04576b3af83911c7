import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { jsonResponse, problemResponse, renderWithProviders } from '../../../test/render';
import { TicketMessages } from './TicketMessages';

const messages = [
  {
    id: 'm-1',
    type: 'FINAL_REPLY',
    author: 'bob',
    body: '<p>환불 처리되었습니다.</p>',
    format: 'HTML',
    createdAt: '2026-11-27T00:00:00Z',
    attachments: [{ id: 'f-1', fileName: '영수증.pdf', contentType: 'application/pdf', size: 48213 }],
  },
  { id: 'm-2', type: 'INTERNAL_COMMENT', author: 'carol', body: 'ok', format: 'TEXT', createdAt: '2026-11-27T00:01:00Z' },
];

describe('TicketMessages', () => {
  afterEach(() => vi.restoreAllMocks());

  it('shows each message with its files, and fetches a file with the token when clicked', async () => {
    const createObjectURL = vi.fn(() => 'blob:receipt');
    Object.assign(URL, { createObjectURL, revokeObjectURL: vi.fn() });
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
    const fetchFn = vi.fn(async (input: RequestInfo | URL) =>
      String(input).endsWith('/messages') ? jsonResponse(messages) : new Response('pdf bytes'),
    ) as unknown as typeof fetch;
    renderWithProviders(<TicketMessages id="t-1" />, { fetchFn });

    expect(await screen.findByText('환불 처리되었습니다.')).toBeInTheDocument();
    const files = screen.getAllByTestId('message-file');
    expect(files).toHaveLength(1);
    expect(files[0]).toHaveTextContent('영수증.pdf');
    expect(screen.getByText('(47.1 KB)')).toBeInTheDocument();

    await userEvent.click(files[0]!);
    await waitFor(() => expect(click).toHaveBeenCalled());
    const calls = (fetchFn as unknown as ReturnType<typeof vi.fn>).mock.calls;
    const download = calls.find(([url]) => String(url).includes('/attachments/'))!;
    expect(String(download[0])).toBe('/api/v1/tickets/t-1/attachments/f-1');
    expect((download[1] as RequestInit).headers).toMatchObject({ Authorization: 'Bearer test-token' });
    expect(createObjectURL).toHaveBeenCalled();
  });

  it('labels an escalation answer and shows what the note says of it', async () => {
    const answer = {
      id: 'm-3',
      type: 'ESCALATION_ANSWER',
      author: 'dave',
      body: '<p>Fixed in 2.4.1.</p>',
      format: 'HTML',
      createdAt: '2026-12-02T03:00:00Z',
    };
    const fetchFn = vi.fn(async () => jsonResponse([answer])) as unknown as typeof fetch;
    renderWithProviders(
      <TicketMessages id="t-1" note={(message) => <span data-testid="note">{`${message.type} by ${message.author}`}</span>} />,
      { fetchFn },
    );
    const item = await screen.findByTestId('ticket-message');
    expect(item).toHaveAttribute('data-message-type', 'ESCALATION_ANSWER');
    expect(item).toHaveTextContent('Escalation answer');
    expect(item).toHaveTextContent('Fixed in 2.4.1.');
    expect(screen.getByTestId('note')).toHaveTextContent('ESCALATION_ANSWER by dave');
  });

  it("says why a file could not be fetched", async () => {
    const fetchFn = vi.fn(async (input: RequestInfo | URL) =>
      String(input).endsWith('/messages')
        ? jsonResponse(messages)
        : problemResponse({ status: 404, title: 'Not Found', detail: 'Ticket t-1 has no attachment f-1.' }),
    ) as unknown as typeof fetch;
    renderWithProviders(<TicketMessages id="t-1" />, { fetchFn });
    await userEvent.click(await screen.findByTestId('message-file'));
    expect(await screen.findByRole('alert')).toHaveTextContent('has no attachment');
  });

  it('draws an HTML body as its paragraphs and a text body with its line breaks', async () => {
    const bodies = [
      { ...messages[0]!, attachments: [], body: '<p>김민지 고객님,</p><p>환불했습니다.<br>감사합니다.</p>' },
      { ...messages[1]!, body: 'line 1\n<b>line 2</b>' },
    ];
    const fetchFn = vi.fn(async () => jsonResponse(bodies)) as unknown as typeof fetch;
    renderWithProviders(<TicketMessages id="t-1" />, { fetchFn });
    const [html, text] = await screen.findAllByTestId('ticket-message');
    const htmlBody = html!.querySelector('.message-body')!;
    expect(htmlBody).toHaveClass('html-body');
    expect(Array.from(htmlBody.querySelectorAll('p'), (p) => p.textContent)).toEqual(['김민지 고객님,', '환불했습니다.감사합니다.']);
    expect(htmlBody.querySelectorAll('br')).toHaveLength(1);
    const textBody = text!.querySelector('.message-body')!;
    expect(textBody).not.toHaveClass('html-body');
    expect(textBody.textContent).toBe('line 1\n<b>line 2</b>');
  });

  it("hands each message with its masks and the ticket's masking rights to the masking slot", async () => {
    const masked = [{ ...messages[1]!, body: 'tel ***', masks: [{ id: 'k-1', start: 4, end: 7, maskedBy: 'bob', maskedAt: '2026-11-27T00:02:00Z' }] }];
    const fetchFn = vi.fn(async () => jsonResponse([messages[0], ...masked])) as unknown as typeof fetch;
    const body = vi.fn((_ticket: string, message: { id: string; body: string; masks?: unknown[] }, rights: { canMask: boolean; canUnmask: boolean }) => (
      <p data-testid={`slot-${message.id}`}>{`${message.body}|${message.masks?.length ?? 0}|${rights.canMask}|${rights.canUnmask}`}</p>
    ));
    renderWithProviders(<TicketMessages id="t-1" maskingTools={{ body, content: () => null }} allowedActions={['comment', 'masks']} />, { fetchFn });
    expect(await screen.findByTestId('slot-m-1')).toHaveTextContent('<p>환불 처리되었습니다.</p>|0|true|false');
    expect(screen.getByTestId('slot-m-2')).toHaveTextContent('tel ***|1|true|false');
  });
});
