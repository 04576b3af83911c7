import { describe, expect, it } from 'vitest';
import { findForbiddenWords } from '../../../lib/forbidden-words';
import { hasContent, slashQuery, templateBodyFor } from './reply-text';

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
});
