import type { TicketChannel } from '../../shared/schemas/tickets.ts';
import type { Span } from './range.ts';

/**
 * Durations of one kind in one span. `sum` rather than a mean, so figures from several sources
 * (days of a rollup, tickets and chats) can be added up exactly.
 */
export interface DurationStats {
  count: number;
  sum: number;
  /** Nearest-rank percentiles (see percentile.ts); null when count is 0. */
  median: number | null;
  p90: number | null;
}

export interface RatingStats {
  count: number;
  sum: number;
}

/** Everything the dashboard compares with the previous period, for one span. */
export interface PeriodFigures {
  ticketsCreated: number;
  ticketsResolved: number;
  firstResponse: DurationStats;
  resolution: DurationStats;
  slaMet: number;
  slaBreached: number;
  ticketRatings: RatingStats;
  chatsStarted: number;
  chatWait: DurationStats;
  chatDuration: DurationStats;
  chatsMissed: number;
  chatsConverted: number;
  chatsTaken: number;
  /** Distinct agents who took a chat started in the span. */
  chatAgents: number;
  chatRatings: RatingStats;
  kbSearches: number;
  kbSearchesWithoutResult: number;
  kbViews: number;
  kbVotes: number;
  kbHelpfulVotes: number;
}

export interface AgentFigures {
  agentId: string;
  name: string;
  avatarUrl: string | null;
  disabled: boolean;
  resolved: number;
  firstResponse: { count: number; sum: number };
  ratings: RatingStats;
  activeTickets: number;
  chats: number;
}

/**
 * Where the dashboard's numbers come from. `rawReader` aggregates the raw rows on every call; a
 * rollup-backed reader (same definitions, pre-aggregated on write) can replace it without the
 * dashboard, the route or the tests' expectations changing.
 */
export interface AnalyticsReader {
  period(span: Span, now: number): Promise<PeriodFigures>;
  channels(span: Span): Promise<Record<TicketChannel, number>>;
  categories(span: Span): Promise<{ category: string | null; tickets: number }[]>;
  /** Tickets created, `[weekday][hour]` local to `tz`, Monday first. */
  peakHours(span: Span, tz: string): Promise<number[][]>;
  agents(span: Span): Promise<AgentFigures[]>;
}
