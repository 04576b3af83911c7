import { describe, expect, it } from 'vitest';
import { HIGHLIGHT_STYLE, previewDocument, wordInContext } from './preview-document';

describe('previewDocument', () => {
  it('puts the highlight style into the head, keeping the doctype first', () => {
    expect(previewDocument('<!doctype html><html lang="ko"><HEAD><meta charset="utf-8"></HEAD><body>x</body></html>')).toBe(
      `<!doctype html><html lang="ko"><HEAD>${HIGHLIGHT_STYLE}<meta charset="utf-8"></HEAD><body>x</body></html>`,
    );
  });

  it('adds a head to a document without one, and prefixes a fragment', () => {
    expect(previewDocument('<html><body>x</body></html>')).toBe(`<html><head>${HIGHLIGHT_STYLE}</head><body>x</body></html>`);
    expect(previewDocument('<p>x</p>')).toBe(`${HIGHLIGHT_STYLE}<p>x</p>`);
  });

  it('is not fooled by an element whose name starts with head', () => {
    expect(previewDocument('<header>x</header>')).toBe(`${HIGHLIGHT_STYLE}<header>x</header>`);
  });
});

describe('wordInContext', () => {
  it('shows the word with some text around it', () => {
    const text = 'Dear customer, you are a baka and we are sorry about that delay.';
    const start = text.indexOf('baka');
    expect(wordInContext(text, { word: 'baka', start, end: start + 4 }, 10)).toEqual({
      before: '…you are a ',
      word: 'baka',
      after: ' and we ar…',
    });
  });

  it('gives the word alone when the offsets do not fit the text', () => {
    expect(wordInContext('short', { word: 'baka', start: 10, end: 14 })).toEqual({ before: '', word: 'baka', after: '' });
  });
});
