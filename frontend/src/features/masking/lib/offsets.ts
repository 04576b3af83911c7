import { codePoints } from '../../../lib/code-points';
import type { MaskRange, MessageMask } from '../api/types';

/**
 * The selection inside `container` as code-point offsets of the container's text, or null when nothing of it is
 * selected. Text before a boundary is read with a Range, so boundaries in text nodes and between elements count alike.
 */
export function selectionRange(container: Node, selection: Selection | null): MaskRange | null {
  if (!selection || selection.rangeCount === 0 || selection.isCollapsed) return null;
  const range = selection.getRangeAt(0);
  if (!container.contains(range.startContainer) || !container.contains(range.endContainer)) return null;
  const offsetOf = (node: Node, offset: number) => {
    const before = document.createRange();
    before.setStart(container, 0);
    before.setEnd(node, offset);
    return codePoints(before.toString());
  };
  const start = offsetOf(range.startContainer, range.startOffset);
  const end = offsetOf(range.endContainer, range.endOffset);
  return end > start ? { start, end } : null;
}

/**
 * A piece of a message's text: plain, or (already `*`) characters of a mask; `first` marks the piece where the mask
 * starts (a mask over several paragraphs is cut into one piece per text node).
 */
export type Segment = { text: string; mask?: MessageMask; first?: boolean };

/**
 * A piece of text that starts `start` code points into the message's text, cut at the masks (ordered, not
 * overlapping) that fall in it.
 */
export function segments(text: string, masks: readonly MessageMask[], start = 0): Segment[] {
  const chars = Array.from(text);
  const end = start + chars.length;
  const out: Segment[] = [];
  let at = start;
  for (const mask of [...masks].sort((a, b) => a.start - b.start)) {
    const from = Math.max(mask.start, at);
    const to = Math.min(mask.end, end);
    if (from >= to) continue;
    if (from > at) out.push({ text: chars.slice(at - start, from - start).join('') });
    out.push({ text: chars.slice(from - start, to - start).join(''), mask, first: from === mask.start });
    at = to;
  }
  if (at < end) out.push({ text: chars.slice(at - start).join('') });
  return out;
}

/** Whether the range touches a mask: masked text is masked once, so the console does not offer it. */
export const overlapsMask = (range: MaskRange, masks: readonly MessageMask[]) =>
  masks.some((mask) => range.start < mask.end && mask.start < range.end);
