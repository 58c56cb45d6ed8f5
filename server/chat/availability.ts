import { and, asc, eq, isNull } from 'drizzle-orm';
import type { AgentPresence, AgentStatus } from '../../shared/chat/protocol.ts';
import type { Queryable } from '../db/open.ts';
import { agentAvailability, agents } from '../db/schema.ts';
import { ChatRuleError, type Participant, type RoomEffect } from '../rooms/store.ts';
import { requireAgent } from './access.ts';
import { activeChatsOf, drainQueue } from './assignment.ts';
import type { ChatDeps } from './deps.ts';
import { mergeEffects } from './effects.ts';

/** Agents who never said otherwise take this many chats at once. */
export const defaultMaxChats = 3;
export const maxChatsLimit = 50;

/**
 * Every active agent with their availability and load. `connected` is false here: only the lobby
 * knows whose consoles are open, and it fills that in.
 */
export function presenceOf(db: Queryable): AgentPresence[] {
  return db
    .select({
      id: agents.id,
      name: agents.name,
      avatarUrl: agents.avatarUrl,
      status: agentAvailability.status,
      maxChats: agentAvailability.maxConcurrentChats,
      activeChats: activeChatsOf(agents.id),
    })
    .from(agents)
    .leftJoin(agentAvailability, eq(agentAvailability.agentId, agents.id))
    .where(isNull(agents.disabledAt))
    .orderBy(asc(agents.name), asc(agents.id))
    .all()
    .map((row) => ({
      id: row.id,
      name: row.name,
      avatarUrl: row.avatarUrl,
      status: row.status ?? 'offline',
      maxChats: row.maxChats ?? defaultMaxChats,
      activeChats: row.activeChats,
      connected: false,
    }));
}

export async function agentsPresence({ db }: ChatDeps): Promise<AgentPresence[]> {
  return presenceOf(db);
}

/** Whether the widget should offer chat (someone online, full or not) or the offline form. */
export function anyAgentOnline(db: Queryable): boolean {
  const row = db
    .select({ id: agentAvailability.agentId })
    .from(agentAvailability)
    .innerJoin(agents, eq(agents.id, agentAvailability.agentId))
    .where(and(eq(agentAvailability.status, 'online'), isNull(agents.disabledAt)))
    .limit(1)
    .get();
  return row !== undefined;
}

/**
 * An agent goes online, away or offline, optionally with a new limit. Chats they have stay theirs
 * when they step away. Whenever they are online afterwards the queue is drained in the same
 * transaction: coming online or raising the limit makes room at once.
 */
export async function setAvailability(
  { db }: ChatDeps,
  who: Participant,
  status: AgentStatus,
  maxChats: number | undefined,
): Promise<{ agents: AgentPresence[]; effects: RoomEffect[] }> {
  const agent = requireAgent(who, 'set availability');
  if (maxChats !== undefined && (!Number.isInteger(maxChats) || maxChats < 1 || maxChats > maxChatsLimit)) {
    throw new ChatRuleError('validation_failed', 'The chat limit is not valid', { maxChats: `must be a whole number from 1 to ${maxChatsLimit}` });
  }
  return db.transaction(
    (tx) => {
      const now = new Date();
      const before = tx.select().from(agentAvailability).where(eq(agentAvailability.agentId, agent.agentId)).get();
      const limit = maxChats ?? before?.maxConcurrentChats ?? defaultMaxChats;
      tx.insert(agentAvailability)
        .values({ agentId: agent.agentId, status, maxConcurrentChats: limit, lastAssignedAt: null, lastSeenAt: now, updatedAt: now })
        .onConflictDoUpdate({ target: agentAvailability.agentId, set: { status, maxConcurrentChats: limit, lastSeenAt: now, updatedAt: now } })
        .run();
      const effects = status === 'online' ? drainQueue(tx, now) : [];
      return { agents: presenceOf(tx), effects: mergeEffects(effects) };
    },
    { behavior: 'immediate' },
  );
}
