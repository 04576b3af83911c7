/**
 * The reply being typed on a ticket, kept in sessionStorage (this tab only, gone when it closes) so that it
 * survives moving to another ticket or view and back; removed once it is sent.
 */
const key = (ticketId: string) => `switchboard.draft.${ticketId}`;

export function readDraft(ticketId: string): string {
  try {
    return sessionStorage.getItem(key(ticketId)) ?? '';
  } catch {
    return '';
  }
}

export function writeDraft(ticketId: string, body: string): void {
  try {
    if (body) sessionStorage.setItem(key(ticketId), body);
    else sessionStorage.removeItem(key(ticketId));
  } catch {
    // storage full or blocked: the draft lives as long as the page does
  }
}
