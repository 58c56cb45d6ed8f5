import { z } from 'zod';
import type { IsoDate } from './common.ts';
import type { TicketChannel, TicketPriority } from './tickets.ts';

export const analyticsRanges = ['7d', '30d', '90d', '365d'] as const;
export type AnalyticsRange = (typeof analyticsRanges)[number];

/** The longest custom range: five calendar years (a longer one would only be a slow query). */
export const maxRangeYears = 5;

/** True when the runtime knows the IANA zone; the browser and the server both ask Intl, so they agree. */
export function isKnownTimeZone(value: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: value });
    return true;
  } catch {
    return false;
  }
}

const isoDay = z.iso.date({ message: 'must be a date (YYYY-MM-DD)' });

/** The last day a range starting on `from` may end on: one day short of five years later. */
export function lastAllowedDay(from: string): string {
  const [year = 0, month = 1, day = 1] = from.split('-').map(Number);
  return new Date(Date.UTC(year + maxRangeYears, month - 1, day - 1)).toISOString().slice(0, 10);
}

/**
 * `range=7d|30d|90d|365d` (rolling, ending now) or `from`+`to` (calendar days in `tz`, both
 * included); never both. Defaults to the last 30 days in UTC.
 */
export const dashboardQuery = z
  .strictObject({
    range: z.enum(analyticsRanges, { message: `must be one of ${analyticsRanges.join(', ')}` }).optional(),
    from: isoDay.optional(),
    to: isoDay.optional(),
    tz: z
      .string()
      .max(64)
      .refine(isKnownTimeZone, { message: 'is not a known time zone' })
      .default('UTC'),
  })
  .superRefine((value, ctx) => {
    const issue = (path: string, message: string) => ctx.addIssue({ code: 'custom', path: [path], message });
    if (value.range && (value.from || value.to)) issue('range', 'give either range or from/to, not both');
    if (value.from && !value.to) issue('to', 'is required with from');
    if (value.to && !value.from) issue('from', 'is required with to');
    if (value.from && value.to) {
      if (value.from > value.to) issue('to', 'must not be before from');
      else if (value.to > lastAllowedDay(value.from)) issue('to', `the range may cover at most ${maxRangeYears} years`);
    }
  });
export type DashboardQuery = z.input<typeof dashboardQuery>;
export type DashboardQueryParsed = z.output<typeof dashboardQuery>;

/**
 * One figure with the previous period of the same length. `change` is relative
 * ((value − previous) / previous), null when either side is missing or the previous value is 0,
 * so the console never shows a made-up "+∞%".
 */
export interface Kpi {
  value: number | null;
  previous: number | null;
  change: number | null;
}

/** Durations in milliseconds; median and p90 are nearest-rank (always a value that occurred). */
export interface DurationKpis {
  count: Kpi;
  mean: Kpi;
  median: Kpi;
  p90: Kpi;
}

/** Mean of 1–5 ratings and how many there were. */
export interface RatingKpis {
  mean: Kpi;
  count: Kpi;
}

export interface Rating {
  mean: number | null;
  count: number;
}

export interface AgentPerformance {
  agentId: string;
  name: string;
  avatarUrl: string | null;
  /** Tickets assigned to the agent and resolved in the range. */
  resolved: number;
  /** Over tickets assigned to the agent whose first response falls in the range; null when none. */
  meanFirstResponseMs: number | null;
  /** The same in business hours. */
  meanFirstResponseBusinessMs: number | null;
  /** Over the agent's tickets resolved in the range. */
  meanResolutionMs: number | null;
  /** Ticket and chat ratings together. */
  csat: Rating;
  ticketCsat: Rating;
  chatCsat: Rating;
  /** Open or pending tickets assigned now (a snapshot, not range-bound). */
  activeTickets: number;
  /** Chats started in the range and taken by the agent. */
  chats: number;
}

export interface AnalyticsDashboard {
  range: { from: IsoDate; to: IsoDate; previousFrom: IsoDate; previousTo: IsoDate; tz: string };
  tickets: {
    created: Kpi;
    resolved: Kpi;
    firstResponse: DurationKpis;
    resolution: DurationKpis;
    /** The same durations counted in business hours only (Settings → Business hours). */
    firstResponseBusiness: DurationKpis;
    resolutionBusiness: DurationKpis;
    /** Share (0–1) of decided tickets created in the range that met both their first-response and resolution targets. */
    slaCompliance: Kpi;
    slaMet: Kpi;
    slaBreached: Kpi;
  };
  csat: { tickets: RatingKpis; chats: RatingKpis; combined: RatingKpis };
  channels: { channel: TicketChannel; tickets: number; share: number | null }[];
  /** Most used first; null is "no category". */
  categories: { category: string | null; tickets: number; share: number | null }[];
  /** Tickets created, `[weekday][hour]` in the range's time zone; weekday 0 is Monday, 6 Sunday. */
  peakHours: number[][];
  agents: AgentPerformance[];
  chat: {
    started: Kpi;
    wait: DurationKpis;
    duration: DurationKpis;
    waitBusiness: DurationKpis;
    durationBusiness: DurationKpis;
    /** Chats started in the range that closed without an agent ever taking them. */
    missed: Kpi;
    /** Share (0–1) of chats started in the range that became a ticket. */
    conversionRate: Kpi;
    /** Chats started in the range and taken, per agent who took at least one. */
    chatsPerAgent: Kpi;
  };
  knowledge: {
    searches: Kpi;
    searchesWithoutResult: Kpi;
    articleViews: Kpi;
    votes: Kpi;
    /** Share (0–1) of "Was this helpful?" votes that said yes. */
    helpfulRate: Kpi;
  };
}

/** `GET /api/support/analytics/tickets`: the Ticket analytics tab. */
export interface TicketAnalytics {
  range: AnalyticsDashboard['range'];
  /** Every local day of the range in its time zone, oldest first. */
  volume: { day: string; created: number; resolved: number }[];
  /** The previous period's days, aligned with `volume` by position. */
  previousVolume: { day: string; created: number; resolved: number }[];
  /** Tickets resolved in the range by how long they took; `toMs` null for the open-ended last bucket. */
  resolutionTimes: { label: string; fromMs: number; toMs: number | null; tickets: number }[];
  priorities: {
    priority: TicketPriority;
    created: number;
    slaMet: number;
    slaBreached: number;
    slaCompliance: number | null;
    meanFirstResponseMs: number | null;
    meanResolutionMs: number | null;
  }[];
  channels: AnalyticsDashboard['channels'];
  categories: AnalyticsDashboard['categories'];
  peakHours: number[][];
}

/** `GET /api/support/analytics/agents`. */
export interface AgentAnalytics {
  range: AnalyticsDashboard['range'];
  agents: AgentPerformance[];
}
