import { eq, sql } from 'drizzle-orm';
import type { Queryable } from '../db/open.ts';
import { prepared, rowPlaceholders } from '../db/per-connection.ts';
import { chatMessages, chatSessions, type ChatAttachmentRef } from '../db/schema.ts';
import { uuidv7 } from '../lib/ids.ts';
import type { MessageRow } from './rows.ts';

const nextSeq = prepared((db) =>
  db
    .update(chatSessions)
    // Timestamps are stored as integer milliseconds; `at` is bound as one.
    .set({ lastSeq: sql`${chatSessions.lastSeq} + 1`, lastActivityAt: sql`${sql.placeholder('at')}` })
    .where(eq(chatSessions.id, sql.placeholder('sessionId')))
    .returning({ seq: chatSessions.lastSeq })
    .prepare(),
);

const insertMessage = prepared((db) => db.insert(chatMessages).values(rowPlaceholders(chatMessages)).prepare());

/**
 * Writes one message with the session's next sequence number. Must run inside the caller's
 * transaction: the UPDATE … RETURNING takes the write lock first, so two writers (even in two
 * processes) can never read the same last_seq, and the message and the counter commit together —
 * no gaps, no repeats.
 */
export function storeMessage(
  tx: Queryable,
  input: {
    sessionId: string;
    clientId: string | null;
    senderType: MessageRow['senderType'];
    senderAgentId: string | null;
    kind: MessageRow['kind'];
    body: string;
    attachments: ChatAttachmentRef[];
    internal: boolean;
  },
  now: Date,
): MessageRow {
  const bumped = nextSeq(tx).get({ sessionId: input.sessionId, at: now.getTime() });
  if (!bumped) throw new Error(`chat session ${input.sessionId} vanished inside its own transaction`);
  const row: MessageRow = {
    id: uuidv7(now.getTime()),
    sessionId: input.sessionId,
    seq: bumped.seq,
    clientId: input.clientId,
    senderType: input.senderType,
    senderAgentId: input.senderAgentId,
    kind: input.kind,
    body: input.body,
    attachments: input.attachments,
    isInternal: input.internal,
    createdAt: now,
  };
  insertMessage(tx).run(row);
  return row;
}

/** "Sam joined the chat": an event both sides see, stored in the same order as everything else. */
export function storeSystemMessage(tx: Queryable, sessionId: string, body: string, now: Date): MessageRow {
  return storeMessage(
    tx,
    { sessionId, clientId: null, senderType: 'system', senderAgentId: null, kind: 'system', body, attachments: [], internal: false },
    now,
  );
}
