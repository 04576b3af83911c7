import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { LocaleContext } from '../../../i18n';
import { fakeServer, noContent } from '../../../test/fake-server';
import { jsonResponse, renderWithProviders } from '../../../test/render';
import { MaskableBody } from './MaskableBody';

const mask = { id: 'k-1', start: 6, end: 19, maskedBy: 'bob', maskedAt: '2026-12-02T03:00:00Z' };

function server(bodies: unknown[]) {
  return fakeServer((url, init) => {
    if (!url.pathname.startsWith('/api/v1/tickets/t-1/messages/m-1/masks')) return undefined;
    if (init?.method === 'DELETE') return noContent();
    bodies.push(JSON.parse(String(init?.body)));
    return jsonResponse({ ...mask, id: 'k-2' }, 201);
  });
}

function selectText(node: Node, start: number, end: number) {
  const range = document.createRange();
  range.setStart(node, start);
  range.setEnd(node, end);
  window.getSelection()!.removeAllRanges();
  window.getSelection()!.addRange(range);
}

describe('MaskableBody', () => {
  it('masks the selected Korean text with its code-point offsets', async () => {
    const bodies: unknown[] = [];
    const api = server(bodies);
    const onChanged = vi.fn();
    renderWithProviders(
      <LocaleContext.Provider value="ko">
        <MaskableBody ticketId="t-1" messageId="m-1" body="제 번호는 010-1234-5678 입니다" bodyFormat="TEXT" masks={[]} canMask canUnmask={false}
          onChanged={onChanged} />
      </LocaleContext.Provider>,
      { fetchFn: api.fetchFn },
    );
    const body = screen.getByTestId('message-m-1');
    selectText(body.querySelector('span')!.firstChild!, 6, 19);
    fireEvent.mouseUp(body);
    const button = await screen.findByTestId('mask-selection');
    expect(button).toHaveTextContent('개인정보 마스킹');
    fireEvent.click(button);
    await waitFor(() => expect(onChanged).toHaveBeenCalled());
    expect(api.calls).toContain('POST /api/v1/tickets/t-1/messages/m-1/masks');
    expect(bodies).toEqual([{ start: 6, end: 19 }]);
  });

  it('also offers masking after a keyboard selection and never over a mask', async () => {
    const api = server([]);
    renderWithProviders(
      <MaskableBody ticketId="t-1" messageId="m-1" body="phone *************" bodyFormat="TEXT" masks={[mask]} canMask canUnmask={false}
        onChanged={() => {}} />,
      { fetchFn: api.fetchFn },
    );
    const body = screen.getByTestId('message-m-1');
    selectText(screen.getByTestId('mask-k-1').firstChild!, 0, 3);
    fireEvent.keyUp(body, { key: 'ArrowRight', shiftKey: true });
    expect(screen.queryByTestId('mask-selection')).toBeNull();
    selectText(body.querySelector('span')!.firstChild!, 0, 5);
    fireEvent.keyUp(body, { key: 'ArrowRight', shiftKey: true });
    expect(await screen.findByTestId('mask-selection')).toHaveTextContent('Mask personal info');
  });

  it('shows masks subtly and unmasks only after confirming, where allowed', async () => {
    const api = server([]);
    const onChanged = vi.fn();
    renderWithProviders(
      <LocaleContext.Provider value="ja">
        <MaskableBody ticketId="t-1" messageId="m-1" body="phone *************" bodyFormat="TEXT" masks={[mask]} canMask={false} canUnmask
          onChanged={onChanged} />
      </LocaleContext.Provider>,
      { fetchFn: api.fetchFn },
    );
    expect(screen.getByTestId('mask-k-1')).toHaveTextContent('*************');
    expect(screen.getByTestId('mask-k-1')).toHaveClass('masked');
    fireEvent.click(screen.getByTestId('unmask-k-1'));
    expect(screen.getByTestId('unmask-confirm')).toHaveTextContent('個人情報のマスキングを解除しますか');
    fireEvent.click(screen.getByTestId('unmask-confirm-ok'));
    await waitFor(() => expect(onChanged).toHaveBeenCalled());
    expect(api.calls).toContain('DELETE /api/v1/tickets/t-1/messages/m-1/masks/k-1');
  });

  it('offers no unmask where the ticket does not allow it', () => {
    renderWithProviders(
      <MaskableBody ticketId="t-1" messageId="m-1" body="phone *************" bodyFormat="TEXT" masks={[mask]} canMask={false}
        canUnmask={false} onChanged={() => {}} />,
      { fetchFn: server([]).fetchFn },
    );
    expect(screen.getByTestId('mask-k-1')).toHaveTextContent('*************');
    expect(screen.queryByTestId('unmask-k-1')).toBeNull();
  });

  it('draws an HTML body as paragraphs and counts a selection in the later paragraph as the server does', async () => {
    const bodies: unknown[] = [];
    const api = server(bodies);
    // the server's text: "전화번호:" (5) + "010-****-5678" + "메일 kim@example.com" ; the mask covers "1234"
    const paragraphs = { id: 'k-3', start: 9, end: 13, maskedBy: 'bob', maskedAt: '2026-12-02T03:00:00Z' };
    renderWithProviders(
      <MaskableBody ticketId="t-1" messageId="m-1" body="<p>전화번호:</p><p>010-****-5678<br>메일 kim@example.com</p>"
        bodyFormat="HTML" masks={[paragraphs]} canMask canUnmask={false} onChanged={() => {}} />,
      { fetchFn: api.fetchFn },
    );
    const body = screen.getByTestId('message-m-1');
    expect(body.querySelectorAll('p')).toHaveLength(2);
    expect(body.querySelectorAll('br')).toHaveLength(1);
    expect(screen.getByTestId('mask-k-3')).toHaveTextContent('****');
    const mail = Array.from(body.querySelectorAll('span')).find((s) => s.textContent === '메일 kim@example.com')!;
    selectText(mail.firstChild!, 3, 18);
    fireEvent.mouseUp(body);
    fireEvent.click(await screen.findByTestId('mask-selection'));
    await waitFor(() => expect(bodies).toEqual([{ start: 21, end: 36 }]));
  });

  it('shows a mask that spans two paragraphs in both and unmasks it from either', async () => {
    const across = { id: 'k-4', start: 3, end: 6, maskedBy: 'bob', maskedAt: '2026-12-02T03:00:00Z' };
    const api = server([]);
    renderWithProviders(
      <MaskableBody ticketId="t-1" messageId="m-1" body="<p>abc**</p><p>*def</p>" bodyFormat="HTML" masks={[across]}
        canMask={false} canUnmask onChanged={() => {}} />,
      { fetchFn: api.fetchFn },
    );
    const pieces = screen.getByTestId('message-m-1').querySelectorAll('span.masked');
    expect(Array.from(pieces, (p) => p.textContent)).toEqual(['**', '*']);
    expect(screen.getAllByTestId('mask-k-4')).toHaveLength(1);
    fireEvent.click(pieces[1]!.querySelector('button')!);
    expect(screen.getByTestId('unmask-confirm')).toBeInTheDocument();
  });
});
