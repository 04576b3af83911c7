import { createElement, type ReactNode } from 'react';
import { codePoints } from './code-points';

/** Elements drawn as themselves; any other element is drawn as its children, so no text is lost. */
const DRAWN = new Set([
  'p', 'div', 'br', 'hr', 'ul', 'ol', 'li', 'blockquote', 'pre', 'code', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6',
  'table', 'thead', 'tbody', 'tfoot', 'tr', 'td', 'th', 'strong', 'b', 'em', 'i', 'u', 's', 'sub', 'sup', 'small',
  'span',
]);
// their text is no text node of the body's text (jsoup, which counts mask offsets on the server, sees data nodes)
const HIDDEN = new Set(['script', 'style', 'template', 'noscript']);

/**
 * Draws a piece of text that starts `start` code points into the body's text; `key` is unique within the body.
 * Masking draws its masks here; plain display draws the text.
 */
export type TextRenderer = (text: string, start: number, key: string) => ReactNode;

const plainText: TextRenderer = (text) => text;

/**
 * An HTML body as elements: paragraphs, line breaks, lists, quotes and tables as the sender wrote them, but never
 * its attributes (no links, styles, images or handlers: an address or title may hold what masking hid). Its text
 * nodes are drawn in document order by `renderText`, each told where it starts in the body's text content, and no
 * text is added between them, so a selection in the drawn body counts the same offsets as the server.
 */
export function renderHtml(html: string, renderText: TextRenderer = plainText): ReactNode[] {
  let at = 0;
  let keys = 0;
  const walk = (node: Node): ReactNode => {
    const key = String(keys++);
    if (node.nodeType === Node.TEXT_NODE) {
      const text = node.textContent ?? '';
      const drawn = renderText(text, at, key);
      at += codePoints(text);
      return drawn;
    }
    if (!(node instanceof Element)) return null;
    const tag = node.tagName.toLowerCase();
    if (HIDDEN.has(tag)) return null;
    const children = Array.from(node.childNodes, walk);
    if (tag === 'br' || tag === 'hr') return createElement(tag, { key });
    if (tag === 'a') return createElement('span', { key, className: 'link-text' }, ...children);
    return DRAWN.has(tag) ? createElement(tag, { key }, ...children) : createElement('span', { key }, ...children);
  };
  return Array.from(new DOMParser().parseFromString(html, 'text/html').body.childNodes, walk);
}

/**
 * A message body in its format: HTML as elements (`renderHtml`), plain text as it is. Shown in a box of
 * `bodyClass(format)`: plain text keeps its line breaks there, HTML's own blocks break it.
 */
export function formattedBody(body: string, format: string, renderText: TextRenderer = plainText): ReactNode[] {
  return format === 'HTML' ? renderHtml(body, renderText) : [renderText(body, 0, '0')];
}

export const bodyClass = (format: string) => (format === 'HTML' ? 'message-body html-body' : 'message-body');
