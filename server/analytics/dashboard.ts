import type { AnalyticsDashboard } from '../../shared/schemas/analytics.ts';
import { ticketChannels } from '../../shared/schemas/tickets.ts';
import type { AnalyticsWindow } from './range.ts';
import { addRatings, durationKpis, kpi, meanOf, ratingKpis, ratio } from './kpi.ts';
import type { AgentFigures, AnalyticsReader, PeriodFigures } from './reader.ts';

const iso = (ms: number) => new Date(ms).toISOString();

/** Agents worth a row: everyone active, and disabled agents only while they still have figures. */
const hasFigures = (agent: AgentFigures) =>
  agent.resolved + agent.firstResponse.count + agent.ratings.count + agent.activeTickets + agent.chats > 0;

function compare(current: PeriodFigures, previous: PeriodFigures) {
  const both = <T>(pick: (figures: PeriodFigures) => T) => [pick(current), pick(previous)] as const;
  const counted = (pick: (figures: PeriodFigures) => number) => kpi(...both(pick));
  const share = (part: (f: PeriodFigures) => number, whole: (f: PeriodFigures) => number) =>
    kpi(ratio(part(current), whole(current)), ratio(part(previous), whole(previous)));
  return {
    tickets: {
      created: counted((f) => f.ticketsCreated),
      resolved: counted((f) => f.ticketsResolved),
      firstResponse: durationKpis(...both((f) => f.firstResponse)),
      resolution: durationKpis(...both((f) => f.resolution)),
      slaCompliance: share((f) => f.slaMet, (f) => f.slaMet + f.slaBreached),
      slaMet: counted((f) => f.slaMet),
      slaBreached: counted((f) => f.slaBreached),
    },
    csat: {
      tickets: ratingKpis(...both((f) => f.ticketRatings)),
      chats: ratingKpis(...both((f) => f.chatRatings)),
      combined: ratingKpis(...both((f) => addRatings(f.ticketRatings, f.chatRatings))),
    },
    chat: {
      started: counted((f) => f.chatsStarted),
      wait: durationKpis(...both((f) => f.chatWait)),
      duration: durationKpis(...both((f) => f.chatDuration)),
      missed: counted((f) => f.chatsMissed),
      conversionRate: share((f) => f.chatsConverted, (f) => f.chatsStarted),
      chatsPerAgent: share((f) => f.chatsTaken, (f) => f.chatAgents),
    },
    knowledge: {
      searches: counted((f) => f.kbSearches),
      searchesWithoutResult: counted((f) => f.kbSearchesWithoutResult),
      articleViews: counted((f) => f.kbViews),
      votes: counted((f) => f.kbVotes),
      helpfulRate: share((f) => f.kbHelpfulVotes, (f) => f.kbVotes),
    },
  };
}

/** The analytics dashboard for one window, from whichever reader holds the figures. */
export async function buildDashboard(reader: AnalyticsReader, window: AnalyticsWindow, now: number): Promise<AnalyticsDashboard> {
  const { current, previous, tz } = window;
  const [thisPeriod, lastPeriod, channels, categories, peakHours, agents] = await Promise.all([
    reader.period(current, now),
    reader.period(previous, now),
    reader.channels(current),
    reader.categories(current),
    reader.peakHours(current, tz),
    reader.agents(current),
  ]);
  const created = thisPeriod.ticketsCreated;
  return {
    range: { from: iso(current.from), to: iso(current.to), previousFrom: iso(previous.from), previousTo: iso(previous.to), tz },
    ...compare(thisPeriod, lastPeriod),
    channels: ticketChannels.map((channel) => ({ channel, tickets: channels[channel], share: ratio(channels[channel], created) })),
    categories: categories.map((row) => ({ ...row, share: ratio(row.tickets, created) })),
    peakHours,
    agents: agents
      .filter((agent) => !agent.disabled || hasFigures(agent))
      .map((agent) => ({
        agentId: agent.agentId,
        name: agent.name,
        avatarUrl: agent.avatarUrl,
        resolved: agent.resolved,
        meanFirstResponseMs: meanOf(agent.firstResponse),
        csat: { mean: meanOf(agent.ratings), count: agent.ratings.count },
        activeTickets: agent.activeTickets,
        chats: agent.chats,
      }))
      .sort((a, b) => b.resolved - a.resolved || a.name.localeCompare(b.name)),
  };
}
