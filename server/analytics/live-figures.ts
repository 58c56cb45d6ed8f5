import { and, count, eq, sql } from 'drizzle-orm';
import type { Db } from '../db/open.ts';
import { knowledgeFeedback, knowledgeSearches, knowledgeViews, tickets } from '../db/schema.ts';
import { activeTicket } from '../tickets/overdue.ts';
import * as d from './definitions.ts';
import type { Span } from './range.ts';
import type { TicketDimension } from './reader.ts';

/*
 * Figures read from the rows by every reader: they depend on "now" (overdue SLAs, active
 * tickets) or come from tables small enough not to need rollups (knowledge base).
 */

const dimensionColumns = {
  agent: sql<string>`coalesce(${tickets.assigneeId}, '')`,
  channel: sql<string>`${tickets.channel}`,
  priority: sql<string>`${tickets.priority}`,
  category: sql<string>`coalesce(${tickets.category}, '')`,
} satisfies Record<TicketDimension, unknown>;

/** Tickets created in the span whose SLA is breached at `now` without being final yet (see definitions.ts). */
export function slaOverdue(db: Db, span: Span, now: number, by?: TicketDimension): Map<string, number> {
  const key = by ? dimensionColumns[by] : sql<string>`''`;
  const rows = db.select({ key, n: count() }).from(tickets).where(d.slaOverdue(span, now)).groupBy(key).all();
  return new Map(rows.map((row) => [row.key, row.n]));
}

/** Open or pending tickets per assignee now (a snapshot, not bound to a range). */
export function activeTicketsByAgent(db: Db): Map<string, number> {
  const rows = db.select({ agentId: tickets.assigneeId, n: count() }).from(tickets).where(activeTicket).groupBy(tickets.assigneeId).all();
  return new Map(rows.flatMap((row) => (row.agentId ? [[row.agentId, row.n] as const] : [])));
}

export interface KnowledgeFigures {
  searches: number;
  searchesWithoutResult: number;
  views: number;
  votes: number;
  helpfulVotes: number;
}

export function knowledgeFigures(db: Db, span: Span): KnowledgeFigures {
  const countWhere = (table: typeof knowledgeSearches | typeof knowledgeViews | typeof knowledgeFeedback, where: ReturnType<typeof and>) =>
    db.select({ n: count() }).from(table).where(where).get()?.n ?? 0;
  return {
    searches: countWhere(knowledgeSearches, d.kbSearch(span)),
    searchesWithoutResult: countWhere(knowledgeSearches, d.kbSearchWithoutResult(span)),
    views: countWhere(knowledgeViews, d.kbView(span)),
    votes: countWhere(knowledgeFeedback, d.kbVote(span)),
    helpfulVotes: countWhere(knowledgeFeedback, and(d.kbVote(span), eq(knowledgeFeedback.helpful, true))),
  };
}
