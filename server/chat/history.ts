import { and, asc, eq, gt, inArray, sql } from 'drizzle-orm';
import type { ChatMessage } from '../../shared/chat/protocol.ts';
import type { Queryable } from '../db/open.ts';
import { prepared } from '../db/per-connection.ts';
import { agents, chatMessages, chatSessions } from '../db/schema.ts';
import type { MessageRow, SessionRow } from './rows.ts';
import { toChatMessage, type SenderAgent } from './serialize.ts';

/** Who is reading: customers never receive internal notes, wherever the messages go. */
export type Audience = 'customer' | 'agent';

/**
 * A session's messages in seq order, with their authors' names. `afterSeq` reads what a
 * reconnecting client missed; `ids` reads back messages just written.
 */
export function readMessages(
  db: Queryable,
  secret: string,
  sessionId: string,
  options: { audience: Audience; afterSeq?: number; ids?: string[] },
): ChatMessage[] {
  if (options.ids && options.ids.length === 0) return [];
  const rows = db
    .select({ message: chatMessages, agentName: agents.name, agentAvatarUrl: agents.avatarUrl, customerName: chatSessions.customerName })
    .from(chatMessages)
    .innerJoin(chatSessions, eq(chatSessions.id, chatMessages.sessionId))
    .leftJoin(agents, eq(agents.id, chatMessages.senderAgentId))
    .where(
      and(
        eq(chatMessages.sessionId, sessionId),
        options.afterSeq !== undefined ? gt(chatMessages.seq, options.afterSeq) : undefined,
        options.ids ? inArray(chatMessages.id, options.ids) : undefined,
        options.audience === 'customer' ? eq(chatMessages.isInternal, false) : undefined,
      ),
    )
    .orderBy(asc(chatMessages.seq))
    .all();
  return rows.map((row) =>
    toChatMessage(secret, row.message, { name: row.agentName, avatarUrl: row.agentAvatarUrl }, row.customerName),
  );
}

const agentById = prepared((db) =>
  db
    .select({ name: agents.name, avatarUrl: agents.avatarUrl })
    .from(agents)
    .where(eq(agents.id, sql.placeholder('id')))
    .prepare(),
);

const noAgent: SenderAgent = { name: null, avatarUrl: null };

/**
 * A message row of this session as `readMessages` returns it, without reading the message back:
 * for the row just stored (or found again by its client id) and the session read in the same
 * transaction. The author is looked up like readMessages joins it (a gone agent has no name).
 */
export function messageFromRow(db: Queryable, secret: string, session: Pick<SessionRow, 'id' | 'customerName'>, row: MessageRow): ChatMessage {
  if (row.sessionId !== session.id) throw new Error(`message ${row.id} is not part of session ${session.id}`);
  const agent = row.senderAgentId === null ? noAgent : (agentById(db).get({ id: row.senderAgentId }) ?? noAgent);
  return toChatMessage(secret, row, agent, session.customerName);
}
