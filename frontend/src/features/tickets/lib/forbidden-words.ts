import { htmlToText } from '../../../lib/html-text';

// soft hyphen, zero-width space/joiners, word joiner and BOM: invisible, so a customer reads the word without them
const INVISIBLE = /[\u00AD\u200B-\u200D\u2060\uFEFF]/g;

/** Compares as the server does: letter case, full-width/half-width forms and invisible characters ignored. */
const normalise = (text: string) => text.normalize('NFKC').replace(INVISIBLE, '').toLowerCase();

/**
 * The forbidden words a reply contains, in the order of the list; an HTML reply is read as its text (markup,
 * entities) as the customer will read it.
 */
export function findForbiddenWords(body: string, format: 'HTML' | 'TEXT', words: readonly string[]): string[] {
  const text = normalise(format === 'HTML' ? htmlToText(body) : body);
  return words.filter((word) => {
    const needle = normalise(word);
    return needle !== '' && text.includes(needle);
  });
}
