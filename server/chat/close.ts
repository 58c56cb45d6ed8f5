import { eq } from 'drizzle-orm';
import { chatSessions } from '../db/schema.ts';
import { ChatRuleError, type Participant, type RoomEffect, type SessionChange } from '../rooms/store.ts';
import { sessionFor } from './access.ts';
import { drainQueue } from './assignment.ts';
import { sessionChange } from './change.ts';
import type { ChatDeps } from './deps.ts';
import { lobbyEffect, sessionEffect } from './effects.ts';
import { storeSystemMessage } from './store-message.ts';

/**
 * Ends a chat. The customer may end their own; an agent may end a waiting chat, their own, or (an
 * admin) any. Closing twice is not an error: the second call changes nothing, so a retry is safe.
 * An active chat's place goes to the queue at once.
 */
export async function close({ db, secret }: ChatDeps, sessionId: string, who: Participant): Promise<SessionChange> {
  return db.transaction(
    (tx) => {
      const now = new Date();
      const session = sessionFor(tx, sessionId, who);
      if (session.status === 'closed') return sessionChange(tx, secret, sessionId, [], []);
      if (who.kind === 'agent' && session.status === 'active' && session.assignedAgentId !== null && session.assignedAgentId !== who.agentId && who.role !== 'admin') {
        throw new ChatRuleError('forbidden', 'Only the chat’s agent or an admin can end it');
      }
      tx.update(chatSessions)
        .set({ status: 'closed', closedAt: now, closedBy: who.kind === 'agent' ? 'agent' : 'customer' })
        .where(eq(chatSessions.id, sessionId))
        .run();
      const text = who.kind === 'agent' ? `${who.name} ended the chat` : `${session.customerName} ended the chat`;
      const written = [storeSystemMessage(tx, sessionId, text, now)];
      const effects: RoomEffect[] = [sessionEffect(sessionId), lobbyEffect(sessionId, true)];
      if (session.status === 'active') effects.push(...drainQueue(tx, now));
      return sessionChange(tx, secret, sessionId, written, effects);
    },
    { behavior: 'immediate' },
  );
}
