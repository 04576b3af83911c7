import { act, fireEvent, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { renderWithProviders } from '../../../../test/render';
import type { TemplateSource } from '../../api/types';
import { TicketActions } from '../TicketActions';
import { editorServer } from '../test-editor-server';
import { testTicket } from '../test-ticket';

const TEMPLATES = [
  { id: 'tpl-1', code: 'refund', title: 'Refund accepted' },
  { id: 'tpl-2', code: 'refund-late', title: 'Refund delayed' },
  { id: 'tpl-3', code: 'thanks', title: 'Thank you' },
];

/** Templates as the templates feature would answer them: by code prefix or title, rendered in `format`. */
function fakeTemplates(format: 'HTML' | 'TEXT' = 'TEXT'): TemplateSource & { searched: string[] } {
  const searched: string[] = [];
  return {
    searched,
    search: vi.fn(async (q: string) => {
      searched.push(q);
      return TEMPLATES.filter((t) => t.code.startsWith(q) || t.title.toLowerCase().includes(q.toLowerCase()));
    }),
    render: vi.fn(async (id: string) =>
      format === 'HTML'
        ? { body: `<p><b>${id}</b> body</p>`, format }
        : { body: `${id} body`, format },
    ),
  };
}

const renderEditor = (editorType: 'HTML' | 'TEXT', templates?: TemplateSource) => {
  const server = editorServer({ editorType });
  renderWithProviders(<TicketActions ticket={testTicket()} templates={templates} />, server);
  return server;
};

const richEditor = async () => {
  await waitFor(() => expect(screen.getByTestId('reply-editor')).toHaveAttribute('data-format', 'HTML'));
  return screen.getByTestId('reply-editor');
};

describe('the reply editor', () => {
  it('is plain text for a TEXT service and sends TEXT', async () => {
    const server = renderEditor('TEXT');
    await waitFor(() => expect(server.calls).toContain('GET /api/v1/services/CS'));
    const editor = screen.getByTestId('reply-editor');
    expect(editor.tagName).toBe('TEXTAREA');
    expect(screen.queryByRole('toolbar')).not.toBeInTheDocument();
    await userEvent.type(editor, 'Refunded.');
    await userEvent.click(screen.getByTestId('action-comment'));
    await waitFor(() => expect(server.posts()[0]?.body).toEqual({ body: 'Refunded.', format: 'TEXT' }));
  });

  it('is rich text with formatting for an HTML service and sends HTML', async () => {
    const server = renderEditor('HTML');
    const editor = await richEditor();
    expect(editor).toHaveAttribute('contenteditable', 'true');
    expect(editor).toHaveAttribute('id', 'ticket-reply');
    expect(screen.getByLabelText('Reply or comment')).toBe(editor);
    for (const name of ['Bold', 'Italic', 'Bulleted list', 'Numbered list', 'Quote', 'Link', 'Clear formatting']) {
      expect(screen.getByRole('button', { name })).toBeInTheDocument();
    }
    await userEvent.type(editor, 'Refunded.');
    await userEvent.click(screen.getByTestId('action-resolve'));
    await waitFor(() => expect(server.posts()[0]?.body).toEqual({ body: 'Refunded.', format: 'HTML' }));
  });

  it('applies a format to the selection with the toolbar', async () => {
    renderEditor('HTML');
    await richEditor();
    const execCommand = vi.fn(() => true);
    document.execCommand = execCommand;
    await userEvent.click(screen.getByRole('button', { name: 'Bold' }));
    await userEvent.click(screen.getByRole('button', { name: 'Quote' }));
    expect(execCommand).toHaveBeenCalledWith('bold', false, undefined);
    expect(execCommand).toHaveBeenCalledWith('formatBlock', false, 'blockquote');
  });

  it('continues a plain draft as rich text once the service turns out to write HTML', async () => {
    sessionStorage.setItem('switchboard.draft.t-1', 'Line one\nline two');
    renderEditor('HTML');
    const editor = await richEditor();
    await waitFor(() => expect(editor.innerHTML).toBe('<p>Line one<br>line two</p>'));
    expect(sessionStorage.getItem('switchboard.draft.t-1')).toBe('<p>Line one<br>line two</p>');
  });

  it('keeps a rich draft per ticket and removes scripts from it', async () => {
    sessionStorage.setItem('switchboard.draft.t-1', '<p>Hi <b>Kim</b><img src="x" onerror="alert(1)"></p><script>alert(2)</script>');
    renderEditor('HTML');
    const editor = await richEditor();
    await waitFor(() => expect(editor.innerHTML).toBe('<p>Hi <b>Kim</b><img src="x"></p>'));
    expect(screen.getByTestId('draft-kept')).toBeInTheDocument();
  });
});

describe('pasting into the rich editor', () => {
  it('keeps the structure and links of pasted HTML, not its fonts, colours and scripts', async () => {
    renderEditor('HTML');
    const editor = await richEditor();
    editor.focus();
    const html = '<p style="color:red" class="MsoNormal"><span style="font-size:20pt">환불 <b>완료</b></span></p><script>alert(1)</script>';
    fireEvent.paste(editor, { clipboardData: { getData: (type: string) => (type === 'text/html' ? html : '환불 완료') } });
    await waitFor(() => expect(editor.innerHTML).toBe('<p>환불 <b>완료</b></p>'));
  });

  it('pastes plain text as text, its lines as paragraphs', async () => {
    renderEditor('HTML');
    const editor = await richEditor();
    editor.focus();
    fireEvent.paste(editor, { clipboardData: { getData: (type: string) => (type === 'text/plain' ? 'a <b>\n\nline two' : '') } });
    await waitFor(() => expect(editor.innerHTML).toBe('<p>a &lt;b&gt;</p><p>line two</p>'));
  });
});

describe('templates by search code', () => {
  it('opens the matching templates on / at a word start, moves with the arrows and inserts with Enter', async () => {
    const templates = fakeTemplates();
    renderEditor('TEXT', templates);
    const editor = screen.getByTestId('reply-editor');
    await userEvent.type(editor, 'Hello /ref');
    const menu = await screen.findByTestId('template-menu');
    await waitFor(() => expect(templates.searched).toEqual(['ref'])); // once typing paused, not per letter
    await waitFor(() => expect(screen.getByTestId('template-option-refund-late')).toBeInTheDocument());
    expect(menu).not.toHaveTextContent('Thank you');
    expect(screen.getByTestId('template-option-refund')).toHaveAttribute('aria-selected', 'true');
    await userEvent.keyboard('{ArrowDown}');
    expect(screen.getByTestId('template-option-refund-late')).toHaveAttribute('aria-selected', 'true');
    await userEvent.keyboard('{Enter}');
    await waitFor(() => expect(editor).toHaveValue('Hello tpl-2 body'));
    expect(screen.queryByTestId('template-menu')).not.toBeInTheDocument();
  });

  it('does not open in the middle of a word, and Esc closes it', async () => {
    renderEditor('TEXT', fakeTemplates());
    const editor = screen.getByTestId('reply-editor');
    await userEvent.type(editor, 'and/or');
    expect(screen.queryByTestId('template-menu')).not.toBeInTheDocument();
    await userEvent.type(editor, ' /th');
    expect(await screen.findByTestId('template-menu')).toBeInTheDocument();
    await userEvent.keyboard('{Escape}');
    expect(screen.queryByTestId('template-menu')).not.toBeInTheDocument();
    expect(editor).toHaveValue('and/or /th');
  });

  it('inserts an HTML template into the rich editor in place of the /code', async () => {
    renderEditor('HTML', fakeTemplates('HTML'));
    const editor = await richEditor();
    await userEvent.type(editor, 'Dear Kim /than');
    await waitFor(() => expect(screen.getByTestId('template-option-thanks')).toBeInTheDocument());
    await userEvent.keyboard('{Enter}');
    await waitFor(() => expect(editor.innerHTML).toBe('Dear Kim <p><b>tpl-3</b> body</p>'));
  });

  it('turns a template into the editor format: HTML as text in a plain editor', async () => {
    renderEditor('TEXT', fakeTemplates('HTML'));
    const editor = screen.getByTestId('reply-editor');
    await userEvent.type(editor, '/thanks');
    await waitFor(() => expect(screen.getByTestId('template-option-thanks')).toBeInTheDocument());
    await userEvent.click(screen.getByTestId('template-option-thanks'));
    await waitFor(() => expect(editor).toHaveValue('tpl-3 body'));
  });

  it('never opens while an IME composes, only once the word is confirmed', async () => {
    const templates = fakeTemplates();
    const server = renderEditor('TEXT', templates);
    const editor = screen.getByTestId('reply-editor');
    fireEvent.compositionStart(editor);
    fireEvent.input(editor, { target: { value: '/ㅎ' }, isComposing: true });
    fireEvent.input(editor, { target: { value: '/환' }, isComposing: true });
    // the IME's Enter confirms the word: no template, no comment
    fireEvent.keyDown(editor, { key: 'Enter', ctrlKey: true, isComposing: true });
    await act(async () => {});
    expect(screen.queryByTestId('template-menu')).not.toBeInTheDocument();
    expect(templates.searched).toEqual([]);
    expect(server.posts()).toEqual([]);
    fireEvent.compositionEnd(editor);
    expect(await screen.findByTestId('template-menu')).toBeInTheDocument();
    await waitFor(() => expect(templates.searched).toEqual(['환']));
  });

  it('says so when a chosen template cannot be filled in, and leaves the reply as it was', async () => {
    const templates = { ...fakeTemplates(), render: vi.fn(async () => Promise.reject(new Error('503'))) };
    renderEditor('TEXT', templates);
    const editor = screen.getByTestId('reply-editor');
    await userEvent.type(editor, 'Hi /thanks');
    await waitFor(() => expect(screen.getByTestId('template-option-thanks')).toBeInTheDocument());
    await userEvent.keyboard('{Enter}');
    expect(await screen.findByTestId('template-failed')).toHaveTextContent('The template could not be filled in');
    expect(editor).toHaveValue('Hi /thanks');
  });

  it('lists the templates from the Templates button, searchable, and inserts at the caret', async () => {
    const templates = fakeTemplates();
    renderEditor('TEXT', templates);
    const editor = screen.getByTestId('reply-editor');
    await userEvent.type(editor, 'Hi. ');
    await userEvent.click(screen.getByTestId('template-button'));
    await userEvent.type(screen.getByTestId('template-search'), 'thank');
    await waitFor(() => expect(screen.getByTestId('template-option-thanks')).toBeInTheDocument());
    expect(screen.queryByTestId('template-option-refund')).not.toBeInTheDocument();
    await userEvent.keyboard('{Enter}');
    await waitFor(() => expect(editor).toHaveValue('Hi. tpl-3 body'));
    expect(screen.queryByTestId('template-search')).not.toBeInTheDocument();
  });
});
