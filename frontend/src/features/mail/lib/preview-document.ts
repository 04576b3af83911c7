import type { ForbiddenWordHit } from '../api/types';

/** Makes the server's `<mark class="forbidden-word">` stand out inside the sandboxed frame. */
export const HIGHLIGHT_STYLE =
  '<style>mark.forbidden-word{background:#fee4e2;color:#b42318;outline:2px solid #f04438;border-radius:2px;font-weight:600;padding:0 1px}</style>';

/**
 * The frame's document: the marked HTML with the highlight style in its head (or before it when the
 * fragment has none), so a full document keeps its doctype and standards mode.
 */
export function previewDocument(markedHtml: string): string {
  const head = /<head(\s[^>]*)?>/i.exec(markedHtml);
  if (head) {
    const at = head.index + head[0].length;
    return markedHtml.slice(0, at) + HIGHLIGHT_STYLE + markedHtml.slice(at);
  }
  const html = /<html(\s[^>]*)?>/i.exec(markedHtml);
  if (html) {
    const at = html.index + html[0].length;
    return `${markedHtml.slice(0, at)}<head>${HIGHLIGHT_STYLE}</head>${markedHtml.slice(at)}`;
  }
  return HIGHLIGHT_STYLE + markedHtml;
}

export interface WordInContext {
  before: string;
  word: string;
  after: string;
}

/** A hit with a little of the plain text around it; offsets that do not fit the text give the word alone. */
export function wordInContext(text: string, hit: ForbiddenWordHit, radius = 20): WordInContext {
  const fits = hit.start >= 0 && hit.end <= text.length && hit.start < hit.end;
  if (!fits) return { before: '', word: hit.word, after: '' };
  const from = Math.max(0, hit.start - radius);
  const to = Math.min(text.length, hit.end + radius);
  const squash = (s: string) => s.replace(/\s+/g, ' ');
  return {
    before: (from > 0 ? '…' : '') + squash(text.slice(from, hit.start)),
    word: text.slice(hit.start, hit.end),
    after: squash(text.slice(hit.end, to)) + (to < text.length ? '…' : ''),
  };
}
