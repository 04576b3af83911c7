import type { ReactNode } from 'react';
import { ErrorMessage } from '../../../components/ErrorMessage';
import { useI18n } from '../../../i18n';

/** What both admin lists read of their cursor-paged query. */
interface PagedQuery<T> {
  data?: { pages: { items: T[] }[] };
  isPending: boolean;
  isError: boolean;
  isSuccess: boolean;
  error: unknown;
  hasNextPage: boolean;
  isFetchingNextPage: boolean;
  fetchNextPage: () => Promise<unknown>;
}

/**
 * A cursor-paged list: loading, failure and empty states, the rows (rendered by the caller as its table) and
 * a "load more" button while pages remain.
 */
export function PagedList<T>({ query, empty, loadFailed, children }: {
  query: PagedQuery<T>;
  empty: string;
  loadFailed: string;
  children: (rows: T[]) => ReactNode;
}) {
  const { m } = useI18n();
  const rows = query.data?.pages.flatMap((p) => p.items) ?? [];
  return (
    <>
      {query.isPending && <p className="muted">{m.app.loading}</p>}
      {query.isError && <ErrorMessage error={query.error} fallback={loadFailed} />}
      {query.isSuccess && rows.length === 0 && <p className="muted">{empty}</p>}
      {rows.length > 0 && children(rows)}
      {query.hasNextPage && (
        <button type="button" className="secondary" onClick={() => void query.fetchNextPage()} disabled={query.isFetchingNextPage}>
          {query.isFetchingNextPage ? m.common.loadingMore : m.common.loadMore}
        </button>
      )}
    </>
  );
}
