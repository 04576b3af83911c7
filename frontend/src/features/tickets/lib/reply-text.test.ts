import { describe, expect, it } from 'vitest';
import { findForbiddenWords } from '../../../lib/forbidden-words';
import { hasContent, pastedHtml, slashQuery, templateBodyFor } from './reply-text';

describe('reply text', () => {
  it('reads a template search code only at a word start before the caret', () => {
    expect(slashQuery('/')).toBe('');
    expect(slashQuery('Hi /환불')).toBe('환불');
    expect(slashQuery('line\n/ref-2')).toBe('ref-2');
    expect(slashQuery('and/or')).toBeNull();
    expect(slashQuery('/ref done')).toBeNull();
  });

  it('turns a template into the editor format', () => {
    expect(templateBodyFor('HTML', { body: 'a < b\n\nnext', format: 'TEXT' })).toBe('<p>a &lt; b</p><p>next</p>');
    expect(templateBodyFor('TEXT', { body: '<p>Hi <b>Kim</b></p>', format: 'HTML' })).toBe('Hi Kim');
    expect(templateBodyFor('HTML', { body: '<p>x</p>', format: 'HTML' })).toBe('<p>x</p>');
  });

  it('sees no content in empty paragraphs', () => {
    expect(hasContent('<p><br></p>', 'HTML')).toBe(false);
    expect(hasContent('<p><img src="x"></p>', 'HTML')).toBe(true);
    expect(hasContent('  ', 'TEXT')).toBe(false);
  });

  it('finds forbidden words as the server compares them', () => {
    const words = ['바보', 'Baka'];
    expect(findForbiddenWords('ｂａｋａ!', 'TEXT', words)).toEqual(['Baka']);
    expect(findForbiddenWords('ba\u00ADka 바\u200B보', 'TEXT', words)).toEqual(['바보', 'Baka']);
    expect(findForbiddenWords('<p>&#98;aka</p>', 'HTML', words)).toEqual(['Baka']);
    expect(findForbiddenWords('<p>&#98;aka</p>', 'TEXT', words)).toEqual([]);
  });

  it('cleans pasted HTML to the structure and links a reply carries', () => {
    const word = `<!--StartFragment--><div class="WordSection1"><p class="MsoNormal" style="color:red"><span style="font-family:Malgun Gothic">환불은 <b>3일</b> 안에</span><o:p></o:p></p>
      <ul><li style="margin:0">첫째</li></ul><a href="https://help.example.com/refund" style="color:blue" onclick="x()">안내</a>
      <a href="javascript:alert(1)">나쁜 링크</a><img src="data:image/png;base64,AAAA"><script>alert(2)</script><style>p{}</style></div>`;
    const cleaned = pastedHtml(word);
    expect(cleaned).toContain('<p>환불은 <b>3일</b> 안에</p>');
    expect(cleaned).toContain('<ul><li>첫째</li></ul>');
    expect(cleaned).toContain('<a href="https://help.example.com/refund">안내</a>');
    expect(cleaned).toContain('<a>나쁜 링크</a>');
    expect(cleaned).not.toMatch(/style|class|onclick|<img|<script|<span|<div|StartFragment|javascript/);
  });
});
