import type { AgentPerformance, AnalyticsDashboard } from '../../shared/schemas/analytics.ts';
import { ticketChannels } from '../../shared/schemas/tickets.ts';
import type { Db } from '../db/open.ts';
import { agents as agentsTable } from '../db/schema.ts';
import { addTotals, noChatTotals, noTicketTotals } from './totals.ts';
import { activeTicketsByAgent } from './live-figures.ts';
import { peakHours } from './local-time.ts';
import { durationKpis, kpi, meanOf, ratingKpis, ratio } from './kpi.ts';
import { periodFigures, type PeriodFigures } from './period.ts';
import type { AnalyticsWindow, Span } from './range.ts';
import type { AnalyticsReader, DurationMetric, Totals } from './reader.ts';

const iso = (ms: number) => new Date(ms).toISOString();

export const rangeOf = ({ current, previous, tz }: AnalyticsWindow): AnalyticsDashboard['range'] => ({
  from: iso(current.from),
  to: iso(current.to),
  previousFrom: iso(previous.from),
  previousTo: iso(previous.to),
  tz,
});

function compare(current: PeriodFigures, previous: PeriodFigures) {
  const both = <T>(pick: (figures: PeriodFigures) => T) => [pick(current), pick(previous)] as const;
  const counted = (pick: (figures: PeriodFigures) => number) => kpi(...both(pick));
  const share = (part: (f: PeriodFigures) => number, whole: (f: PeriodFigures) => number) =>
    kpi(ratio(part(current), whole(current)), ratio(part(previous), whole(previous)));
  const duration = (metric: DurationMetric, totals: (f: PeriodFigures) => Totals) =>
    durationKpis(...both((f) => ({ ...totals(f), ...f.durations[metric] })));
  const breached = (f: PeriodFigures) => f.tickets.slaLate + f.slaOverdue;
  return {
    tickets: {
      created: counted((f) => f.tickets.created),
      resolved: counted((f) => f.tickets.resolution.count),
      firstResponse: duration('first_response', (f) => f.tickets.firstResponse),
      resolution: duration('resolution', (f) => f.tickets.resolution),
      firstResponseBusiness: duration('first_response_business', (f) => f.tickets.firstResponseBusiness),
      resolutionBusiness: duration('resolution_business', (f) => f.tickets.resolutionBusiness),
      slaCompliance: share((f) => f.tickets.slaMet, (f) => f.tickets.slaMet + breached(f)),
      slaMet: counted((f) => f.tickets.slaMet),
      slaBreached: counted(breached),
    },
    csat: {
      tickets: ratingKpis(...both((f) => f.tickets.ratings)),
      chats: ratingKpis(...both((f) => f.chats.ratings)),
      combined: ratingKpis(...both((f) => addTotals(f.tickets.ratings, f.chats.ratings))),
    },
    chat: {
      started: counted((f) => f.chats.started),
      wait: duration('chat_wait', (f) => f.chats.wait),
      duration: duration('chat_duration', (f) => f.chats.duration),
      waitBusiness: duration('chat_wait_business', (f) => f.chats.waitBusiness),
      durationBusiness: duration('chat_duration_business', (f) => f.chats.durationBusiness),
      missed: counted((f) => f.chats.missed),
      conversionRate: share((f) => f.chats.converted, (f) => f.chats.started),
      chatsPerAgent: share((f) => f.chatsTaken, (f) => f.chatAgents),
    },
    knowledge: {
      searches: counted((f) => f.knowledge.searches),
      searchesWithoutResult: counted((f) => f.knowledge.searchesWithoutResult),
      articleViews: counted((f) => f.knowledge.views),
      votes: counted((f) => f.knowledge.votes),
      helpfulRate: share((f) => f.knowledge.helpfulVotes, (f) => f.knowledge.votes),
    },
  };
}

const rating = (totals: Totals) => ({ mean: meanOf(totals), count: totals.count });

/**
 * One row per agent: everyone active, and disabled agents only while they still have figures.
 * Most resolved first.
 */
export function agentPerformance(reader: AnalyticsReader, db: Db, span: Span): AgentPerformance[] {
  const tickets = reader.tickets(span, 'agent');
  const chats = reader.chats(span, true);
  const active = activeTicketsByAgent(db);
  return db
    .select({ id: agentsTable.id, name: agentsTable.name, avatarUrl: agentsTable.avatarUrl, disabledAt: agentsTable.disabledAt })
    .from(agentsTable)
    .all()
    .map((agent) => {
      const mine = tickets.get(agent.id) ?? noTicketTotals();
      const myChats = chats.get(agent.id) ?? noChatTotals();
      const row: AgentPerformance = {
        agentId: agent.id,
        name: agent.name,
        avatarUrl: agent.avatarUrl,
        resolved: mine.resolution.count,
        meanFirstResponseMs: meanOf(mine.firstResponse),
        meanFirstResponseBusinessMs: meanOf(mine.firstResponseBusiness),
        meanResolutionMs: meanOf(mine.resolution),
        csat: rating(addTotals(mine.ratings, myChats.ratings)),
        ticketCsat: rating(mine.ratings),
        chatCsat: rating(myChats.ratings),
        activeTickets: active.get(agent.id) ?? 0,
        chats: myChats.started,
      };
      const hasFigures = row.resolved + mine.firstResponse.count + row.csat.count + row.activeTickets + row.chats > 0;
      return { row, keep: agent.disabledAt === null || hasFigures };
    })
    .filter(({ keep }) => keep)
    .map(({ row }) => row)
    .sort((a, b) => b.resolved - a.resolved || a.name.localeCompare(b.name));
}

export function channelMix(reader: AnalyticsReader, span: Span): AnalyticsDashboard['channels'] {
  const channels = reader.tickets(span, 'channel');
  const created = [...channels.values()].reduce((total, totals) => total + totals.created, 0);
  return ticketChannels.map((channel) => {
    const tickets = channels.get(channel)?.created ?? 0;
    return { channel, tickets, share: ratio(tickets, created) };
  });
}

/** Most used first; then "no category" before any name, names by code unit (as SQLite orders text). */
export function categoryMix(reader: AnalyticsReader, span: Span): AnalyticsDashboard['categories'] {
  const rows = [...reader.tickets(span, 'category')]
    .map(([category, totals]) => ({ category: category === '' ? null : category, tickets: totals.created }))
    .filter((row) => row.tickets > 0)
    .sort((a, b) => b.tickets - a.tickets || compareText(a.category, b.category));
  const created = rows.reduce((total, row) => total + row.tickets, 0);
  return rows.map((row) => ({ ...row, share: ratio(row.tickets, created) }));
}

/** The analytics dashboard for one window, from whichever reader holds the figures. */
export function buildDashboard(reader: AnalyticsReader, db: Db, window: AnalyticsWindow, now: number): AnalyticsDashboard {
  const { current, previous, tz } = window;
  return {
    range: rangeOf(window),
    ...compare(periodFigures(reader, db, current, now), periodFigures(reader, db, previous, now)),
    channels: channelMix(reader, current),
    categories: categoryMix(reader, current),
    peakHours: peakHours(reader.local(current, tz, 'weekday-hour')),
    agents: agentPerformance(reader, db, current),
  };
}

function compareText(a: string | null, b: string | null): number {
  if (a === b) return 0;
  if (a === null) return -1;
  if (b === null) return 1;
  return a < b ? -1 : 1;
}
