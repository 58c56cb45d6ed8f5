import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import type { Page } from '../../shared/schemas/common.ts';

export interface PagedList<T> {
  items: T[];
  /** True while the first page for the current query loads. */
  loading: boolean;
  loadingMore: boolean;
  error: unknown;
  hasMore: boolean;
  loadMore: () => void;
  reload: () => void;
  replace: (update: (items: T[]) => T[]) => void;
}

/**
 * Cursor pagination behind a "Load more" button. A new `key` (other filters) starts over; answers
 * for an older key are ignored.
 */
export function usePagedList<T>(load: (cursor: string | undefined) => Promise<Page<T>>, key: string): PagedList<T> {
  const [items, setItems] = useState<T[]>([]);
  const [cursor, setCursor] = useState<string | null>(null);
  const [loading, setLoading] = useState(true);
  const [loadingMore, setLoadingMore] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const generation = useRef(0);
  const loadRef = useRef(load);
  loadRef.current = load;

  const fetchPage = useCallback((after: string | undefined) => {
    const mine = ++generation.current;
    if (after) setLoadingMore(true);
    else setLoading(true);
    setError(null);
    loadRef.current(after).then(
      (page) => {
        if (mine !== generation.current) return;
        setItems((previous) => (after ? [...previous, ...page.items] : page.items));
        setCursor(page.nextCursor);
        setLoading(false);
        setLoadingMore(false);
      },
      (failure: unknown) => {
        if (mine !== generation.current) return;
        setError(failure);
        setLoading(false);
        setLoadingMore(false);
      },
    );
  }, []);

  useEffect(() => {
    fetchPage(undefined);
    return () => {
      generation.current++;
    };
  }, [key, fetchPage]);

  return {
    items,
    loading,
    loadingMore,
    error,
    hasMore: cursor !== null,
    loadMore: () => {
      if (cursor) fetchPage(cursor);
    },
    reload: () => fetchPage(undefined),
    replace: (update) => setItems(update),
  };
}
