import { TICKET_SORTS, TICKET_VIEWS, type TicketQuery, type TicketSort, type TicketView } from '../api/types';

export const isTicketView = (value: unknown): value is TicketView =>
  typeof value === 'string' && (TICKET_VIEWS as readonly string[]).includes(value);

export const isTicketSort = (value: unknown): value is TicketSort =>
  typeof value === 'string' && (TICKET_SORTS as readonly string[]).includes(value);

/** Criteria that may be given more than once (`status=A&status=B`). */
const REPEATABLE = new Set(['priority', 'status', 'channel']);

/** The list query in a URL's search part (a list parameter repeats), so a view or a search can be linked and returned to. */
export function toSearchParams(query: TicketQuery): URLSearchParams {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    for (const one of Array.isArray(value) ? value : [value]) if (one !== '') params.append(key, one);
  }
  return params;
}

/** The reverse of {@link toSearchParams}. */
export function fromSearchParams(params: URLSearchParams): TicketQuery {
  const query: TicketQuery = {};
  for (const key of new Set(params.keys())) {
    const values = params.getAll(key).filter((v) => v !== '');
    if (values.length === 0) continue;
    query[key] = REPEATABLE.has(key) ? values : values[0]!;
  }
  return query;
}

/** One order of keys and values, so equal queries share one cache entry. */
export function canonical(query: TicketQuery): [string, string | string[]][] {
  return Object.entries(query)
    .map(([key, value]): [string, string | string[]] => [key, Array.isArray(value) ? [...value].sort() : value])
    .sort(([a], [b]) => a.localeCompare(b));
}

/** The sort a query asks for (the server's default is `created`). */
export function sortOf(query: TicketQuery): TicketSort {
  return isTicketSort(query.sort) ? query.sort : 'created';
}

/** A menu view with the ☆ filter and sort of the workspace's URL (`?starred=true&sort=updated`). */
export function viewQuery(view: TicketView, params: URLSearchParams): TicketQuery {
  const query: TicketQuery = { view };
  if (params.get('starred') === 'true') query.starred = 'true';
  const sort = params.get('sort');
  if (isTicketSort(sort) && sort !== 'created') query.sort = sort;
  return query;
}
