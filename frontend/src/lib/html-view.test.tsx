import { render } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { formattedBody, renderHtml, type TextRenderer } from './html-view';

describe('renderHtml', () => {
  it('draws paragraphs, breaks and lists as elements and adds no text between them', () => {
    const { container } = render(<div>{renderHtml('<p>김민지 고객님,</p><p>환불했습니다.<br>감사합니다.</p><ul><li>一つ目</li></ul>')}</div>);
    const root = container.firstElementChild!;
    expect(root.querySelectorAll('p')).toHaveLength(2);
    expect(root.querySelectorAll('br')).toHaveLength(1);
    expect(root.querySelector('ul li')).toHaveTextContent('一つ目');
    // the text a selection counts in is the text nodes joined, as on the server (MaskedText)
    expect(root.textContent).toBe('김민지 고객님,환불했습니다.감사합니다.一つ目');
  });

  it('tells each text node where it starts in code points', () => {
    const seen: [string, number][] = [];
    const record: TextRenderer = (text, start) => {
      seen.push([text, start]);
      return text;
    };
    renderHtml('<p>😀 전화</p><p>010-1234&amp;5678</p>', record);
    expect(seen).toEqual([['😀 전화', 0], ['010-1234&5678', 4]]);
  });

  it('never draws attributes, links, images or scripts', () => {
    const { container } = render(
      <div>
        {renderHtml('<p style="color:red" onclick="x()">a <a href="mailto:kim@example.com" title="kim">link</a>'
          + '<img src="x" alt="kim"></p><script>alert(1)</script><custom-tag>kept</custom-tag>')}
      </div>,
    );
    const root = container.firstElementChild!;
    expect(root.innerHTML).not.toMatch(/style|onclick|href|title|img|script|alert/);
    expect(root.querySelector('.link-text')).toHaveTextContent('link');
    expect(root.textContent).toBe('a linkkept');
  });

  it('keeps plain text as it is', () => {
    const { container } = render(<div>{formattedBody('line 1\nline 2 <b>', 'TEXT')}</div>);
    expect(container.firstElementChild!.innerHTML).toBe('line 1\nline 2 &lt;b&gt;');
  });
});
