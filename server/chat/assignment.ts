import { and, asc, eq, isNull, max, sql, type SQLWrapper } from 'drizzle-orm';
import type { Queryable } from '../db/open.ts';
import { agentAvailability, agents, chatSessions } from '../db/schema.ts';
import type { RoomEffect } from '../rooms/store.ts';
import { lobbyEffect, sessionEffect } from './effects.ts';
import { nextWaiting } from './queue.ts';
import type { MessageRow, SessionRow } from './rows.ts';
import { storeSystemMessage } from './store-message.ts';

/**
 * Routing. An agent's load is the number of active chats assigned to them, counted from
 * chat_sessions every time (indexed on assigned agent + status), never stored, so it cannot drift.
 */
export const activeChatsOf = (agentId: SQLWrapper) =>
  sql<number>`(select count(*) from ${chatSessions} where ${chatSessions.assignedAgentId} = ${agentId} and ${chatSessions.status} = 'active')`;

export interface AssignableAgent {
  id: string;
  name: string;
}

/**
 * Who gets the next chat: an online, active agent below their limit, least loaded first; ties go
 * to whoever was assigned longest ago (never-assigned first), which makes equal agents take turns.
 */
export function leastLoadedAgent(db: Queryable): AssignableAgent | undefined {
  const load = activeChatsOf(agentAvailability.agentId);
  return db
    .select({ id: agentAvailability.agentId, name: agents.name })
    .from(agentAvailability)
    .innerJoin(agents, eq(agents.id, agentAvailability.agentId))
    .where(and(eq(agentAvailability.status, 'online'), isNull(agents.disabledAt), sql`${load} < ${agentAvailability.maxConcurrentChats}`))
    .orderBy(asc(load), sql`${agentAvailability.lastAssignedAt} asc nulls first`, asc(agentAvailability.agentId))
    .limit(1)
    .get();
}

/**
 * The round-robin clock: strictly later than every earlier assignment, even within one
 * millisecond, so "assigned longest ago" is never a tie.
 */
function assignmentStamp(tx: Queryable, now: Date): Date {
  const latest = tx.select({ at: max(agentAvailability.lastAssignedAt) }).from(agentAvailability).get()?.at;
  return latest && latest.getTime() >= now.getTime() ? new Date(latest.getTime() + 1) : now;
}

export function markAssigned(tx: Queryable, agentId: string, now: Date): void {
  tx.update(agentAvailability).set({ lastAssignedAt: assignmentStamp(tx, now) }).where(eq(agentAvailability.agentId, agentId)).run();
}

export interface Assignment {
  message: MessageRow;
  effects: RoomEffect[];
}

/**
 * Gives a chat to an agent: active, assigned, the customer's wait ends (assigned_at, first time
 * only), a system message says who joined. Inside the caller's transaction.
 */
export function assignSession(
  tx: Queryable,
  session: SessionRow,
  agent: AssignableAgent,
  reason: 'auto' | 'accept',
  now: Date,
  announcement = `${agent.name} joined the chat`,
): Assignment {
  tx.update(chatSessions)
    .set({ status: 'active', assignedAgentId: agent.id, assignedAt: session.assignedAt ?? now })
    .where(eq(chatSessions.id, session.id))
    .run();
  markAssigned(tx, agent.id, now);
  const message = storeSystemMessage(tx, session.id, announcement, now);
  return { message, effects: [sessionEffect(session.id), lobbyEffect(session.id, true, { agentId: agent.id, reason })] };
}

/**
 * Hands waiting chats, in queue order, to agents with room, until one of the two runs out. Called
 * in the same transaction as every change that can free or add capacity or add a chat: start,
 * close, transfer, take-over and availability.
 */
export function drainQueue(tx: Queryable, now: Date): RoomEffect[] {
  const effects: RoomEffect[] = [];
  for (;;) {
    const session = nextWaiting(tx);
    if (!session) break;
    const agent = leastLoadedAgent(tx);
    if (!agent) break;
    effects.push(...assignSession(tx, session, agent, 'auto', now).effects);
  }
  return effects;
}
