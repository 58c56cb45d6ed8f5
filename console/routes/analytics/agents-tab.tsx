import { useState } from 'preact/hooks';
import type { AgentAnalytics, AgentPerformance } from '../../../shared/schemas/analytics.ts';
import { Avatar } from '../../components/avatar.tsx';
import { Link } from '../../components/link.tsx';
import { EmptyState } from '../../components/states.tsx';
import { drill, type Period } from './drill.ts';
import { durationOf, rating } from './format.ts';

interface Column {
  key: string;
  label: string;
  /** The value to sort by; null sorts last whichever the direction. */
  sortValue: (agent: AgentPerformance) => number | string | null;
  cell: (agent: AgentPerformance, period: Period) => preact.ComponentChildren;
  numeric?: boolean;
}

const ratingCell = (value: { mean: number | null; count: number }) => (
  <>
    {rating(value.mean)}
    {value.count > 0 && <span class="muted"> ({value.count})</span>}
  </>
);

const columns: Column[] = [
  {
    key: 'name',
    label: 'Agent',
    sortValue: (agent) => agent.name.toLowerCase(),
    cell: (agent) => (
      <span class="agent-cell">
        <Avatar name={agent.name} src={agent.avatarUrl} size={24} />
        {agent.name}
      </span>
    ),
  },
  {
    key: 'resolved',
    label: 'Resolved',
    numeric: true,
    sortValue: (agent) => agent.resolved,
    cell: (agent, period) => (agent.resolved > 0 ? <Link href={drill.agentResolved(period, agent.agentId)}>{agent.resolved.toLocaleString()}</Link> : '0'),
  },
  { key: 'firstResponse', label: 'Mean first response', numeric: true, sortValue: (agent) => agent.meanFirstResponseMs, cell: (agent) => durationOf(agent.meanFirstResponseMs) },
  {
    key: 'firstResponseBusiness',
    label: 'In business hours',
    numeric: true,
    sortValue: (agent) => agent.meanFirstResponseBusinessMs,
    cell: (agent) => durationOf(agent.meanFirstResponseBusinessMs),
  },
  { key: 'resolution', label: 'Mean resolution', numeric: true, sortValue: (agent) => agent.meanResolutionMs, cell: (agent) => durationOf(agent.meanResolutionMs) },
  { key: 'csat', label: 'CSAT', numeric: true, sortValue: (agent) => agent.csat.mean, cell: (agent) => ratingCell(agent.csat) },
  { key: 'chatCsat', label: 'Chat CSAT', numeric: true, sortValue: (agent) => agent.chatCsat.mean, cell: (agent) => ratingCell(agent.chatCsat) },
  { key: 'chats', label: 'Chats', numeric: true, sortValue: (agent) => agent.chats, cell: (agent) => agent.chats.toLocaleString() },
  {
    key: 'active',
    label: 'Active now',
    numeric: true,
    sortValue: (agent) => agent.activeTickets,
    cell: (agent) => (agent.activeTickets > 0 ? <Link href={drill.agentActive(agent.agentId)}>{agent.activeTickets.toLocaleString()}</Link> : '0'),
  },
];

type Direction = 'ascending' | 'descending';

export function sortAgents(agents: AgentPerformance[], key: string, direction: Direction): AgentPerformance[] {
  const column = columns.find((c) => c.key === key) ?? columns[1];
  if (!column) return agents;
  const sign = direction === 'ascending' ? 1 : -1;
  return [...agents].sort((a, b) => {
    const x = column.sortValue(a);
    const y = column.sortValue(b);
    if (x === null || y === null) return x === y ? a.name.localeCompare(b.name) : x === null ? 1 : -1;
    const order = typeof x === 'string' || typeof y === 'string' ? String(x).localeCompare(String(y)) : x - y;
    return order * sign || a.name.localeCompare(b.name);
  });
}

/** Every agent with figures in the range, sortable by any column (header buttons, aria-sort). */
export function AgentsTab({ data }: { data: AgentAnalytics }) {
  const [sort, setSort] = useState<{ key: string; direction: Direction }>({ key: 'resolved', direction: 'descending' });
  const period: Period = { from: data.range.from, to: data.range.to };
  if (data.agents.length === 0) return <EmptyState title="No agent activity in this range" />;
  const rows = sortAgents(data.agents, sort.key, sort.direction);
  const toggle = (key: string) =>
    setSort((current) =>
      current.key === key
        ? { key, direction: current.direction === 'ascending' ? 'descending' : 'ascending' }
        : { key, direction: key === 'name' ? 'ascending' : 'descending' },
    );
  return (
    <section class="card" aria-labelledby="agents-table-title">
      <h3 class="visually-hidden" id="agents-table-title">
        Agent performance
      </h3>
      <div class="table-wrap">
        <table class="table table--compact">
          <caption class="visually-hidden">Agent performance, sortable by each column</caption>
          <thead>
            <tr>
              {columns.map((column) => {
                const current = sort.key === column.key;
                return (
                  <th scope="col" key={column.key} class={column.numeric ? 'numeric' : undefined} aria-sort={current ? sort.direction : undefined}>
                    <button type="button" class="sort-button" onClick={() => toggle(column.key)}>
                      {column.label}
                      <span aria-hidden="true" class="sort-button__arrow">
                        {current ? (sort.direction === 'ascending' ? '▲' : '▼') : ''}
                      </span>
                    </button>
                  </th>
                );
              })}
            </tr>
          </thead>
          <tbody>
            {rows.map((agent) => (
              <tr key={agent.agentId}>
                {columns.map((column, index) =>
                  index === 0 ? (
                    <th scope="row" key={column.key}>
                      {column.cell(agent, period)}
                    </th>
                  ) : (
                    <td key={column.key} class={column.numeric ? 'numeric' : undefined}>
                      {column.cell(agent, period)}
                    </td>
                  ),
                )}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
