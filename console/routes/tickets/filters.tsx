import type { TicketSort } from '../../../shared/schemas/tickets.ts';
import { AgentFilter, ClearFilters, FilterBar, FilterSelect, FilterText } from '../../components/filters.tsx';
import { SearchBox } from '../../components/search-box.tsx';
import {
  channelLabels,
  priorityLabels,
  sortLabels,
  statusLabels,
  ticketChannels,
  ticketPriorities,
  ticketSorts,
  ticketStatuses,
} from '../../lib/labels.ts';
import { useUrlText } from '../../lib/use-url-text.ts';
import { FilterChips } from './filter-chips.tsx';
import { defaultSort, drillParams, hasFilters, type TicketFilters } from './query.ts';

/** Status groups people ask for, besides single statuses. */
const statusGroups: Record<string, string> = {
  'open,pending': 'Open or pending',
  'resolved,closed': 'Resolved or closed',
};

/** How many filters besides the search are set, for the phone's "Filters (2)" button. */
function activeCount(filters: TicketFilters): number {
  const set = [filters.status, filters.priority, filters.channel, filters.assignee, filters.tag, filters.overdue].filter(Boolean).length;
  return set + (filters.sort !== defaultSort ? 1 : 0) + Object.keys(filters.drill).length;
}

export function TicketFiltersBar({ filters }: { filters: TicketFilters }) {
  const count = activeCount(filters);
  const [search, setSearch] = useUrlText('q');

  return (
    <>
      <FilterBar
        label="Filter tickets"
        rowId="ticket-filters"
        count={count}
        search={<SearchBox label="Search tickets" placeholder="Search tickets, customers or #number" value={search} onValue={setSearch} />}
      >
        <FilterSelect
          label="Status"
          name="status"
          value={filters.status}
          options={[
            ['', 'Any status'],
            ...ticketStatuses.map((status): [string, string] => [status, statusLabels[status]]),
            ...Object.entries(statusGroups),
          ]}
        />
        <FilterSelect
          label="Priority"
          name="priority"
          value={filters.priority}
          options={[['', 'Any priority'], ...ticketPriorities.map((p): [string, string] => [p, priorityLabels[p]])]}
        />
        <FilterSelect
          label="Channel"
          name="channel"
          value={filters.channel}
          options={[['', 'Any channel'], ...ticketChannels.map((c): [string, string] => [c, channelLabels[c]])]}
        />
        <AgentFilter label="Assignee" name="assignee" value={filters.assignee} extra={[['none', 'Unassigned']]} />
        <FilterText label="Tag" name="tag" placeholder="Any tag" />
        <FilterSelect
          label="Response due"
          name="overdue"
          value={filters.overdue ? 'true' : ''}
          options={[
            ['', 'Any'],
            ['true', 'Overdue only'],
          ]}
        />
        <FilterSelect
          label="Sort"
          name="sort"
          value={filters.sort}
          options={ticketSorts.map((sort): [TicketSort, string] => [sort, sortLabels[sort]])}
        />
        {(hasFilters(filters) || filters.sort !== defaultSort) && (
          <ClearFilters params={['status', 'priority', 'channel', 'assignee', 'tag', 'overdue', 'q', 'sort', ...drillParams]} />
        )}
      </FilterBar>
      <FilterChips drill={filters.drill} />
    </>
  );
}
