import { eq } from 'drizzle-orm';
import { chatLimits } from '../../shared/chat/protocol.ts';
import { agents, chatSessions, chatTransfers } from '../db/schema.ts';
import { uuidv7 } from '../lib/ids.ts';
import { ChatRuleError, type Participant, type SessionChange } from '../rooms/store.ts';
import { openSessionFor, requireAgent } from './access.ts';
import { drainQueue, markAssigned } from './assignment.ts';
import { sessionChange } from './change.ts';
import type { ChatDeps } from './deps.ts';
import { lobbyEffect, sessionEffect } from './effects.ts';
import { storeSystemMessage } from './store-message.ts';

/**
 * Hands a chat to another agent (online or not: a colleague may be asked to pick it up). The
 * assigned agent or an admin may transfer an active chat; any agent may hand out a waiting one.
 * Writes the transfer, and "Transferred from A to B" for both sides to see; the note stays
 * between agents (chat_transfers only). The freed place goes to the queue.
 */
export async function transfer(
  { db, secret }: ChatDeps,
  sessionId: string,
  who: Participant,
  toAgentId: string,
  note: string | undefined,
): Promise<SessionChange> {
  const agent = requireAgent(who, 'transfer chats');
  const trimmedNote = note?.trim() || null;
  if (trimmedNote && trimmedNote.length > chatLimits.note) {
    throw new ChatRuleError('validation_failed', 'The note is too long', { note: `must be at most ${chatLimits.note} characters` });
  }
  return db.transaction(
    (tx) => {
      const now = new Date();
      const session = openSessionFor(tx, sessionId, agent);
      const mayTransfer = session.status === 'waiting' || session.assignedAgentId === agent.agentId || agent.role === 'admin' || session.assignedAgentId === null;
      if (!mayTransfer) throw new ChatRuleError('forbidden', 'Only the chat’s agent or an admin can transfer it');
      const target = tx.select().from(agents).where(eq(agents.id, toAgentId)).get();
      if (!target || target.disabledAt) throw new ChatRuleError('validation_failed', 'Choose an active agent', { toAgentId: 'is not an active agent' });
      if (session.assignedAgentId === target.id) throw new ChatRuleError('conflict', `${target.name} already has this chat`);

      const from = session.assignedAgentId ? tx.select({ name: agents.name }).from(agents).where(eq(agents.id, session.assignedAgentId)).get() : undefined;
      tx.update(chatSessions)
        .set({ status: 'active', assignedAgentId: target.id, assignedAt: session.assignedAt ?? now })
        .where(eq(chatSessions.id, sessionId))
        .run();
      tx.insert(chatTransfers)
        .values({ id: uuidv7(now.getTime()), sessionId, fromAgentId: session.assignedAgentId, toAgentId: target.id, note: trimmedNote, createdAt: now })
        .run();
      markAssigned(tx, target.id, now);
      const text = from ? `Transferred from ${from.name} to ${target.name}` : `Transferred to ${target.name}`;
      const written = [storeSystemMessage(tx, sessionId, text, now)];
      const effects = [sessionEffect(sessionId), lobbyEffect(sessionId, true, { agentId: target.id, reason: 'transfer' }), ...drainQueue(tx, now)];
      return sessionChange(tx, secret, sessionId, written, effects);
    },
    { behavior: 'immediate' },
  );
}
