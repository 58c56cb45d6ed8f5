import { and, desc, eq } from 'drizzle-orm';
import type { AgentPresence, ChatSummary } from '../../shared/chat/protocol.ts';
import { chatSessions } from '../db/schema.ts';
import type { Participant } from '../rooms/store.ts';
import { requireAgent } from './access.ts';
import { presenceOf } from './availability.ts';
import type { ChatDeps } from './deps.ts';
import { waitingIds } from './queue.ts';
import { summariesOf, summaryOf } from './summaries.ts';

/** The queue as the lobby shows it, in assignment order. */
export async function queue({ db }: ChatDeps): Promise<ChatSummary[]> {
  return summariesOf(db, waitingIds(db), null);
}

export async function chatSummary({ db }: ChatDeps, sessionId: string, forAgentId: string | null): Promise<ChatSummary | null> {
  return summaryOf(db, sessionId, forAgentId);
}

/** What an agent's console needs on connecting: everyone's presence, the queue, and their own open chats. */
export async function lobbySnapshot(
  { db }: ChatDeps,
  who: Participant,
): Promise<{ agents: AgentPresence[]; queue: ChatSummary[]; mine: ChatSummary[] }> {
  const agent = requireAgent(who, 'open the agents lobby');
  const mineIds = db
    .select({ id: chatSessions.id })
    .from(chatSessions)
    .where(and(eq(chatSessions.assignedAgentId, agent.agentId), eq(chatSessions.status, 'active')))
    .orderBy(desc(chatSessions.lastActivityAt))
    .all()
    .map((row) => row.id);
  return {
    agents: presenceOf(db),
    queue: summariesOf(db, waitingIds(db), agent.agentId),
    mine: summariesOf(db, mineIds, agent.agentId),
  };
}
