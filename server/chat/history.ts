import { and, asc, eq, gt, inArray } from 'drizzle-orm';
import type { ChatMessage } from '../../shared/chat/protocol.ts';
import type { Queryable } from '../db/open.ts';
import { agents, chatMessages, chatSessions } from '../db/schema.ts';
import { toChatMessage } from './serialize.ts';

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
