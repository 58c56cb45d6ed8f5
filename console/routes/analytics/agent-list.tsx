import type { AgentPerformance } from '../../../shared/schemas/analytics.ts';
import { Avatar } from '../../components/avatar.tsx';
import { Link } from '../../components/link.tsx';
import { EmptyState } from '../../components/states.tsx';
import { withQuery } from '../../lib/router.ts';
import { drill, type Period } from './drill.ts';
import { durationOf, rating } from './format.ts';

const shown = 6;

/** The agents who resolved the most in the range: resolved, CSAT, mean first response. */
export function AgentList({ agents, period }: { agents: AgentPerformance[]; period: Period }) {
  const top = [...agents].sort((a, b) => b.resolved - a.resolved || a.name.localeCompare(b.name)).slice(0, shown);
  return (
    <section class="card analytics-card" aria-labelledby="agent-list-title">
      <header class="analytics-card__header">
        <h3 class="analytics-card__title" id="agent-list-title">
          Agent performance
        </h3>
        {agents.length > 0 && (
          <Link href={withQuery({ tab: 'agents' })} class="analytics-card__link">
            All agents
          </Link>
        )}
      </header>
      {top.length === 0 ? (
        <EmptyState title="No agents yet" />
      ) : (
        <ul class="agent-list">
          {top.map((agent) => (
            <li key={agent.agentId} class="agent-list__row">
              <Avatar name={agent.name} src={agent.avatarUrl} size={32} />
              <div class="agent-list__who">
                <span class="agent-list__name">{agent.name}</span>
                <Link href={drill.agentResolved(period, agent.agentId)} class="agent-list__resolved">
                  {agent.resolved.toLocaleString()} {agent.resolved === 1 ? 'ticket' : 'tickets'} resolved
                </Link>
              </div>
              <div class="agent-list__figures">
                <span title={`${agent.csat.count} ratings`}>{rating(agent.csat.mean)}</span>
                <span class="muted">{agent.meanFirstResponseMs === null ? 'no replies yet' : `${durationOf(agent.meanFirstResponseMs)} to reply`}</span>
              </div>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
