import { useEffect } from 'preact/hooks';
import { ButtonLink } from '../../components/button.tsx';
import { Icon } from '../../components/icon.tsx';
import { PageHeader } from '../../components/page-heading.tsx';
import { EmptyState, ErrorState, LoadMore, Loading } from '../../components/states.tsx';
import { api } from '../../lib/api.ts';
import { paths } from '../../lib/paths.ts';
import { currentQuery } from '../../lib/router.ts';
import { usePagedList } from '../../lib/use-paged-list.ts';
import { loadAgents } from '../../state/agents.ts';
import { TicketFiltersBar } from './filters.tsx';
import { filtersFromQuery, hasFilters, toListQuery } from './query.ts';
import { TicketTable } from './ticket-table.tsx';

export function TicketListPage() {
  const filters = filtersFromQuery(currentQuery.value);
  const query = toListQuery(filters);
  const key = JSON.stringify(query);
  const list = usePagedList((cursor) => api.tickets.list({ ...query, cursor, limit: 25 }), key);

  useEffect(() => {
    void loadAgents().catch(() => {});
  }, []);

  return (
    <div class="page">
      <PageHeader
        title="Tickets"
        actions={
          <ButtonLink href={paths.newTicket()} variant="primary">
            <Icon name="plus" size={18} />
            New ticket
          </ButtonLink>
        }
      />
      <TicketFiltersBar filters={filters} />
      <p class="visually-hidden" aria-live="polite">
        {list.loading ? 'Loading tickets' : `${list.items.length}${list.hasMore ? ' or more' : ''} tickets`}
      </p>
      <section class="card" aria-busy={list.loading ? 'true' : 'false'} aria-label="Ticket list">
        {list.error && list.items.length === 0 ? (
          <ErrorState error={list.error} onRetry={list.reload} />
        ) : list.loading && list.items.length === 0 ? (
          <Loading label="Loading tickets…" />
        ) : list.items.length === 0 ? (
          <EmptyState title={hasFilters(filters) ? 'No tickets match these filters' : 'No tickets yet'}>
            {hasFilters(filters)
              ? 'Try another search, or clear the filters.'
              : 'Tickets created here, by email integrations or through the API will appear in this list.'}
          </EmptyState>
        ) : (
          <div class={list.loading ? 'is-refreshing' : undefined}>
            <TicketTable tickets={list.items} caption="Tickets" />
          </div>
        )}
        {list.error && list.items.length > 0 && <ErrorState error={list.error} onRetry={list.loadMore} />}
        <LoadMore hasMore={list.hasMore && !list.loading} busy={list.loadingMore} onClick={list.loadMore} />
      </section>
    </div>
  );
}
