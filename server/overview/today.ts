import { and, asc, count, eq, inArray, isNull, sql, type SQL } from 'drizzle-orm';
import type { SQLiteColumn, SQLiteTable } from 'drizzle-orm/sqlite-core';
import type { TodayFigures } from '../../shared/schemas/analytics-extra.ts';
import { chatRating, firstResponse, ticketCreated, ticketRating, ticketResolved } from '../analytics/definitions.ts';
import { dayOf as localDay } from '../../shared/time-zone.ts';
import { meanOf } from '../analytics/kpi.ts';
import { addTotals } from '../analytics/totals.ts';
import { percentileOf } from '../analytics/percentile.ts';
import type { Span } from '../analytics/range.ts';
import { nextDay, startOfDay } from '../../shared/time-zone.ts';
import type { Db } from '../db/open.ts';
import { agentAvailability, agents, chatSessions, tickets } from '../db/schema.ts';

/**
 * Today's figures for the home page, with the analytics definitions over [local midnight, now):
 * a small span (the whole local day; nothing is created in the future), so the raw rows through their indexes (created_at, resolved_at,
 * first_response_at, closed_at) answer at once, exactly. Chats and agents are right now.
 */

const ratingsOf = (db: Db, table: SQLiteTable, definition: { value: SQLiteColumn; where: (span: Span) => SQL | undefined }, span: Span) => {
  const row = db
    .select({ count: count(), sum: sql<number | null>`sum(${definition.value})` })
    .from(table)
    .where(definition.where(span))
    .get();
  return { count: row?.count ?? 0, sum: row?.sum ?? 0 };
};

export function todayFigures(db: Db, tz: string, now: number): TodayFigures {
  const today = localDay(now, tz);
  const span: Span = { from: startOfDay(today, tz), to: startOfDay(nextDay(today), tz) };
  const countTickets = (where: SQL) => db.select({ n: count() }).from(tickets).where(where).get()?.n ?? 0;

  const firstResponses = db
    .select({ ms: firstResponse.value })
    .from(tickets)
    .where(firstResponse.where(span))
    .orderBy(asc(firstResponse.value))
    .all()
    .map((row) => row.ms);

  const ratings = addTotals(ratingsOf(db, tickets, ticketRating, span), ratingsOf(db, chatSessions, chatRating, span));

  const chats = db
    .select({ status: chatSessions.status, n: count() })
    .from(chatSessions)
    .where(inArray(chatSessions.status, ['waiting', 'active']))
    .groupBy(chatSessions.status)
    .all();

  const agentsOnline =
    db
      .select({ n: count() })
      .from(agentAvailability)
      .innerJoin(agents, eq(agents.id, agentAvailability.agentId))
      .where(and(eq(agentAvailability.status, 'online'), isNull(agents.disabledAt)))
      .get()?.n ?? 0;

  return {
    tz,
    since: new Date(span.from).toISOString(),
    until: new Date(span.to).toISOString(),
    created: countTickets(ticketCreated(span)),
    resolved: countTickets(ticketResolved(span)),
    medianFirstResponseMs: percentileOf(firstResponses, 50),
    csat: { mean: meanOf(ratings), count: ratings.count },
    chatsWaiting: chats.find((row) => row.status === 'waiting')?.n ?? 0,
    chatsActive: chats.find((row) => row.status === 'active')?.n ?? 0,
    agentsOnline,
  };
}
