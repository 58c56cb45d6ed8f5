import type { TicketChannel, TicketPriority } from '../../../shared/schemas/tickets.ts';
import { paths } from '../../lib/paths.ts';
import { daySpan } from './time-zone.ts';

/**
 * Drill-down: every figure links to the ticket list narrowed to exactly the tickets it counts,
 * with the same half-open ranges the analytics API uses (see "Analytics definitions" in the README).
 */

/** The period's instants as the API answered them (`range.from`/`range.to`, ISO). */
export interface Period {
  from: string;
  to: string;
}

type Query = Record<string, string | undefined>;

/** The overlap of a day with the period. */
function clamp(span: Period, within?: Period): Period {
  if (!within) return span;
  const from = Date.parse(span.from) < Date.parse(within.from) ? within.from : span.from;
  const to = Date.parse(span.to) > Date.parse(within.to) ? within.to : span.to;
  return { from, to };
}

const created = (period: Period): Query => ({ createdFrom: period.from, createdTo: period.to });
const resolved = (period: Period): Query => ({ resolvedFrom: period.from, resolvedTo: period.to });

export const drill = {
  /** Tickets created in the period. */
  created: (period: Period, more: Query = {}) => paths.tickets({ ...created(period), ...more }),
  /** Tickets resolved in the period (resolution times, resolved counts). */
  resolved: (period: Period, more: Query = {}) => paths.tickets({ ...resolved(period), ...more }),
  /** Tickets first answered in the period (first response times). */
  responded: (period: Period) => paths.tickets({ respondedFrom: period.from, respondedTo: period.to }),
  /** Tickets resolved in the period that the customer rated (ticket CSAT). */
  rated: (period: Period) => paths.tickets({ ...resolved(period), rated: 'true' }),
  /** Tickets created on one calendar day in `tz`; inside `within` only (a rolling range's partial first and last days). */
  createdOn: (day: string, tz: string, within?: Period) => {
    const span = clamp(daySpan(day, tz), within);
    return paths.tickets({ createdFrom: span.from, createdTo: span.to });
  },
  /** Tickets resolved on one calendar day in `tz`, inside `within`. */
  resolvedOn: (day: string, tz: string, within?: Period) => {
    const span = clamp(daySpan(day, tz), within);
    return paths.tickets({ resolvedFrom: span.from, resolvedTo: span.to });
  },
  channel: (period: Period, channel: TicketChannel) => paths.tickets({ ...created(period), channel }),
  /** A category's tickets; `null` is "no category". */
  category: (period: Period, category: string | null) => paths.tickets({ ...created(period), category: category ?? 'none' }),
  priority: (period: Period, priority: TicketPriority, sla?: 'met' | 'breached') => paths.tickets({ ...created(period), priority, sla }),
  /** Tickets created in the period on `weekday` (0 Monday) at `hour`, both in `tz`: one heatmap cell. */
  peakHour: (period: Period, weekday: number, hour: number, tz: string) =>
    paths.tickets({ ...created(period), weekday: String(weekday), hour: String(hour), tz }),
  /** Tickets resolved in the period whose resolution time falls in [fromMs, toMs). */
  resolutionTime: (period: Period, fromMs: number, toMs: number | null) =>
    paths.tickets({ ...resolved(period), resolutionMin: fromMs > 0 ? String(fromMs) : undefined, resolutionMax: toMs === null ? undefined : String(toMs) }),
  /** Tickets an agent resolved in the period. */
  agentResolved: (period: Period, agentId: string) => paths.tickets({ ...resolved(period), assignee: agentId }),
  /** An agent's open and pending tickets now. */
  agentActive: (agentId: string) => paths.tickets({ assignee: agentId, status: 'open,pending' }),
};
