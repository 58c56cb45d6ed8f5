import { eq } from 'drizzle-orm';
import { chatSessions } from '../db/schema.ts';
import { ChatRuleError, type Participant, type SessionChange } from '../rooms/store.ts';
import { sessionFor } from './access.ts';
import { sessionChange } from './change.ts';
import type { ChatDeps } from './deps.ts';
import { lobbyEffect, sessionEffect } from './effects.ts';

const maxComment = 1000;

/** The customer rates an ended chat, 1–5, once. Agents cannot rate on a customer's behalf. */
export async function rate(
  { db, secret }: ChatDeps,
  sessionId: string,
  who: Participant,
  rating: number,
  comment: string | undefined,
): Promise<SessionChange> {
  if (who.kind !== 'visitor') throw new ChatRuleError('forbidden', 'Only the customer can rate a chat');
  if (!Number.isInteger(rating) || rating < 1 || rating > 5) {
    throw new ChatRuleError('validation_failed', 'The rating is not valid', { rating: 'must be a whole number from 1 to 5' });
  }
  const text = comment?.trim() || null;
  if (text && text.length > maxComment) {
    throw new ChatRuleError('validation_failed', 'The comment is too long', { comment: `must be at most ${maxComment} characters` });
  }
  return db.transaction(
    (tx) => {
      const session = sessionFor(tx, sessionId, who);
      if (session.status !== 'closed') throw new ChatRuleError('conflict', 'A chat can be rated once it has ended');
      if (session.rating !== null) throw new ChatRuleError('conflict', 'This chat has already been rated');
      tx.update(chatSessions).set({ rating, ratingComment: text }).where(eq(chatSessions.id, sessionId)).run();
      return sessionChange(tx, secret, sessionId, [], [sessionEffect(sessionId), lobbyEffect(sessionId, false)]);
    },
    { behavior: 'immediate' },
  );
}
