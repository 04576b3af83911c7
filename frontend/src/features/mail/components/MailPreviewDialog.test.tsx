import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { jsonResponse, problemResponse, renderWithProviders } from '../../../test/render';
import type { MailPreview, MailType } from '../api/types';
import { MailPreviewButton } from './MailPreviewButton';

const preview = (overrides: Partial<MailPreview> = {}): MailPreview => ({
  from: 'CS 고객센터 <cs@switchboard.local>',
  to: 'kim.minji@example.com',
  subject: '[CS-12] 결제 문의',
  html: '<!DOCTYPE html><html><head><title>x</title></head><body><p>김민지님, 안녕하세요.</p><p>no baka here</p></body></html>',
  text: '김민지님, 안녕하세요.\n\nno baka here',
  markedHtml:
    '<!DOCTYPE html><html><head><title>x</title></head><body><p>김민지님, 안녕하세요.</p><p>no <mark class="forbidden-word">baka</mark> here</p></body></html>',
  forbiddenWords: [{ word: 'baka', start: 17, end: 21 }],
  ...overrides,
});

function setup(
  fetchFn: ReturnType<typeof vi.fn>,
  { body = 'no baka here', types = ['RESOLVE', 'HOLD'] as MailType[] }: { body?: string; types?: MailType[] } = {},
) {
  renderWithProviders(<MailPreviewButton ticketId="t-12" body={body} types={[...types]} />, {
    fetchFn: fetchFn as unknown as typeof fetch,
  });
  return screen.getByRole('button', { name: 'Preview mail' });
}

describe('MailPreviewButton and MailPreviewDialog', () => {
  it('renders the reply as typed: envelope, sandboxed HTML with the marks, and the forbidden words', async () => {
    const fetchFn = vi.fn(async () => jsonResponse(preview()));
    await userEvent.click(setup(fetchFn));

    const dialog = await screen.findByRole('dialog', { name: 'Mail preview' });
    expect(await within(dialog).findByTestId('preview-from')).toHaveTextContent('CS 고객센터 <cs@switchboard.local>');
    expect(within(dialog).getByTestId('preview-to')).toHaveTextContent('kim.minji@example.com');
    expect(within(dialog).getByTestId('preview-subject')).toHaveTextContent('[CS-12] 결제 문의');

    const [url, init] = fetchFn.mock.calls[0]! as unknown as [string, RequestInit];
    expect(url).toBe('/api/v1/notifications/mail-previews');
    expect(init.method).toBe('POST');
    expect(JSON.parse(String(init.body))).toEqual({ ticketId: 't-12', type: 'RESOLVE', body: 'no baka here', bodyFormat: 'TEXT' });

    const frame = within(dialog).getByTestId('preview-html');
    expect(frame.tagName).toBe('IFRAME');
    expect(frame).toHaveAttribute('sandbox', '');
    const srcdoc = frame.getAttribute('srcdoc')!;
    expect(srcdoc).toMatch(/^<!DOCTYPE html><html><head><style>mark\.forbidden-word\{[^}]*color:#b42318/);
    expect(srcdoc).toContain('<mark class="forbidden-word">baka</mark>');

    const words = within(dialog).getAllByTestId('forbidden-word');
    expect(words).toHaveLength(1);
    expect(words[0]).toHaveTextContent('baka');
    expect(words[0]).toHaveTextContent('no baka here');
    expect(within(dialog).getByText(/1 forbidden word\(s\) found/)).toBeInTheDocument();
  });

  it('shows the plain-text part in its own tab, reachable with the arrow keys', async () => {
    const fetchFn = vi.fn(async () => jsonResponse(preview()));
    await userEvent.click(setup(fetchFn));
    const htmlTab = await screen.findByRole('tab', { name: 'HTML' });
    expect(htmlTab).toHaveAttribute('aria-selected', 'true');
    expect(screen.getByTestId('preview-text').closest('[role=tabpanel]')).not.toBeVisible();

    htmlTab.focus();
    await userEvent.keyboard('{ArrowRight}');
    const textTab = screen.getByRole('tab', { name: 'Plain text' });
    expect(textTab).toHaveFocus();
    expect(textTab).toHaveAttribute('aria-selected', 'true');
    expect(screen.getByTestId('preview-text')).toBeVisible();
    expect(screen.getByTestId('preview-text').textContent).toBe('김민지님, 안녕하세요.\n\nno baka here');
    expect(screen.getByTestId('preview-html').closest('[role=tabpanel]')).not.toBeVisible();
  });

  it('says so when there are no forbidden words', async () => {
    const fetchFn = vi.fn(async () => jsonResponse(preview({ forbiddenWords: [], markedHtml: '<p>fine</p>' })));
    await userEvent.click(setup(fetchFn, { body: 'fine' }));
    expect(await screen.findByText('No forbidden words.')).toBeInTheDocument();
    expect(screen.queryAllByTestId('forbidden-word')).toHaveLength(0);
    expect(screen.getByTestId('preview-html').getAttribute('srcdoc')).toMatch(/^<style>.*<\/style><p>fine<\/p>$/);
  });

  it('renders the interim reply when the hold type is chosen', async () => {
    const fetchFn = vi.fn(async () => jsonResponse(preview()));
    await userEvent.click(setup(fetchFn));
    await screen.findByTestId('preview-subject');
    await userEvent.click(screen.getByRole('radio', { name: 'Interim reply (hold)' }));
    await waitFor(() => expect(fetchFn).toHaveBeenCalledTimes(2));
    const init = (fetchFn.mock.calls[1] as unknown as [string, RequestInit])[1];
    expect(JSON.parse(String(init.body)).type).toBe('HOLD');
  });

  it("shows the server's problem, and closes with Esc giving focus back to the button", async () => {
    const fetchFn = vi.fn(async () =>
      problemResponse({ status: 404, title: 'Not Found', detail: 'Ticket t-12 does not exist.' }),
    );
    const button = setup(fetchFn);
    await userEvent.click(button);
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('The preview could not be made.');
    expect(alert).toHaveTextContent('Ticket t-12 does not exist.');

    await userEvent.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(button).toHaveFocus();
  });

  it('asks for a reply first and offers only the type the ticket allows', async () => {
    const fetchFn = vi.fn(async () => jsonResponse(preview()));
    const button = setup(fetchFn, { body: '  ', types: ['HOLD'] });
    await userEvent.click(button);
    expect(screen.getByText('Write a reply first to preview it.')).toBeInTheDocument();
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(fetchFn).not.toHaveBeenCalled();
  });
});
