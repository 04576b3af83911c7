import { describe, expect, it } from 'vitest';
import { textToHtml } from '../features/tickets/lib/reply-text';
import { htmlToText } from './html-text';

describe('htmlToText', () => {
  it('keeps paragraphs a blank line apart and line breaks as breaks', () => {
    expect(htmlToText('<p>김민지 고객님,</p><p>환불했습니다.<br>감사합니다.</p>')).toBe('김민지 고객님,\n\n환불했습니다.\n감사합니다.');
    expect(htmlToText('<ul><li>一つ目</li><li>二つ目</li></ul><div>end</div>')).toBe('一つ目\n二つ目\n\nend');
  });

  it('reads back what textToHtml wrote', () => {
    const text = 'Dear Kim,\n\nYour refund <of 5,000원> is on its way.\nRegards';
    expect(htmlToText(textToHtml(text))).toBe(text);
  });

  it('shows markup as text and leaves out scripts and styles', () => {
    expect(htmlToText('<style>p{color:red}</style><p>&lt;b&gt;bold&lt;/b&gt; <b>x</b></p><script>alert(1)</script>')).toBe('<b>bold</b> x');
    expect(htmlToText('')).toBe('');
  });
});
