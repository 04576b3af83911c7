import { describe, expect, it } from 'vitest';
import { codePoints } from '../../../lib/code-points';
import { overlapsMask, segments, selectionRange } from './offsets';

function select(node: Node, start: number, endNode: Node, end: number) {
  const range = document.createRange();
  range.setStart(node, start);
  range.setEnd(endNode, end);
  const selection = window.getSelection()!;
  selection.removeAllRanges();
  selection.addRange(range);
  return selection;
}

describe('mask offsets', () => {
  it('counts a selection in Korean text in code points across elements', () => {
    const container = document.createElement('div');
    container.innerHTML = '<span>전화 </span><span>010-1234-5678</span><span> 입니다</span>';
    document.body.appendChild(container);
    const number = container.childNodes[1]!.firstChild!;
    expect(selectionRange(container, select(number, 0, number, 13))).toEqual({ start: 3, end: 16 });
    container.remove();
  });

  it('counts an emoji as one character, as the server does', () => {
    const container = document.createElement('div');
    container.textContent = '😀 090-1111';
    document.body.appendChild(container);
    const text = container.firstChild!;
    // UTF-16 offsets 3..11 are code points 2..10
    expect(selectionRange(container, select(text, 3, text, 11))).toEqual({ start: 2, end: 10 });
    expect(codePoints('😀😀')).toBe(2);
    container.remove();
  });

  it('ignores selections outside the message and empty ones', () => {
    const container = document.createElement('div');
    container.textContent = 'inside';
    const outside = document.createElement('p');
    outside.textContent = 'outside';
    document.body.append(container, outside);
    expect(selectionRange(container, select(outside.firstChild!, 0, outside.firstChild!, 3))).toBeNull();
    expect(selectionRange(container, select(container.firstChild!, 2, container.firstChild!, 2))).toBeNull();
    container.remove();
    outside.remove();
  });

  it('cuts the text at its masks and tells overlaps', () => {
    const mask = { id: 'm1', start: 3, end: 5, maskedBy: 'bob', maskedAt: '2026-01-01T00:00:00Z' };
    expect(segments('전화 **요', [mask])).toEqual([{ text: '전화 ' }, { text: '**', mask, first: true }, { text: '요' }]);
    // a mask over two paragraphs: the second text node starts at 4 and holds its last character
    expect(segments('*요', [mask], 4)).toEqual([{ text: '*', mask, first: false }, { text: '요' }]);
    expect(segments('뒤', [mask], 7)).toEqual([{ text: '뒤' }]);
    expect(overlapsMask({ start: 4, end: 6 }, [mask])).toBe(true);
    expect(overlapsMask({ start: 5, end: 6 }, [mask])).toBe(false);
  });
});
