import { computed, signal } from '@preact/signals';
import type { Agent } from '../../shared/schemas/agents.ts';
import { api } from '../lib/api.ts';

/**
 * The team, loaded once per session: assignee pickers, filters and the activity feed all need
 * names for agent ids. Settings refreshes it after changing an agent.
 */
export const agents = signal<Agent[] | null>(null);
export const activeAgents = computed(() => (agents.value ?? []).filter((agent) => agent.active));

let inFlight: Promise<Agent[]> | null = null;

export function loadAgents(force = false): Promise<Agent[]> {
  if (agents.value && !force) return Promise.resolve(agents.value);
  if (inFlight && !force) return inFlight;
  const request = api.agents.list().then(({ items }) => {
    agents.value = items;
    return items;
  });
  inFlight = request;
  request.finally(() => {
    if (inFlight === request) inFlight = null;
  }).catch(() => {});
  return request;
}

/** Put one changed agent back into the cache without reloading the list (a cache not loaded yet stays so). */
export function agentChanged(agent: Agent): void {
  const list = agents.value;
  if (!list) return;
  agents.value = list.some((item) => item.id === agent.id)
    ? list.map((item) => (item.id === agent.id ? agent : item))
    : [...list, agent].sort((a, b) => a.name.localeCompare(b.name));
}

export function forgetAgents(): void {
  agents.value = null;
}
