import { and, count, countDistinct, desc, eq, sql, type SQL } from 'drizzle-orm';
import type { SQLiteColumn, SQLiteTable } from 'drizzle-orm/sqlite-core';
import { ticketChannels, type TicketChannel } from '../../shared/schemas/tickets.ts';
import type { Db } from '../db/open.ts';
import { agents, chatSessions, knowledgeFeedback, knowledgeSearches, knowledgeViews, tickets } from '../db/schema.ts';
import { activeTicket } from '../tickets/overdue.ts';
import * as d from './definitions.ts';
import { sqlPercentile } from './percentile.ts';
import type { Span } from './range.ts';
import type { AgentFigures, AnalyticsReader, DurationStats, PeriodFigures, RatingStats } from './reader.ts';
import { DAY, HOUR, offsetSegments } from './time-zone.ts';

/** A definition's value and which rows it covers (see definitions.ts). */
interface Measure {
  value: SQL | SQLiteColumn;
  where: (span: Span) => SQL | undefined;
}

const countWhere = (db: Db, table: SQLiteTable, where: SQL | undefined): number =>
  db.select({ n: count() }).from(table).where(where).get()?.n ?? 0;

/** Count, sum and nearest-rank median/p90 of one duration, in one pass over the matching rows. */
function durationStats(db: Db, table: SQLiteTable, definition: Measure, span: Span): DurationStats {
  const row = db.get<{ n: number; total: number | null; median: number | null; p90: number | null }>(sql`
    select count(*) as n, sum(v) as total, ${sqlPercentile(50)} as median, ${sqlPercentile(90)} as p90
    from (select v, row_number() over (order by v) as rn, count(*) over () as cnt
          from (select ${definition.value} as v from ${table} where ${definition.where(span)}))`);
  return { count: row.n, sum: row.total ?? 0, median: row.median, p90: row.p90 };
}

function ratingStats(db: Db, table: SQLiteTable, definition: Measure, span: Span): RatingStats {
  const row = db
    .select({ n: count(), total: sql<number | null>`sum(${definition.value})` })
    .from(table)
    .where(definition.where(span))
    .get();
  return { count: row?.n ?? 0, sum: row?.total ?? 0 };
}

/** UTC milliseconds → local wall-clock milliseconds: one CASE branch per offset the zone had in the span. */
function localTime(column: SQLiteColumn, tz: string, span: Span): SQL {
  const segments = offsetSegments(tz, span.from, span.to);
  const last = segments.at(-1)?.offset ?? 0;
  if (segments.length === 1) return sql`${column} + ${sql.raw(String(last))}`;
  const branches = segments.slice(0, -1).map(({ until, offset }) => sql`when ${column} < ${sql.raw(String(until))} then ${column} + ${sql.raw(String(offset))}`);
  return sql`(case ${sql.join(branches, sql` `)} else ${column} + ${sql.raw(String(last))} end)`;
}

const dayMs = sql.raw(String(DAY));
const hourMs = sql.raw(String(HOUR));

