import { z } from 'zod';
import { isKnownTimeZone } from './analytics.ts';
import type { IsoDate } from './common.ts';

/*
 * The analytics endpoints beside the dashboard: volume forecast, customer segments, the home
 * page's live figures for today. The range query of /customers is the dashboard's own.
 */

const timeZone = z.string().max(64).refine(isKnownTimeZone, { message: 'is not a known time zone' }).default('UTC');

/* ───────────── Volume forecast ───────────── */

export const forecastHorizons = [14, 30] as const;
export type ForecastHorizon = (typeof forecastHorizons)[number];

/** `horizon=14|30` days (default 14), `tz` (IANA, default UTC): whose calendar days are counted. */
export const forecastQuery = z.strictObject({
  horizon: z
    .enum(['14', '30'], { message: 'must be 14 or 30' })
    .default('14')
    .transform((value) => Number(value) as ForecastHorizon),
  tz: timeZone,
});
export type ForecastQuery = z.input<typeof forecastQuery>;
export type ForecastQueryParsed = z.output<typeof forecastQuery>;

/**
 * Always this method: Holt-Winters with an additive trend (damped when φ < 1) and additive weekly
 * (period 7) seasonality; see server/analytics/forecast/holt-winters.ts.
 */
export const forecastMethod = 'holt-winters-additive-weekly';

export interface DailyCount {
  /** A calendar day in the query's time zone, `YYYY-MM-DD`. */
  day: string;
  created: number;
}

export interface ForecastDay {
  day: string;
  /** Expected tickets created that day (never below 0). */
  value: number;
  /** The 80 % prediction interval, clamped at 0. */
  low: number;
  high: number;
}

/**
 * Rolling-origin backtest of the same method on the same history: fit on the days before each
 * origin, forecast `horizon` days, compare with what happened.
 */
export interface ForecastBacktest {
  /** Mean absolute percentage error as a share (0.12 = 12 %), over compared days with at least one ticket; null when none. */
  mape: number | null;
  /** Mean absolute error in tickets per day, over every compared day; null when none. */
  mae: number | null;
  /** Day forecasts compared with the actual count (origins × horizon). */
  days: number;
  /** How many forecast origins that took. */
  origins: number;
}

export interface VolumeForecast {
  tz: string;
  horizon: ForecastHorizon;
  /** Tickets created per day, the last 8 whole weeks before today (fewer when the history is shorter; never the first ticket's day, which is rarely whole). */
  history: DailyCount[];
  /** From today, `horizon` days; empty when there is too little history (see `reason`). */
  forecast: ForecastDay[];
  method: typeof forecastMethod;
  /** The smoothing parameters chosen for this history (φ: trend damping, 1 undamped); null without a forecast. */
  parameters: { alpha: number; beta: number; gamma: number; phi: number } | null;
  /** Share of outcomes the band should hold: 0.8. */
  level: number;
  backtest: ForecastBacktest;
  /** Why `forecast` is empty. */
  reason?: string;
}

/* ───────────── Customer segments ───────────── */

export interface CustomerSegment {
  /** The industry or company size; null for customers without one. */
  segment: string | null;
  /** Distinct customers of the segment who created a ticket in the range. */
  customers: number;
  /** Tickets created in the range. */
  tickets: number;
  /** Tickets resolved in the range. */
  resolved: number;
  /** Ratings of tickets resolved in the range. */
  csat: { mean: number | null; count: number };
  /** Mean resolution time (created → resolved) of tickets resolved in the range, ms; null when none. */
  meanResolutionMs: number | null;
}

export interface TopCustomer {
  customerId: string;
  name: string;
  company: string | null;
  /** Tickets created in the range. */
  tickets: number;
  /** Ratings of their tickets resolved in the range. */
  csat: { mean: number | null; count: number };
}

export interface CustomerInsights {
  range: { from: IsoDate; to: IsoDate; tz: string };
  /** Most tickets first; "no industry" (null) last. */
  industries: CustomerSegment[];
  /** Smallest companies first, in the order of `companySizes`; unknown (null) last. */
  companySizes: CustomerSegment[];
  /** The 10 customers who created the most tickets in the range. */
  topCustomers: TopCustomer[];
}

/* ───────────── Home overview: today, live ───────────── */

/** `tz`: whose "today" (default UTC). The console sends the browser's zone. */
export const overviewQuery = z.strictObject({ tz: timeZone });
export type OverviewQuery = z.input<typeof overviewQuery>;

/** Today (the calendar day in `tz`) with the definitions of the analytics dashboard; chats and agents right now. */
export interface TodayFigures {
  tz: string;
  /** Today in `tz`: `[since, until)`, local midnight to the next. */
  since: IsoDate;
  until: IsoDate;
  created: number;
  resolved: number;
  /** Nearest-rank median of first responses given today; null when none. */
  medianFirstResponseMs: number | null;
  /** Ticket and chat ratings given today (tickets resolved, chats closed today). */
  csat: { mean: number | null; count: number };
  /** Right now. */
  chatsWaiting: number;
  chatsActive: number;
  agentsOnline: number;
}

/* ───────────── Live updates ───────────── */

/** The data of an `event: change` on GET /api/support/analytics/stream. */
export interface AnalyticsChange {
  version: number;
}
