import type { TicketSort } from '../../../shared/schemas/tickets.ts';
import { useState } from 'preact/hooks';
import { Button } from '../../components/button.tsx';
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
import { navigate, withQuery } from '../../lib/router.ts';
import { useUrlText } from '../../lib/use-url-text.ts';
import { activeAgents } from '../../state/agents.ts';
import { currentAgent } from '../../state/session.ts';
import { defaultSort, hasFilters, type TicketFilters } from './query.ts';

/** Status groups people ask for, besides single statuses. */
const statusGroups: Record<string, string> = {
  'open,pending': 'Open or pending',
  'resolved,closed': 'Resolved or closed',
};

function setParam(name: string, value: string) {
  navigate(withQuery({ [name]: value }), { replace: true });
}

function FilterSelect({
  label,
  name,
  value,
  options,
}: {
  label: string;
  name: string;
  value: string;
  options: Array<[value: string, label: string]>;
}) {
  // A value from a hand-made link that no option matches still shows, rather than lying about it.
  const known = options.some(([optionValue]) => optionValue === value);
  const id = `filter-${name}`;
  return (
    <div class="filter">
      <label class="filter__label" for={id}>
        {label}
      </label>
      <select id={id} class="select select--sm" name={name} value={value} onChange={(event) => setParam(name, event.currentTarget.value)}>
        {options.map(([optionValue, optionLabel]) => (
          <option key={optionValue} value={optionValue}>
            {optionLabel}
          </option>
        ))}
        {!known && <option value={value}>{value}</option>}
      </select>
    </div>
  );
}

/** How many filters besides the search are set, for the phone's "Filters (2)" button. */
function activeCount(filters: TicketFilters): number {
  const set = [filters.status, filters.priority, filters.channel, filters.assignee, filters.tag, filters.overdue].filter(Boolean).length;
  return set + (filters.sort !== defaultSort ? 1 : 0);
}

export function TicketFiltersBar({ filters }: { filters: TicketFilters }) {
  // On phones the filters fold behind a button so the tickets start near the top of the screen.
  const [open, setOpen] = useState(false);
  const count = activeCount(filters);
  const [search, setSearch] = useUrlText('q');
  const [tag, setTag] = useUrlText('tag', 400);
  const me = currentAgent.value;
  const teammates = activeAgents.value.filter((agent) => agent.id !== me?.id);

  return (
    <div class={`filters${open ? ' filters--open' : ''}`} role="search" aria-label="Filter tickets">
      <SearchBox label="Search tickets" placeholder="Search tickets, customers or #number" value={search} onValue={setSearch} />
      <button
        type="button"
        class="button button--secondary button--sm filters__toggle"
        aria-expanded={open ? 'true' : 'false'}
        aria-controls="ticket-filters"
        onClick={() => setOpen(!open)}
      >
        {open ? 'Hide filters' : 'Filters'}
        {count > 0 && <span class="filters__count">{count}</span>}
      </button>
      <div class="filters__row" id="ticket-filters">
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
        <FilterSelect
          label="Assignee"
          name="assignee"
          value={filters.assignee}
          options={[
            ['', 'Anyone'],
            ['me', 'Me'],
            ['none', 'Unassigned'],
            ...teammates.map((agent): [string, string] => [agent.id, agent.name]),
          ]}
        />
        <div class="filter">
          <label class="filter__label" for="filter-tag">
            Tag
          </label>
          <input
            id="filter-tag"
            class="input input--sm"
            name="tag"
            placeholder="Any tag"
            value={tag}
            autoComplete="off"
            onInput={(event) => setTag(event.currentTarget.value)}
          />
        </div>
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
          <div class="filter filter--action">
            <Button
              size="sm"
              variant="ghost"
              onClick={() => {
                const cleared = { status: null, priority: null, channel: null, assignee: null, tag: null, overdue: null, q: null, sort: null };
                navigate(withQuery(cleared), { replace: true });
              }}
            >
              Clear filters
            </Button>
          </div>
        )}
      </div>
    </div>
  );
}
