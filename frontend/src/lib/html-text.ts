/** The text of an HTML body: the console shows HTML from the API as its text, never as markup. */
export function htmlToText(html: string): string {
  return new DOMParser().parseFromString(html, 'text/html').body.textContent ?? '';
}
