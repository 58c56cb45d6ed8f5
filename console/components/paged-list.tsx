import type { ComponentChildren } from 'preact';
import type { PagedList } from '../lib/use-paged-list.ts';
import { ErrorState, LoadMore, Loading } from './states.tsx';

interface PagedListBodyProps<T> {
  list: PagedList<T>;
  loadingLabel: string;
  /** Shown when the list has no items (usually an EmptyState). */
  empty: ComponentChildren;
  children: (items: T[]) => ComponentChildren;
}

/**
 * A usePagedList list in its states: the error (with a retry), the first load, empty, the items
 * (dimmed while other filters load), a failed "load more", and the Load more button.
 */
export function PagedListBody<T>({ list, loadingLabel, empty, children }: PagedListBodyProps<T>) {
  const none = list.items.length === 0;
  return (
    <>
      {list.error && none ? (
        <ErrorState error={list.error} onRetry={list.reload} />
      ) : list.loading && none ? (
        <Loading label={loadingLabel} />
      ) : none ? (
        empty
      ) : (
        <div class={list.loading ? 'is-refreshing' : undefined}>{children(list.items)}</div>
      )}
      {list.error && !none && <ErrorState error={list.error} onRetry={list.loadMore} />}
      <LoadMore hasMore={list.hasMore && !list.loading} busy={list.loadingMore} onClick={list.loadMore} />
    </>
  );
}

/**
 * A page's main list as a card, telling screen readers how many items there are ("25 or more
 * tickets") whenever the search or filters change.
 */
export function PagedListCard<T>({ list, noun, label, empty, children }: Omit<PagedListBodyProps<T>, 'loadingLabel'> & { noun: string; label: string }) {
  return (
    <>
      <p class="visually-hidden" aria-live="polite">
        {list.loading ? `Loading ${noun}` : `${list.items.length}${list.hasMore ? ' or more' : ''} ${noun}`}
      </p>
      <section class="card" aria-busy={list.loading ? 'true' : 'false'} aria-label={label}>
        <PagedListBody list={list} loadingLabel={`Loading ${noun}…`} empty={empty}>
          {children}
        </PagedListBody>
      </section>
    </>
  );
}
