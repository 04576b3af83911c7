/** How often what is on screen and may change by itself (a list's first page, the open ticket) is re-read. */
export const POLL_INTERVAL_MS = 2_000;
