import { asc, eq } from 'drizzle-orm';
import { alias } from 'drizzle-orm/sqlite-core';
import type { ChatDetail, ChatTransfer } from '../../shared/schemas/chat.ts';
import type { Queryable } from '../db/open.ts';
import { agents, chatTransfers, tickets } from '../db/schema.ts';
import { notFound } from '../lib/errors.ts';
import type { ChatDeps } from './deps.ts';
import { readMessages } from './history.ts';
import { queuePosition } from './queue.ts';
import { readStateOf } from './reads.ts';
import { findSessionRow } from './rows.ts';
import { toAgentRef } from './serialize.ts';
import { summaryOf } from './summaries.ts';

const fromAgent = alias(agents, 'from_agent');
const toAgent = alias(agents, 'to_agent');

export function transfersOf(db: Queryable, sessionId: string): ChatTransfer[] {
  return db
    .select({ transfer: chatTransfers, fromName: fromAgent.name, fromAvatar: fromAgent.avatarUrl, toName: toAgent.name, toAvatar: toAgent.avatarUrl })
    .from(chatTransfers)
    .leftJoin(fromAgent, eq(fromAgent.id, chatTransfers.fromAgentId))
    .leftJoin(toAgent, eq(toAgent.id, chatTransfers.toAgentId))
    .where(eq(chatTransfers.sessionId, sessionId))
    .orderBy(asc(chatTransfers.createdAt), asc(chatTransfers.id))
    .all()
    .map(({ transfer, fromName, fromAvatar, toName, toAvatar }) => ({
      id: transfer.id,
      from: toAgentRef(transfer.fromAgentId, fromName, fromAvatar),
      to: toAgentRef(transfer.toAgentId, toName, toAvatar),
      note: transfer.note,
      createdAt: transfer.createdAt.toISOString(),
    }));
}

/** A chat as the console opens it: every message (internal notes too), transfers, read positions. */
export async function getChatDetail({ db, secret }: ChatDeps, sessionId: string, viewerAgentId: string): Promise<ChatDetail> {
  const session = findSessionRow(db, sessionId);
  const summary = session ? summaryOf(db, sessionId, viewerAgentId) : null;
  if (!session || !summary) throw notFound('Chat');
  const ticket = session.convertedTicketId
    ? db.select({ id: tickets.id, number: tickets.number }).from(tickets).where(eq(tickets.id, session.convertedTicketId)).get()
    : undefined;
  const pageUrl = session.metadata.pageUrl;
  return {
    chat: {
      ...summary,
      rating: session.rating,
      ratingComment: session.ratingComment,
      convertedTicket: ticket ?? null,
      verified: session.verified,
      pageUrl: typeof pageUrl === 'string' ? pageUrl : null,
      queuePosition: queuePosition(db, session),
      assignedAt: session.assignedAt?.toISOString() ?? null,
      closedBy: session.closedBy,
    },
    messages: readMessages(db, secret, sessionId, { audience: 'agent' }),
    transfers: transfersOf(db, sessionId),
    reads: readStateOf(db, sessionId),
  };
}