/** Aggregates the raw rows on every call: exact, and fast enough until the history is large. */
export function rawReader(db: Db): AnalyticsReader {
  return {
    async period(span, now): Promise<PeriodFigures> {
      const chats = db
        .select({ taken: count(), agents: countDistinct(chatSessions.assignedAgentId) })
        .from(chatSessions)
        .where(d.chatTaken(span))
        .get();
      return {
        ticketsCreated: countWhere(db, tickets, d.ticketCreated(span)),
        ticketsResolved: countWhere(db, tickets, d.ticketResolved(span)),
        firstResponse: durationStats(db, tickets, d.firstResponse, span),
        resolution: durationStats(db, tickets, d.resolution, span),
        slaMet: countWhere(db, tickets, d.slaMet(span)),
        slaBreached: countWhere(db, tickets, d.slaBreached(span, now)),
        ticketRatings: ratingStats(db, tickets, d.ticketRating, span),
        chatsStarted: countWhere(db, chatSessions, d.chatStarted(span)),
        chatWait: durationStats(db, chatSessions, d.chatWait, span),
        chatDuration: durationStats(db, chatSessions, d.chatDuration, span),
        chatsMissed: countWhere(db, chatSessions, d.chatMissed(span)),
        chatsConverted: countWhere(db, chatSessions, d.chatConverted(span)),
        chatsTaken: chats?.taken ?? 0,
        chatAgents: chats?.agents ?? 0,
        chatRatings: ratingStats(db, chatSessions, d.chatRating, span),
        kbSearches: countWhere(db, knowledgeSearches, d.kbSearch(span)),
        kbSearchesWithoutResult: countWhere(db, knowledgeSearches, d.kbSearchWithoutResult(span)),
        kbViews: countWhere(db, knowledgeViews, d.kbView(span)),
        kbVotes: countWhere(db, knowledgeFeedback, d.kbVote(span)),
        kbHelpfulVotes: countWhere(db, knowledgeFeedback, and(d.kbVote(span), eq(knowledgeFeedback.helpful, true))),
      };
    },

    async channels(span) {
      const rows = db
        .select({ channel: tickets.channel, n: count() })
        .from(tickets)
        .where(d.ticketCreated(span))
        .groupBy(tickets.channel)
        .all();
      const result = Object.fromEntries(ticketChannels.map((channel) => [channel, 0])) as Record<TicketChannel, number>;
      for (const row of rows) result[row.channel] = row.n;
      return result;
    },

    async categories(span) {
      return db
        .select({ category: tickets.category, tickets: count() })
        .from(tickets)
        .where(d.ticketCreated(span))
        .groupBy(tickets.category)
        .orderBy(desc(count()), tickets.category)
        .all();
    },

    async peakHours(span, tz) {
      const local = localTime(tickets.createdAt, tz, span);
      const rows = db.all<{ weekday: number; hour: number; n: number }>(sql`
        select (t / ${dayMs} + 3) % 7 as weekday, (t % ${dayMs}) / ${hourMs} as hour, count(*) as n
        from (select ${local} as t from ${tickets} where ${d.ticketCreated(span)})
        group by weekday, hour`);
      const grid = Array.from({ length: 7 }, () => Array.from({ length: 24 }, () => 0));
      for (const row of rows) {
        const line = grid[row.weekday];
        if (line) line[row.hour] = row.n;
      }
      return grid;
    },

    async agents(span) {
      const perAgent = <T extends Record<string, unknown>>(rows: (T & { agentId: string | null })[]) =>
        new Map(rows.filter((row) => row.agentId).map((row) => [row.agentId as string, row]));
      const resolved = perAgent(
        db
          .select({
            agentId: tickets.assigneeId,
            n: count(),
            ratings: sql<number>`count(${tickets.satisfaction})`,
            ratingSum: sql<number | null>`sum(${tickets.satisfaction})`,
          })
          .from(tickets)
          .where(d.ticketResolved(span))
          .groupBy(tickets.assigneeId)
          .all(),
      );
      const answered = perAgent(
        db
          .select({ agentId: tickets.assigneeId, n: count(), sum: sql<number>`sum(${d.firstResponse.value})` })
          .from(tickets)
          .where(d.firstResponse.where(span))
          .groupBy(tickets.assigneeId)
          .all(),
      );
      const active = perAgent(
        db.select({ agentId: tickets.assigneeId, n: count() }).from(tickets).where(activeTicket).groupBy(tickets.assigneeId).all(),
      );
      const chats = perAgent(
        db
          .select({ agentId: chatSessions.assignedAgentId, n: count() })
          .from(chatSessions)
          .where(d.chatStarted(span))
          .groupBy(chatSessions.assignedAgentId)
          .all(),
      );
      const chatRatings = perAgent(
        db
          .select({ agentId: chatSessions.assignedAgentId, n: count(), sum: sql<number>`sum(${chatSessions.rating})` })
          .from(chatSessions)
          .where(d.chatRating.where(span))
          .groupBy(chatSessions.assignedAgentId)
          .all(),
      );
      return db
        .select({ id: agents.id, name: agents.name, avatarUrl: agents.avatarUrl, disabledAt: agents.disabledAt })
        .from(agents)
        .all()
        .map(
          (agent): AgentFigures => ({
            agentId: agent.id,
            name: agent.name,
            avatarUrl: agent.avatarUrl,
            disabled: agent.disabledAt !== null,
            resolved: resolved.get(agent.id)?.n ?? 0,
            firstResponse: { count: answered.get(agent.id)?.n ?? 0, sum: answered.get(agent.id)?.sum ?? 0 },
            ratings: {
              count: (resolved.get(agent.id)?.ratings ?? 0) + (chatRatings.get(agent.id)?.n ?? 0),
              sum: (resolved.get(agent.id)?.ratingSum ?? 0) + (chatRatings.get(agent.id)?.sum ?? 0),
            },
            activeTickets: active.get(agent.id)?.n ?? 0,
            chats: chats.get(agent.id)?.n ?? 0,
          }),
        );
    },
  };
}
