import { and, eq, max, ne, sql } from 'drizzle-orm';
import type { ChatReadState } from '../../shared/chat/protocol.ts';
import type { Queryable } from '../db/open.ts';
import { prepared, rowPlaceholders } from '../db/per-connection.ts';
import { chatReads } from '../db/schema.ts';
import type { Participant } from '../rooms/store.ts';
import { readerKey, sessionFor } from './access.ts';
import type { ChatDeps } from './deps.ts';

/** How far the customer has read, and the furthest any agent has read (what read receipts show). */
export function readStateOf(db: Queryable, sessionId: string): ChatReadState {
  const customer = db
    .select({ seq: chatReads.lastReadSeq })
    .from(chatReads)
    .where(and(eq(chatReads.sessionId, sessionId), eq(chatReads.participant, 'customer')))
    .get()?.seq;
  const agent = db
    .select({ seq: max(chatReads.lastReadSeq) })
    .from(chatReads)
    .where(and(eq(chatReads.sessionId, sessionId), ne(chatReads.participant, 'customer')))
    .get()?.seq;
  return { customer: customer ?? 0, agent: agent ?? 0 };
}

const upsertRead = prepared((db) =>
  db
    .insert(chatReads)
    .values(rowPlaceholders(chatReads))
    .onConflictDoUpdate({
      target: [chatReads.sessionId, chatReads.participant],
      set: { lastReadSeq: sql`max(${chatReads.lastReadSeq}, excluded.last_read_seq)`, updatedAt: sql`excluded.updated_at` },
    })
    .prepare(),
);

/** Moves a reader's position forward (never back, never past the last message). Inside the caller's transaction. */
export function advanceRead(tx: Queryable, sessionId: string, reader: string, seq: number, now: Date): void {
  upsertRead(tx).run({ sessionId, participant: reader, lastReadSeq: seq, updatedAt: now });
}

export async function readState({ db }: ChatDeps, sessionId: string): Promise<ChatReadState> {
  return readStateOf(db, sessionId);
}

export async function markRead({ db }: ChatDeps, sessionId: string, who: Participant, seq: number): Promise<ChatReadState> {
  return db.transaction(
    (tx) => {
      const session = sessionFor(tx, sessionId, who);
      advanceRead(tx, sessionId, readerKey(who), Math.min(Math.max(0, seq), session.lastSeq), new Date());
      return readStateOf(tx, sessionId);
    },
    { behavior: 'immediate' },
  );
}
