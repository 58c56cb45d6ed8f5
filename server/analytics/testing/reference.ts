import { ticketChannels, type TicketChannel } from '../../../shared/schemas/tickets.ts';
import type { Db } from '../../db/open.ts';
import { agents, chatSessions, knowledgeFeedback, knowledgeSearches, knowledgeViews, tickets } from '../../db/schema.ts';
import { firstResponseTargetMs } from '../../tickets/sla.ts';
import { percentileOf } from '../percentile.ts';
import type { Span } from '../range.ts';
import type { AgentFigures, AnalyticsReader, DurationStats, RatingStats } from '../reader.ts';

/**
 * The definitions computed the obvious way: every row loaded into memory and filtered in plain
 * JavaScript, local time from Intl per row. Slow and independent of the SQL, so the property
 * test can hold the real readers to it.
 */
const ms = (date: Date | null) => (date ? date.getTime() : null);
const within = (value: number | null, span: Span): value is number => value !== null && value >= span.from && value < span.to;

function durations(values: number[]): DurationStats {
  const sorted = [...values].sort((a, b) => a - b);
  return { count: sorted.length, sum: sorted.reduce((a, b) => a + b, 0), median: percentileOf(sorted, 50), p90: percentileOf(sorted, 90) };
}

const ratings = (values: number[]): RatingStats => ({ count: values.length, sum: values.reduce((a, b) => a + b, 0) });

const weekdays = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];

export function referenceReader(db: Db): AnalyticsReader {
  const ts = db.select().from(tickets).all().map((t) => ({ ...t, created: t.createdAt.getTime(), answered: ms(t.firstResponseAt), resolved: ms(t.resolvedAt) }));
  const cs = db.select().from(chatSessions).all().map((c) => ({ ...c, started: c.startedAt.getTime(), assigned: ms(c.assignedAt), closed: ms(c.closedAt) }));
  const searches = db.select().from(knowledgeSearches).all();
  const views = db.select().from(knowledgeViews).all();
  const votes = db.select().from(knowledgeFeedback).all();
  const people = db.select().from(agents).all();

  return {
    async period(span, now) {
      const created = ts.filter((t) => within(t.created, span));
      const resolved = ts.filter((t) => within(t.resolved, span));
      const target = (t: (typeof ts)[number]) => firstResponseTargetMs[t.priority];
      const started = cs.filter((c) => within(c.started, span));
      const taken = started.filter((c) => c.assignedAgentId !== null);
      const spanVotes = votes.filter((v) => within(v.updatedAt.getTime(), span));
      return {
        ticketsCreated: created.length,
        ticketsResolved: resolved.length,
        firstResponse: durations(ts.filter((t) => within(t.answered, span)).map((t) => (t.answered ?? 0) - t.created)),
        resolution: durations(resolved.map((t) => (t.resolved ?? 0) - t.created)),
        slaMet: created.filter((t) => t.answered !== null && t.answered - t.created <= target(t)).length,
        slaBreached: created.filter((t) => (t.answered === null ? now > t.created + target(t) : t.answered - t.created > target(t))).length,
        ticketRatings: ratings(resolved.flatMap((t) => (t.satisfaction === null ? [] : [t.satisfaction]))),
        chatsStarted: started.length,
        chatWait: durations(cs.filter((c) => within(c.assigned, span)).map((c) => (c.assigned ?? 0) - c.started)),
        chatDuration: durations(cs.filter((c) => within(c.closed, span)).map((c) => (c.closed ?? 0) - c.started)),
        chatsMissed: started.filter((c) => c.status === 'closed' && c.assigned === null).length,
        chatsConverted: started.filter((c) => c.convertedTicketId !== null).length,
        chatsTaken: taken.length,
        chatAgents: new Set(taken.map((c) => c.assignedAgentId)).size,
        chatRatings: ratings(cs.filter((c) => within(c.closed, span) && c.rating !== null).map((c) => c.rating ?? 0)),
        kbSearches: searches.filter((s) => within(s.createdAt.getTime(), span)).length,
        kbSearchesWithoutResult: searches.filter((s) => within(s.createdAt.getTime(), span) && s.results === 0).length,
        kbViews: views.filter((v) => within(Date.parse(`${v.day}T00:00:00Z`), span)).length,
        kbVotes: spanVotes.length,
        kbHelpfulVotes: spanVotes.filter((v) => v.helpful).length,
      };
    },

    async channels(span) {
      const result = Object.fromEntries(ticketChannels.map((channel) => [channel, 0])) as Record<TicketChannel, number>;
      for (const t of ts) if (within(t.created, span)) result[t.channel] += 1;
      return result;
    },

    async categories(span) {
      const counts = new Map<string | null, number>();
      for (const t of ts) if (within(t.created, span)) counts.set(t.category, (counts.get(t.category) ?? 0) + 1);
      // SQLite's order: most first, then NULL before any text, then text by code unit.
      const key = (category: string | null) => (category === null ? '' : `~${category}`);
      return [...counts]
        .map(([category, n]) => ({ category, tickets: n }))
        .sort((a, b) => b.tickets - a.tickets || (key(a.category) < key(b.category) ? -1 : key(a.category) > key(b.category) ? 1 : 0));
    },

    async peakHours(span, tz) {
      const format = new Intl.DateTimeFormat('en-US', { timeZone: tz, weekday: 'short', hour: 'numeric', hourCycle: 'h23' });
      const grid = Array.from({ length: 7 }, () => Array.from({ length: 24 }, () => 0));
      for (const t of ts) {
        if (!within(t.created, span)) continue;
        const parts = format.formatToParts(new Date(t.created));
        const weekday = weekdays.indexOf(parts.find((p) => p.type === 'weekday')?.value ?? '');
        const hour = Number(parts.find((p) => p.type === 'hour')?.value);
        const line = grid[weekday];
        if (line) line[hour] = (line[hour] ?? 0) + 1;
      }
      return grid;
    },

    async agents(span) {
      return people.map((agent): AgentFigures => {
        const mine = ts.filter((t) => t.assigneeId === agent.id);
        const myChats = cs.filter((c) => c.assignedAgentId === agent.id);
        const resolved = mine.filter((t) => within(t.resolved, span));
        const answered = mine.filter((t) => within(t.answered, span)).map((t) => (t.answered ?? 0) - t.created);
        const rated = [
          ...resolved.flatMap((t) => (t.satisfaction === null ? [] : [t.satisfaction])),
          ...myChats.filter((c) => within(c.closed, span) && c.rating !== null).map((c) => c.rating ?? 0),
        ];
        return {
          agentId: agent.id,
          name: agent.name,
          avatarUrl: agent.avatarUrl,
          disabled: agent.disabledAt !== null,
          resolved: resolved.length,
          firstResponse: { count: answered.length, sum: answered.reduce((a, b) => a + b, 0) },
          ratings: ratings(rated),
          activeTickets: mine.filter((t) => t.status === 'open' || t.status === 'pending').length,
          chats: myChats.filter((c) => within(c.started, span)).length,
        };
      });
    },
  };
}
