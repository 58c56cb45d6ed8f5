import { useEffect } from 'preact/hooks';
import { PageHeader } from '../../components/page-heading.tsx';
import { PagedListCard } from '../../components/paged-list.tsx';
import { EmptyState } from '../../components/states.tsx';
import { api } from '../../lib/api.ts';
import { currentQuery } from '../../lib/router.ts';
import { usePagedList } from '../../lib/use-paged-list.ts';
import { loadAgents } from '../../state/agents.ts';
import { TicketFiltersBar } from './filters.tsx';
import { NewTicketButton } from './new-ticket-button.tsx';
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
      <PageHeader title="Tickets" actions={<NewTicketButton />} />
      <TicketFiltersBar filters={filters} />
      <PagedListCard
        list={list}
        noun="tickets"
        label="Ticket list"
        empty={
          <EmptyState title={hasFilters(filters) ? 'No tickets match these filters' : 'No tickets yet'}>
            {hasFilters(filters)
              ? 'Try another search, or clear the filters.'
              : 'Tickets created here, by email integrations or through the API will appear in this list.'}
          </EmptyState>
        }
      >
        {(tickets) => <TicketTable tickets={tickets} caption="Tickets" />}
      </PagedListCard>
    </div>
  );
}
