import { eq, inArray, sql, type Placeholder, type SQL } from 'drizzle-orm';
import type { ChatSender, ChatSummary } from '../../shared/chat/protocol.ts';
import type { Queryable } from '../db/open.ts';
import { prepared } from '../db/per-connection.ts';
import { agents, chatSessions, customers } from '../db/schema.ts';
import { toAgentRef } from './serialize.ts';

/** The newest message, agents' view (notes included: summaries are for the inbox only). */
const lastMessage = sql<string | null>`(select json_object('body', substr(m.body, 1, 200), 'senderType', m.sender_type, 'createdAt', m.created_at)
  from chat_messages m where m.session_id = ${chatSessions.id} order by m.seq desc limit 1)`;

/** Customer messages past the reader's position: one agent's, or (no agent given) the furthest any agent read. */
function unreadFor(agentId: string | Placeholder | null): SQL<number> {
  const readUpTo =
    agentId === null
      ? sql`(select max(r.last_read_seq) from chat_reads r where r.session_id = ${chatSessions.id} and r.participant <> 'customer')`
      : sql`(select r.last_read_seq from chat_reads r where r.session_id = ${chatSessions.id} and r.participant = ${agentId})`;
  return sql<number>`(select count(*) from chat_messages m where m.session_id = ${chatSessions.id}
    and m.sender_type = 'customer' and m.seq > coalesce(${readUpTo}, 0))`;
}

const selection = (forAgentId: string | Placeholder | null) => ({
  session: chatSessions,
  customerName: customers.name,
  customerEmail: customers.email,
  agentName: agents.name,
  agentAvatarUrl: agents.avatarUrl,
  lastMessage,
  unread: unreadFor(forAgentId),
});

export function selectSummaries(db: Queryable, forAgentId: string | Placeholder | null) {
  return db
    .select(selection(forAgentId))
    .from(chatSessions)
    .innerJoin(customers, eq(customers.id, chatSessions.customerId))
    .leftJoin(agents, eq(agents.id, chatSessions.assignedAgentId));
}

type SummaryRow = Awaited<ReturnType<ReturnType<typeof selectSummaries>['all']>>[number];

export function toSummary(row: SummaryRow): ChatSummary {
  const { session } = row;
  // Built by json_object() above, so its shape is ours.
  const last = row.lastMessage ? (JSON.parse(row.lastMessage) as { body: string; senderType: ChatSender['type']; createdAt: number }) : null;
  return {
    id: session.id,
    siteId: session.siteId,
    status: session.status,
    priority: session.priority,
    customer: { id: session.customerId, name: row.customerName, email: row.customerEmail },
    assignedAgent: toAgentRef(session.assignedAgentId, row.agentName, row.agentAvatarUrl),
    lastMessage: last
      ? { body: last.body, senderType: last.senderType, createdAt: new Date(last.createdAt).toISOString() }
      : null,
    lastSeq: session.lastSeq,
    unread: row.unread,
    startedAt: session.startedAt.toISOString(),
    lastActivityAt: session.lastActivityAt.toISOString(),
    closedAt: session.closedAt?.toISOString() ?? null,
  };
}

/** The lobby reads one chat's summary after (nearly) every message: prepared once, per kind of reader. */
const summaryForAgent = prepared((db) =>
  selectSummaries(db, sql.placeholder('agentId'))
    .where(eq(chatSessions.id, sql.placeholder('sessionId')))
    .prepare(),
);
const summaryForAnyAgent = prepared((db) =>
  selectSummaries(db, null)
    .where(eq(chatSessions.id, sql.placeholder('sessionId')))
    .prepare(),
);

/** One chat as the inbox lists it, unread counted for `forAgentId`. */
export function summaryOf(db: Queryable, sessionId: string, forAgentId: string | null): ChatSummary | null {
  const row = forAgentId === null ? summaryForAnyAgent(db).get({ sessionId }) : summaryForAgent(db).get({ sessionId, agentId: forAgentId });
  return row ? toSummary(row) : null;
}

/** Summaries of these chats, in the order given. */
export function summariesOf(db: Queryable, sessionIds: readonly string[], forAgentId: string | null): ChatSummary[] {
  if (!sessionIds.length) return [];
  const rows = selectSummaries(db, forAgentId)
    .where(inArray(chatSessions.id, [...sessionIds]))
    .all();
  const byId = new Map(rows.map((row) => [row.session.id, toSummary(row)]));
  return sessionIds.flatMap((id) => byId.get(id) ?? []);
}
