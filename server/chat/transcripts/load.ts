import { and, asc, eq, inArray } from 'drizzle-orm';
import type { ChatSender, ChatSessionStatus } from '../../../shared/chat/protocol.ts';
import type { IsoDate } from '../../../shared/schemas/common.ts';
import type { Queryable } from '../../db/open.ts';
import { agents, chatMessages, chatSessions, customers, sites, tickets } from '../../db/schema.ts';
import { notFound } from '../../lib/errors.ts';
import { senderOf } from '../serialize.ts';

/** What a transcript's heading shows about the chat. */
export interface TranscriptSession {
  id: string;
  siteName: string;
  customer: { name: string; email: string | null };
  /** Agents the customer talked to: the assigned one, then anyone else who wrote to them. */
  agents: string[];
  status: ChatSessionStatus;
  startedAt: IsoDate;
  closedAt: IsoDate | null;
  rating: number | null;
  /** The ticket the chat became, if it was converted. */
  ticketNumber: number | null;
}

/** The parts of a chat message a transcript prints; `ChatMessage` (shared/chat/protocol.ts) fits it. */
export interface TranscriptMessage {
  seq: number;
  sender: ChatSender;
  kind: 'text' | 'file' | 'system';
  body: string;
  attachments: { fileName: string; contentType: string; size: number }[];
  internal: boolean;
  createdAt: IsoDate;
}

export interface Transcript {
  session: TranscriptSession;
  messages: TranscriptMessage[];
}

/**
 * Chats as their customer-facing transcripts, in the order of `sessionIds`. Internal notes are
 * not even read: a transcript goes to customers, inboxes and files, and notes never may.
 * (The renderers drop them again, so a caller passing its own messages cannot leak one either.)
 */
export function loadTranscripts(db: Queryable, sessionIds: readonly string[]): Transcript[] {
  if (!sessionIds.length) return [];
  const sessionRows = db
    .select({
      id: chatSessions.id,
      siteName: sites.name,
      customerName: chatSessions.customerName,
      customerEmail: chatSessions.customerEmail,
      customerRecordName: customers.name,
      customerRecordEmail: customers.email,
      agentName: agents.name,
      status: chatSessions.status,
      startedAt: chatSessions.startedAt,
      closedAt: chatSessions.closedAt,
      rating: chatSessions.rating,
      ticketNumber: tickets.number,
    })
    .from(chatSessions)
    .innerJoin(sites, eq(sites.id, chatSessions.siteId))
    .innerJoin(customers, eq(customers.id, chatSessions.customerId))
    .leftJoin(agents, eq(agents.id, chatSessions.assignedAgentId))
    .leftJoin(tickets, eq(tickets.id, chatSessions.convertedTicketId))
    .where(inArray(chatSessions.id, [...sessionIds]))
    .all();
  const messageRows = db
    .select({
      sessionId: chatMessages.sessionId,
      seq: chatMessages.seq,
      senderType: chatMessages.senderType,
      senderAgentId: chatMessages.senderAgentId,
      agentName: agents.name,
      agentAvatarUrl: agents.avatarUrl,
      kind: chatMessages.kind,
      body: chatMessages.body,
      attachments: chatMessages.attachments,
      createdAt: chatMessages.createdAt,
    })
    .from(chatMessages)
    .leftJoin(agents, eq(agents.id, chatMessages.senderAgentId))
    .where(and(inArray(chatMessages.sessionId, [...sessionIds]), eq(chatMessages.isInternal, false)))
    .orderBy(asc(chatMessages.sessionId), asc(chatMessages.seq))
    .all();

  const bySession = new Map<string, Transcript>();
  for (const row of sessionRows) {
    const assigned = row.agentName === null ? [] : [row.agentName];
    bySession.set(row.id, {
      session: {
        id: row.id,
        siteName: row.siteName,
        customer: { name: row.customerName || row.customerRecordName, email: row.customerEmail ?? row.customerRecordEmail },
        agents: assigned,
        status: row.status,
        startedAt: row.startedAt.toISOString(),
        closedAt: row.closedAt?.toISOString() ?? null,
        rating: row.rating,
        ticketNumber: row.ticketNumber,
      },
      messages: [],
    });
  }
  for (const row of messageRows) {
    const transcript = bySession.get(row.sessionId);
    if (!transcript) continue;
    const sender = senderOf(row, { name: row.agentName, avatarUrl: row.agentAvatarUrl }, transcript.session.customer.name);
    if (sender.type === 'agent' && !transcript.session.agents.includes(sender.name)) transcript.session.agents.push(sender.name);
    transcript.messages.push({
      seq: row.seq,
      sender,
      kind: row.kind,
      body: row.body,
      attachments: row.attachments.map(({ fileName, contentType, size }) => ({ fileName, contentType, size })),
      internal: false,
      createdAt: row.createdAt.toISOString(),
    });
  }
  return sessionIds.flatMap((id) => bySession.get(id) ?? []);
}

export function loadTranscript(db: Queryable, sessionId: string): Transcript {
  const [transcript] = loadTranscripts(db, [sessionId]);
  if (!transcript) throw notFound('Chat');
  return transcript;
}
