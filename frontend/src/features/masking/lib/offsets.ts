import type { MaskRange, MessageMask } from '../api/types';

/** Length in Unicode code points, the unit of mask offsets (an emoji is one, as on the server). */
export const codePoints = (text: string) => Array.from(text).length;

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

/** A piece of a message's text: plain, or the (already `*`) characters of a mask. */
export type Segment = { text: string; mask?: MessageMask };

/** The text cut at its masks (ordered, not overlapping), in code points. */
export function segments(text: string, masks: readonly MessageMask[]): Segment[] {
  const chars = Array.from(text);
  const out: Segment[] = [];
  let at = 0;
  for (const mask of [...masks].sort((a, b) => a.start - b.start)) {
    if (mask.start < at || mask.end > chars.length) continue;
    if (mask.start > at) out.push({ text: chars.slice(at, mask.start).join('') });
    out.push({ text: chars.slice(mask.start, mask.end).join(''), mask });
    at = mask.end;
  }
  if (at < chars.length) out.push({ text: chars.slice(at).join('') });
  return out;
}

/** Whether the range touches a mask: masked text is masked once, so the console does not offer it. */
export const overlapsMask = (range: MaskRange, masks: readonly MessageMask[]) =>
  masks.some((mask) => range.start < mask.end && mask.start < range.end);
