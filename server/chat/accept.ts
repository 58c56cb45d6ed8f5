import { eq } from 'drizzle-orm';
import { chatSessions, chatTransfers } from '../db/schema.ts';
import { uuidv7 } from '../lib/ids.ts';
import { ChatRuleError, type Participant, type RoomEffect, type SessionChange } from '../rooms/store.ts';
import { openSessionFor, requireAgent } from './access.ts';
import { assignSession, drainQueue, markAssigned } from './assignment.ts';
import { sessionChange } from './change.ts';
import type { ChatDeps } from './deps.ts';
import { lobbyEffect, sessionEffect } from './effects.ts';
import type { MessageRow } from './rows.ts';
import { storeSystemMessage } from './store-message.ts';

/**
 * An agent takes a chat. A waiting chat (or one whose agent was removed) becomes theirs; taking a
 * chat already theirs changes nothing; an admin may take over a colleague's chat (recorded as a
 * transfer, and the colleague's freed place goes to the queue); other agents may not.
 */
export async function accept({ db, secret }: ChatDeps, sessionId: string, who: Participant): Promise<SessionChange> {
  const agent = requireAgent(who, 'take chats');
  return db.transaction(
    (tx) => {
      const now = new Date();
      const session = openSessionFor(tx, sessionId, agent);
      if (session.assignedAgentId === agent.agentId) return sessionChange(tx, secret, sessionId, [], []);
      const me = { id: agent.agentId, name: agent.name };
      if (session.status === 'waiting' || session.assignedAgentId === null) {
        const { message, effects } = assignSession(tx, session, me, 'accept', now);
        return sessionChange(tx, secret, sessionId, [message], effects);
      }
      if (agent.role !== 'admin') throw new ChatRuleError('forbidden', 'This chat is already taken; ask an admin or its agent to transfer it');
      const previous = session.assignedAgentId;
      tx.update(chatSessions).set({ assignedAgentId: agent.agentId }).where(eq(chatSessions.id, sessionId)).run();
      tx.insert(chatTransfers).values({ id: uuidv7(now.getTime()), sessionId, fromAgentId: previous, toAgentId: agent.agentId, note: 'Taken over', createdAt: now }).run();
      markAssigned(tx, agent.agentId, now);
      const written: MessageRow[] = [storeSystemMessage(tx, sessionId, `${agent.name} took over the chat`, now)];
      const effects: RoomEffect[] = [sessionEffect(sessionId), lobbyEffect(sessionId, true, { agentId: agent.agentId, reason: 'accept' }), ...drainQueue(tx, now)];
      return sessionChange(tx, secret, sessionId, written, effects);
    },
    { behavior: 'immediate' },
  );
}
