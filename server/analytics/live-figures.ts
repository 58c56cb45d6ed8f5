import { and, count, eq, sql } from 'drizzle-orm';
import type { Db } from '../db/open.ts';
import { knowledgeFeedback, knowledgeSearches, knowledgeViews, tickets } from '../db/schema.ts';
import { activeTicket } from '../tickets/overdue.ts';
import * as d from './definitions.ts';
import { tableColumns } from './definitions.ts';
import { ticketKeys } from './raw-reader.ts';
import type { Span } from './range.ts';
import type { TicketDimension } from './reader.ts';

/*
 * Figures read from the rows by every reader: they depend on "now" (overdue SLAs, active
 * tickets) or come from tables small enough not to need rollups (knowledge base).
 */

/**
 * Tickets created in the span whose SLA is breached at `now` without being final yet (see
 * definitions.ts). Only unresolved tickets can be overdue: the partial index holding just those is
 * named, because SQLite would otherwise walk every unresolved ticket through `resolved_at`.
 */
export function slaOverdue(db: Db, span: Span, now: number, by?: TicketDimension): Map<string, number> {
  const columns = tableColumns('tickets');
  const rows = db.all<{ k: string; n: number }>(
    sql.raw(`select ${by ? ticketKeys[by] : `''`} as k, count(*) as n from tickets indexed by tickets_unresolved_sla_idx
      where ${columns('resolved_at')} is null and ${columns('created_at')} >= ${span.from} and ${columns('created_at')} < ${span.to}
        and ${d.ticketTerms.slaOverdue(columns, now)}
      group by k`),
  );
  return new Map(rows.map((row) => [row.k, row.n]));
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
