import type { Db } from '../../db/open.ts';
import { chatSessions, tickets } from '../../db/schema.ts';
import { percentileOf } from '../percentile.ts';
import type { Span } from '../range.ts';
import type { AnalyticsReader, ChatTotals, DurationMetric, QuarterCounts, TicketDimension, TicketTotals, Totals } from '../reader.ts';
import { durationBin } from '../rollups/bins.ts';
import { QUARTER } from '../rollups/split.ts';
import { foldQuarters } from '../local-time.ts';
import { noChatTotals, noTicketTotals } from '../totals.ts';

/**
 * The readers' primitives computed the obvious way: every row loaded into memory and filtered in
 * plain JavaScript, the SLA rules restated as JS. Slow and independent of the SQL, so the
 * property test can hold the raw and the rollup readers to it.
 */
const ms = (date: Date | null) => (date ? date.getTime() : null);
const within = (value: number | null, span: Span): value is number => value !== null && value >= span.from && value < span.to;
const add = (totals: Totals, value: number): Totals => ({ count: totals.count + 1, sum: totals.sum + value });

export function referenceReader(db: Db): AnalyticsReader {
  const ts = db
    .select()
    .from(tickets)
    .all()
    .map((t) => ({ ...t, created: t.createdAt.getTime(), answered: ms(t.firstResponseAt), resolved: ms(t.resolvedAt), due: ms(t.slaDueAt), resolveBy: ms(t.resolutionDueAt) }));
  const cs = db
    .select()
    .from(chatSessions)
    .all()
    .map((c) => ({ ...c, started: c.startedAt.getTime(), assigned: ms(c.assignedAt), closed: ms(c.closedAt) }));
  type T = (typeof ts)[number];

  const keyOf: Record<TicketDimension, (t: T) => string> = {
    agent: (t) => t.assigneeId ?? '',
    channel: (t) => t.channel,
    priority: (t) => t.priority,
    category: (t) => t.category ?? '',
  };
  const responded = (t: T) => t.answered ?? t.resolved;
  const slaMet = (t: T) => {
    const at = responded(t);
    return at !== null && (t.due === null || at <= t.due) && t.resolved !== null && (t.resolveBy === null || t.resolved <= t.resolveBy);
  };
  const slaLate = (t: T) => {
    const at = responded(t);
    return (at !== null && t.due !== null && at > t.due) || (t.resolved !== null && t.resolveBy !== null && t.resolved > t.resolveBy);
  };

  const values: Record<DurationMetric, (span: Span) => number[]> = {
    first_response: (span) => ts.filter((t) => within(t.answered, span)).map((t) => (t.answered ?? 0) - t.created),
    first_response_business: (span) => ts.filter((t) => within(t.answered, span) && t.firstResponseBusinessMs !== null).map((t) => t.firstResponseBusinessMs ?? 0),
    resolution: (span) => ts.filter((t) => within(t.resolved, span)).map((t) => (t.resolved ?? 0) - t.created),
    resolution_business: (span) => ts.filter((t) => within(t.resolved, span) && t.resolutionBusinessMs !== null).map((t) => t.resolutionBusinessMs ?? 0),
    chat_wait: (span) => cs.filter((c) => within(c.assigned, span)).map((c) => (c.assigned ?? 0) - c.started),
    chat_wait_business: (span) => cs.filter((c) => within(c.assigned, span) && c.waitBusinessMs !== null).map((c) => c.waitBusinessMs ?? 0),
    chat_duration: (span) => cs.filter((c) => within(c.closed, span)).map((c) => (c.closed ?? 0) - c.started),
    chat_duration_business: (span) => cs.filter((c) => within(c.closed, span) && c.durationBusinessMs !== null).map((c) => c.durationBusinessMs ?? 0),
  };

  return {
    tickets(span, by) {
      const result = new Map<string, TicketTotals>();
      const entry = (t: T) => {
        const key = by ? keyOf[by](t) : '';
        const totals = result.get(key) ?? noTicketTotals();
        result.set(key, totals);
        return totals;
      };
      for (const t of ts) {
        if (within(t.created, span)) {
          const e = entry(t);
          e.created += 1;
          e.slaMet += slaMet(t) ? 1 : 0;
          e.slaLate += slaLate(t) ? 1 : 0;
        }
        if (within(t.answered, span)) {
          const e = entry(t);
          e.firstResponse = add(e.firstResponse, t.answered - t.created);
          e.firstResponseBusiness = add(e.firstResponseBusiness, t.firstResponseBusinessMs ?? 0);
        }
        if (within(t.resolved, span)) {
          const e = entry(t);
          e.resolution = add(e.resolution, t.resolved - t.created);
          e.resolutionBusiness = add(e.resolutionBusiness, t.resolutionBusinessMs ?? 0);
          if (t.satisfaction !== null) e.ratings = add(e.ratings, t.satisfaction);
        }
      }
      return result;
    },

    chats(span, byAgent) {
      const result = new Map<string, ChatTotals>();
      const entry = (c: (typeof cs)[number]) => {
        const key = byAgent ? (c.assignedAgentId ?? '') : '';
        const totals = result.get(key) ?? noChatTotals();
        result.set(key, totals);
        return totals;
      };
      for (const c of cs) {
        if (within(c.started, span)) {
          const e = entry(c);
          e.started += 1;
          e.missed += c.status === 'closed' && c.assigned === null ? 1 : 0;
          e.converted += c.convertedTicketId !== null ? 1 : 0;
        }
        if (within(c.assigned, span)) {
          const e = entry(c);
          e.wait = add(e.wait, c.assigned - c.started);
          e.waitBusiness = add(e.waitBusiness, c.waitBusinessMs ?? 0);
        }
        if (within(c.closed, span)) {
          const e = entry(c);
          e.duration = add(e.duration, c.closed - c.started);
          e.durationBusiness = add(e.durationBusiness, c.durationBusinessMs ?? 0);
          if (c.rating !== null) e.ratings = add(e.ratings, c.rating);
        }
      }
      return result;
    },

    chatAgents(span) {
      return new Set(cs.flatMap((c) => (within(c.started, span) && c.assignedAgentId ? [c.assignedAgentId] : [])));
    },

    percentiles(metric, span) {
      const sorted = values[metric](span).sort((a, b) => a - b);
      return { median: percentileOf(sorted, 50), p90: percentileOf(sorted, 90) };
    },

    histogram(metric, span) {
      const result = new Map<number, number>();
      for (const value of values[metric](span)) result.set(durationBin(value), (result.get(durationBin(value)) ?? 0) + 1);
      return result;
    },

    local(span, tz, unit) {
      return foldQuarters(this.quarters(span), tz, span, unit);
    },

    quarters(span) {
      const result = new Map<number, QuarterCounts>();
      const bump = (at: number, field: keyof QuarterCounts) => {
        const quarter = Math.floor(at / QUARTER);
        const counts = result.get(quarter) ?? { created: 0, resolved: 0 };
        counts[field] += 1;
        result.set(quarter, counts);
      };
      for (const t of ts) {
        if (within(t.created, span)) bump(t.created, 'created');
        if (within(t.resolved, span)) bump(t.resolved, 'resolved');
      }
      return result;
    },
  };
}
