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

/** What a pasted reply keeps: its structure and links, as the customer's mail will show them. */
const PASTE_KEEPS = new Set(['P', 'BR', 'B', 'STRONG', 'I', 'EM', 'U', 'S', 'STRIKE', 'UL', 'OL', 'LI', 'BLOCKQUOTE', 'A', 'PRE', 'CODE', 'TABLE', 'THEAD', 'TBODY', 'TR', 'TH', 'TD', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6']);
const PASTE_DROPS = 'script, style, title, meta, link, base, iframe, object, embed, form, input, button, textarea, select, img, svg, video, audio, template';
const PASTE_LINK = /^\s*(https?|mailto|tel):/i;

/**
 * HTML pasted into the rich editor (from Word, a web page, another mail), cleaned to what a reply carries: fonts,
 * colours, classes and spans go (the server drops them anyway, so the operator would see what the customer does
 * not), other elements are unwrapped to their text, images and scripts are left out (files go as attachments), and
 * only http(s), mailto and tel links stay.
 */
export function pastedHtml(html: string): string {
  const doc = new DOMParser().parseFromString(html, 'text/html');
  doc.body.querySelectorAll(PASTE_DROPS).forEach((node) => node.remove());
  const walker = doc.createTreeWalker(doc.body, NodeFilter.SHOW_COMMENT);
  const comments: Node[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) comments.push(node);
  comments.forEach((node) => node.parentNode?.removeChild(node));
  // deepest first, so an unwrapped element's children are already clean
  [...doc.body.querySelectorAll('*')].reverse().forEach((element) => {
    if (!PASTE_KEEPS.has(element.tagName)) {
      element.replaceWith(...element.childNodes);
      return;
    }
    const href = element.tagName === 'A' ? element.getAttribute('href') : null;
    for (const { name } of [...element.attributes]) element.removeAttribute(name);
    if (href && PASTE_LINK.test(href)) element.setAttribute('href', href.trim());
  });
  return doc.body.innerHTML.trim();
}
