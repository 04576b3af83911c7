/** The body with `text` put where the cursor was (or replacing the selection); the cursor ends after it. */
export function insertAt(body: string, text: string, start: number, end: number): { body: string; cursor: number } {
  return { body: body.slice(0, start) + text + body.slice(end), cursor: start + text.length };
}

/**
 * Puts `text` into a controlled textarea at its cursor (over its selection; at the end when there is no textarea),
 * hands the new value to `set`, then focuses the textarea with the cursor after the text.
 */
export function insertIntoTextarea(area: HTMLTextAreaElement | null, value: string, text: string, set: (next: string) => void) {
  const inserted = insertAt(value, text, area?.selectionStart ?? value.length, area?.selectionEnd ?? value.length);
  set(inserted.body);
  requestAnimationFrame(() => {
    area?.focus();
    area?.setSelectionRange(inserted.cursor, inserted.cursor);
  });
}
