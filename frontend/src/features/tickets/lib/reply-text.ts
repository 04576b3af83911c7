import { htmlToText } from '../../../lib/html-text';
import type { EditorType, RenderedTemplate } from '../api/types';

/** `/` and the letters of a template's search code, at the start of a word, right before the caret. */
const SLASH_CODE = /(?:^|\s)\/([\p{L}\p{N}_-]*)$/u;

/** The template search the text before the caret asks for (`refund` of `Hi /refund`), or null. */
export function slashQuery(beforeCaret: string): string | null {
  return SLASH_CODE.exec(beforeCaret)?.[1] ?? null;
}

export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** Plain text as HTML: paragraphs at blank lines, line breaks kept. */
export function textToHtml(text: string): string {
  return text
    .split(/\n{2,}/)
    .map((paragraph) => `<p>${escapeHtml(paragraph).replace(/\n/g, '<br>')}</p>`)
    .join('');
}

/** A template's body in the editor's format. */
export function templateBodyFor(editor: EditorType, template: RenderedTemplate): string {
  if (editor === template.format) return template.body;
  return editor === 'HTML' ? textToHtml(template.body) : htmlToText(template.body);
}

/** The reply has something to send: an HTML reply of empty paragraphs has not. */
export function hasContent(body: string, format: EditorType): boolean {
  return (format === 'HTML' ? htmlToText(body) : body).trim() !== '' || (format === 'HTML' && /<img\b/i.test(body));
}

const UNSAFE_ELEMENTS = 'script, style, iframe, object, embed, form, input, button, textarea, select, meta, link, base';

/**
 * HTML safe to put into the editor (a draft, a template): no scripts, handlers or `javascript:` links run while the
 * operator writes. The server sanitises what is sent anyway.
 */
export function editableHtml(html: string): string {
  const doc = new DOMParser().parseFromString(html, 'text/html');
  doc.body.querySelectorAll(UNSAFE_ELEMENTS).forEach((node) => node.remove());
  doc.body.querySelectorAll('*').forEach((node) => {
    for (const { name, value } of [...node.attributes]) {
      if (name.startsWith('on') || (/^(href|src|xlink:href|action)$/i.test(name) && /^\s*(javascript|data|vbscript):/i.test(value))) {
        node.removeAttribute(name);
      }
    }
  });
  return doc.body.innerHTML;
}
