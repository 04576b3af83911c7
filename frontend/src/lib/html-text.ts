// blocks that textToHtml writes as paragraphs are a blank line apart; other blocks and <br> end a line
const PARAGRAPHS = new Set(['P', 'BLOCKQUOTE', 'PRE', 'UL', 'OL', 'TABLE', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6']);
const LINES = new Set(['DIV', 'LI', 'TR', 'SECTION', 'ARTICLE', 'HEADER', 'FOOTER']);
const HIDDEN = new Set(['SCRIPT', 'STYLE', 'TEMPLATE']);

/**
 * The text of an HTML body: the console shows HTML from the API as its text, never as markup. Paragraphs stay a
 * blank line apart and line breaks stay breaks, so a `white-space: pre-wrap` box reads as the HTML did.
 */
export function htmlToText(html: string): string {
  let text = '';
  const walk = (node: Node) => {
    if (node.nodeType === Node.TEXT_NODE) {
      text += node.textContent ?? '';
      return;
    }
    if (!(node instanceof Element) || HIDDEN.has(node.tagName)) return;
    if (node.tagName === 'BR') {
      text += '\n';
      return;
    }
    const after = PARAGRAPHS.has(node.tagName) ? '\n\n' : LINES.has(node.tagName) ? '\n' : '';
    if (after && text !== '' && !text.endsWith('\n')) text += '\n';
    node.childNodes.forEach(walk);
    text += after;
  };
  new DOMParser().parseFromString(html, 'text/html').body.childNodes.forEach(walk);
  return text.replace(/\n{3,}/g, '\n\n').trim();
}
