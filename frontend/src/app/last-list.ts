/**
 * The list (view or search, with its filters) the user last looked at in this tab, so that a ticket opened on
 * its own page, or a new ticket, leads back there.
 */
const KEY = 'switchboard.lastList';
export const HOME = '/views/my-in-progress';

export function rememberList(path: string): void {
  try {
    sessionStorage.setItem(KEY, path);
  } catch {
    // not remembered: back goes to the home view
  }
}

export function lastList(): string {
  try {
    const path = sessionStorage.getItem(KEY);
    return path?.startsWith('/') ? path : HOME;
  } catch {
    return HOME;
  }
}
