import { useEffect, useMemo } from 'preact/hooks';
import type { ActivityEntry } from '../../shared/schemas/activity.ts';
import { agents, loadAgents } from '../state/agents.ts';
import type { ActivityNames } from './activity.ts';

/**
 * Names for the ids in activity entries. The server labels each entry's own entity (`#12`, a
 * customer's name, …); agents named inside changes (an assignee) come from the team list.
 */
export function useActivityNames(entries: ActivityEntry[]): ActivityNames {
  const team = agents.value;

  useEffect(() => {
    void loadAgents().catch(() => {});
  }, []);

  return useMemo(() => {
    const agentNames = new Map((team ?? []).map((agent) => [agent.id, agent.name]));
    const labels = new Map(entries.flatMap((entry) => (entry.entityLabel ? [[entry.entityId, entry.entityLabel] as const] : [])));
    const ticketNumber = (id: string) => {
      const match = /^#(\d+)$/.exec(labels.get(id) ?? '');
      return match ? Number(match[1]) : undefined;
    };
    return {
      agent: (id) => agentNames.get(id) ?? labels.get(id),
      ticketNumber,
      customer: (id) => labels.get(id),
      site: (id) => labels.get(id),
    };
  }, [team, entries]);
}
