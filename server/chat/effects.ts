import type { RoomEffect } from '../rooms/store.ts';

/**
 * Effects name the rooms that must hear about a change. A change lists its own session's room
 * too: a REST call has no room of its own, and a room receiving a refresh for what it already
 * broadcast sends nothing new (it re-reads after its last broadcast seq).
 *
 * `queueChanged` on a lobby effect means "the queue or some agent's load changed": the lobby then
 * re-sends the queue and the agents' loads, and refreshes waiting rooms (their queue positions).
 */
export const sessionEffect = (sessionId: string): RoomEffect => ({ kind: 'session', sessionId });

export const lobbyEffect = (
  sessionId: string,
  queueChanged: boolean,
  assigned?: { agentId: string; reason: 'auto' | 'accept' | 'transfer' },
): RoomEffect => (assigned ? { kind: 'lobby', sessionId, assigned, queueChanged } : { kind: 'lobby', sessionId, queueChanged });

/** One effect per room and session: lobby effects for the same chat merge (any queue change, the latest assignment). */
export function mergeEffects(effects: readonly RoomEffect[]): RoomEffect[] {
  const merged = new Map<string, RoomEffect>();
  for (const effect of effects) {
    const key = `${effect.kind} ${effect.sessionId}`;
    const before = merged.get(key);
    if (effect.kind === 'lobby' && before?.kind === 'lobby') {
      const assigned = effect.assigned ?? before.assigned;
      merged.set(key, lobbyEffect(effect.sessionId, before.queueChanged || effect.queueChanged, assigned));
    } else if (!before) {
      merged.set(key, effect);
    }
  }
  return [...merged.values()];
}
