import type { TicketChannel } from '../../shared/schemas/tickets.ts';
import type { Span } from './range.ts';

/*
 * The primitives analytics reads, each a sum over rows that a rollup can hold exactly. Counts
 * and durations are `count` + `sum`, never means, so figures of several days (and of a range's
 * raw edges) add up exactly. Figures that cannot be summed — percentiles, distinct agents, SLA
 * breaches that depend on "now" — have their own methods. `rawReader` reads the rows every time;
 * `rollupReader` reads the rollups and the rows at the range's edges; `referenceReader` (tests)
 * computes the same in plain JavaScript.
 */

export interface Totals {
  count: number;
  sum: number;
}

/** A ticket adds to `created`/`sla*` in the span it was created in, to `firstResponse*` in the span it was first answered in, to `resolution*`/`ratings` in the span it was resolved in. */
export interface TicketTotals {
  created: number;
  slaMet: number;
  /** Final breaches: first response or resolution after its due time. */
  slaLate: number;
  firstResponse: Totals;
  firstResponseBusiness: Totals;
  resolution: Totals;
  resolutionBusiness: Totals;
  ratings: Totals;
}

/** A chat adds to `started`/`missed`/`converted` in the span it started in, to `wait*` in the span it was taken in, to `duration*`/`ratings` in the span it closed in. */
export interface ChatTotals {
  started: number;
  missed: number;
  converted: number;
  wait: Totals;
  waitBusiness: Totals;
  duration: Totals;
  durationBusiness: Totals;
  ratings: Totals;
}

/** What ticket totals can be split by; keys are the value, '' for "no agent" / "no category". */
export type TicketDimension = 'agent' | 'channel' | 'priority' | 'category';

export const durationMetrics = [
  'first_response',
  'first_response_business',
  'resolution',
  'resolution_business',
  'chat_wait',
  'chat_wait_business',
  'chat_duration',
  'chat_duration_business',
] as const;
export type DurationMetric = (typeof durationMetrics)[number];

export interface Percentiles {
  /** Nearest-rank (see percentile.ts); null when there are no values. */
  median: number | null;
  p90: number | null;
}

export type LocalUnit = 'day' | 'weekday-hour';

export interface QuarterCounts {
  created: number;
  resolved: number;
}

export interface AnalyticsReader {
  /** Ticket totals in the span, keyed by the dimension's value (one '' key without a dimension). */
  tickets(span: Span, by?: TicketDimension): Map<string, TicketTotals>;
  /** Chat totals in the span, keyed by the chat's agent ('' when none; one '' key when not split). */
  chats(span: Span, byAgent?: boolean): Map<string, ChatTotals>;
  /** Agents who took a chat started in the span. */
  chatAgents(span: Span): Set<string>;
  percentiles(metric: DurationMetric, span: Span): Percentiles;
  /** How many durations of the metric fell in each bin (see rollups/bins.ts). */
  histogram(metric: DurationMetric, span: Span): Map<number, number>;
  /** Tickets created and resolved per quarter hour (key: floor(ms / 15 min)). */
  quarters(span: Span): Map<number, QuarterCounts>;
  /** The same counts by local day or by local weekday × hour in `tz` (keys: see local-time.ts). */
  local(span: Span, tz: string, unit: LocalUnit): Map<number, QuarterCounts>;
}

export type { TicketChannel };
