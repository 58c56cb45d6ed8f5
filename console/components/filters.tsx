import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import { navigate, withQuery } from '../lib/router.ts';
import { useUrlText } from '../lib/use-url-text.ts';
import { activeAgents } from '../state/agents.ts';
import { currentAgent } from '../state/session.ts';
import { Button } from './button.tsx';

function setParam(name: string, value: string) {
  navigate(withQuery({ [name]: value }), { replace: true });
}

/** A list's filters, each a query parameter of the URL, so any view can be linked to and bookmarked. */
export function FilterSelect({
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
  return (
    <Filter label={label} name={name}>
      {(id) => (
        <select id={id} class="select select--sm" name={name} value={value} onChange={(event) => setParam(name, event.currentTarget.value)}>
          {options.map(([optionValue, optionLabel]) => (
            <option key={optionValue} value={optionValue}>
              {optionLabel}
            </option>
          ))}
          {!known && <option value={value}>{value}</option>}
        </select>
      )}
    </Filter>
  );
}

/** One filter's label over its control. */
function Filter({ label, name, children }: { label: string; name: string; children: (id: string) => ComponentChildren }) {
  const id = `filter-${name}`;
  return (
    <div class="filter">
      <label class="filter__label" for={id}>
        {label}
      </label>
      {children(id)}
    </div>
  );
}

/** Filter by agent: anyone, me, `extra` choices (e.g. unassigned), then my teammates by name. */
export function AgentFilter({ label, name, value, extra = [] }: { label: string; name: string; value: string; extra?: Array<[string, string]> }) {
  const me = currentAgent.value;
  const teammates = activeAgents.value.filter((agent) => agent.id !== me?.id);
  return (
    <FilterSelect
      label={label}
      name={name}
      value={value}
      options={[['', 'Anyone'], ['me', 'Me'], ...extra, ...teammates.map((agent): [string, string] => [agent.id, agent.name])]}
    />
  );
}

/** Clears the named filters (only shown when some are set). */
export function ClearFilters({ params }: { params: readonly string[] }) {
  return (
    <div class="filter filter--action">
      <Button size="sm" variant="ghost" onClick={() => navigate(withQuery(Object.fromEntries(params.map((param) => [param, null]))), { replace: true })}>
        Clear filters
      </Button>
    </div>
  );
}

/** A free-text filter (a tag): the URL follows once typing pauses. */
export function FilterText({ label, name, placeholder }: { label: string; name: string; placeholder: string }) {
  const [text, setText] = useUrlText(name, 400);
  return (
    <Filter label={label} name={name}>
      {(id) => (
        <input
          id={id}
          class="input input--sm"
          name={name}
          placeholder={placeholder}
          value={text}
          autoComplete="off"
          onInput={(event) => setText(event.currentTarget.value)}
        />
      )}
    </Filter>
  );
}

/** A day (`2025-03-31`) from the browser's date picker. */
export function FilterDate({ label, name, value }: { label: string; name: string; value: string }) {
  return (
    <Filter label={label} name={name}>
      {(id) => <input id={id} class="input input--sm" type="date" value={value} onChange={(event) => setParam(name, event.currentTarget.value)} />}
    </Filter>
  );
}

/**
 * A list's search and filters. On phones the filters fold behind a "Filters (2)" button so the
 * list starts near the top of the screen.
 */
export function FilterBar({
  label,
  rowId,
  count,
  search,
  children,
}: {
  /** What the region filters, for screen readers ("Filter tickets"). */
  label: string;
  /** The id of the filters row, which the phone's toggle controls. */
  rowId: string;
  /** How many filters are set besides the search. */
  count: number;
  search?: ComponentChildren;
  children: ComponentChildren;
}) {
  const [open, setOpen] = useState(false);
  return (
    <div class={`filters${open ? ' filters--open' : ''}`} role="search" aria-label={label}>
      {search}
      <button
        type="button"
        class="button button--secondary button--sm filters__toggle"
        aria-expanded={open ? 'true' : 'false'}
        aria-controls={rowId}
        onClick={() => setOpen(!open)}
      >
        {open ? 'Hide filters' : 'Filters'}
        {count > 0 && <span class="filters__count">{count}</span>}
      </button>
      <div class="filters__row" id={rowId}>
        {children}
      </div>
    </div>
  );
}
