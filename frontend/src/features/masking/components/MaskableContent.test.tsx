import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { fakeServer, noContent } from '../../../test/fake-server';
import { jsonResponse, renderWithProviders } from '../../../test/render';
import { MaskableContent } from './MaskableContent';

const contentMask = { id: 'c-1', start: 5, end: 15, maskedBy: 'bob', maskedAt: '2026-12-03T03:00:00Z' };

describe('MaskableContent', () => {
  it('draws the ticket’s content with its masks, masks a selection of it and unmasks after confirming', async () => {
    const posted: unknown[] = [];
    const api = fakeServer((url, init) => {
      if (url.pathname === '/api/v1/tickets/t-1/content/masks' && init?.method === 'POST') {
        posted.push(JSON.parse(String(init.body)));
        return jsonResponse({ ...contentMask, id: 'c-2', start: 21, end: 24 }, 201);
      }
      if (url.pathname === '/api/v1/tickets/t-1/content/masks') return jsonResponse([contentMask]);
      if (url.pathname === '/api/v1/tickets/t-1/content/masks/c-1' && init?.method === 'DELETE') return noContent();
      return undefined;
    });
    const onChanged = vi.fn();
    renderWithProviders(
      <MaskableContent ticketId="t-1" content="call ********** or 📞 서울시" canMask canUnmask onChanged={onChanged} />,
      { fetchFn: api.fetchFn },
    );
    expect(await screen.findByTestId('mask-c-1')).toHaveTextContent('**********');

    const body = screen.getByTestId('content-body');
    const tail = [...body.querySelectorAll('span')].at(-1)!.firstChild!;
    const range = document.createRange();
    range.setStart(tail, tail.textContent!.indexOf('서'));
    range.setEnd(tail, tail.textContent!.length);
    window.getSelection()!.removeAllRanges();
    window.getSelection()!.addRange(range);
    fireEvent.mouseUp(body);
    fireEvent.click(await screen.findByTestId('mask-selection'));
    await waitFor(() => expect(onChanged).toHaveBeenCalledTimes(1));
    // the emoji before the selection counts once
    expect(posted).toEqual([{ start: 21, end: 24 }]);

    fireEvent.click(screen.getByTestId('unmask-c-1'));
    fireEvent.click(screen.getByTestId('unmask-confirm-ok'));
    await waitFor(() => expect(onChanged).toHaveBeenCalledTimes(2));
    expect(api.calls).toContain('DELETE /api/v1/tickets/t-1/content/masks/c-1');
    expect(api.calls.filter((call) => call === 'GET /api/v1/tickets/t-1/content/masks').length).toBeGreaterThan(1);
  });
});
