import { randomBytes } from 'node:crypto';
import { and, eq, inArray, sql } from 'drizzle-orm';
import { chatLimits, type ChatMessage } from '../../shared/chat/protocol.ts';
import type { Queryable } from '../db/open.ts';
import { groupCommit } from '../db/group-commit.ts';
import { prepared } from '../db/per-connection.ts';
import { chatAttachments, chatMessages, type ChatAttachmentRef } from '../db/schema.ts';
import { ChatRuleError, type AppendResult, type ChatStore, type Participant } from '../rooms/store.ts';
import { chatEnded, readerKey, sessionFor } from './access.ts';
import type { ChatDeps } from './deps.ts';
import { lobbyEffect } from './effects.ts';
import { messageFromRow, readMessages, type Audience } from './history.ts';
import { advanceRead } from './reads.ts';
import type { MessageRow, SessionRow } from './rows.ts';
import { storeMessage } from './store-message.ts';

/** A message as the rooms' store receives it (server/rooms/store.ts), for a session already found. */
export type NewMessage = Omit<Parameters<ChatStore['appendMessage']>[0], 'sessionId'>;

/** A client id for messages that arrive without one (a chat's first message sent over REST). */
export const newClientId = () => randomBytes(12).toString('base64url');

const messageByClientId = prepared((db) =>
  db
    .select()
    .from(chatMessages)
    .where(and(eq(chatMessages.sessionId, sql.placeholder('sessionId')), eq(chatMessages.clientId, sql.placeholder('clientId'))))
    .prepare(),
);

const sentBy = (row: MessageRow, who: Participant) =>
  who.kind === 'agent' ? row.senderType === 'agent' && row.senderAgentId === who.agentId : row.senderType === 'customer';

function attachmentRefs(tx: Queryable, sessionId: string, ids: string[]): ChatAttachmentRef[] {
  const unique = [...new Set(ids)];
  if (unique.length > chatLimits.attachments) {
    throw new ChatRuleError('validation_failed', 'Too many files', { attachmentIds: `at most ${chatLimits.attachments} files per message` });
  }
  if (!unique.length) return [];
  const rows = tx
    .select({ id: chatAttachments.id, fileName: chatAttachments.fileName, contentType: chatAttachments.contentType, size: chatAttachments.size })
    .from(chatAttachments)
    .where(and(eq(chatAttachments.sessionId, sessionId), inArray(chatAttachments.id, unique)))
    .all();
  if (rows.length !== unique.length) {
    throw new ChatRuleError('validation_failed', 'A file is not part of this chat', { attachmentIds: 'must be files uploaded to this chat' });
  }
  const byId = new Map(rows.map((row) => [row.id, row]));
  return unique.map((id) => byId.get(id) as ChatAttachmentRef);
}

/**
 * Stores a message in the session, inside the caller's transaction. The rules, in order:
 *  - a client id seen before in this session returns that message (`duplicate`), so retries after
 *    a lost ack are harmless — even after the chat closed;
 *  - closed chats take no new messages; customers cannot write internal notes;
 *  - a message needs text or files, and its files must have been uploaded to this chat.
 * The sender has read everything up to their own message.
 */
export function appendInTransaction(tx: Queryable, session: SessionRow, input: NewMessage, now: Date): { row: MessageRow; duplicate: boolean } {
  const earlier = messageByClientId(tx).get({ sessionId: session.id, clientId: input.clientId });
  if (earlier) {
    if (!sentBy(earlier, input.who)) throw new ChatRuleError('conflict', 'That client id is taken in this chat', { clientId: 'is already used' });
    return { row: earlier, duplicate: true };
  }
  if (session.status === 'closed') throw chatEnded();
  if (input.internal && input.who.kind !== 'agent') throw new ChatRuleError('forbidden', 'Only agents can write internal notes');
  if (input.body.length > chatLimits.body) {
    throw new ChatRuleError('validation_failed', 'The message is too long', { body: `must be at most ${chatLimits.body} characters` });
  }
  const attachments = attachmentRefs(tx, session.id, input.attachmentIds);
  const hasText = input.body.trim().length > 0;
  if (!hasText && !attachments.length) throw new ChatRuleError('validation_failed', 'The message is empty', { body: 'is required' });
  const row = storeMessage(
    tx,
    {
      sessionId: session.id,
      clientId: input.clientId,
      senderType: input.who.kind === 'agent' ? 'agent' : 'customer',
      senderAgentId: input.who.kind === 'agent' ? input.who.agentId : null,
      kind: hasText ? 'text' : 'file',
      body: input.body,
      attachments,
      internal: input.internal,
    },
    now,
  );
  advanceRead(tx, session.id, readerKey(input.who), row.seq, now);
  return { row, duplicate: false };
}

/**
 * Stores a message sent to a session's room; see `appendInTransaction` for the rules. Messages
 * arriving in the same event-loop turn are committed together (`groupCommit`), and the result
 * (the room's ack) comes only after that commit.
 */
export async function appendMessage({ db, secret }: ChatDeps, input: NewMessage & { sessionId: string }): Promise<AppendResult> {
  return groupCommit(db, () => {
    const session = sessionFor(db, input.sessionId, input.who);
    const { row, duplicate } = appendInTransaction(db, session, input, new Date());
    // The agents' view: the sender may see what they sent (an agent their own note).
    const message = messageFromRow(db, secret, session, row);
    return { message, duplicate, effects: duplicate ? [] : [lobbyEffect(session.id, false)] };
  });
}

/** What a (re)joining client missed: messages after `afterSeq`, without internal notes for customers. */
export async function messagesAfter({ db, secret }: ChatDeps, sessionId: string, afterSeq: number, audience: Audience): Promise<ChatMessage[]> {
  return readMessages(db, secret, sessionId, { audience, afterSeq });
}
