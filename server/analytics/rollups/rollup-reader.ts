import { sql } from 'drizzle-orm';
import type { Db } from '../../db/open.ts';
import { durationSources } from '../duration-metrics.ts';
import { nearestRank } from '../percentile.ts';
import type { Span } from '../range.ts';
import { rawReader, ticketKeys, ticketTotalsBy } from '../raw-reader.ts';
import type { AnalyticsReader, ChatTotals, DurationMetric, QuarterCounts, TicketDimension, TicketTotals } from '../reader.ts';
import { DAY } from '../../../shared/time-zone.ts';
import { mergeInto, noChatTotals, noTicketTotals } from '../totals.ts';
import { sqlLocalKey } from '../local-time.ts';
import { sqlDurationBin } from './bins.ts';
import { BLOCK_DAYS } from './contributions.ts';
import { QUARTER, splitSpan } from './split.ts';

interface Row {
  k: string;
  [column: string]: string | number | null;
}

const n = (value: string | number | null | undefined) => Number(value ?? 0);

/** Adds up histogram documents (`{ bin: count }` JSON) into one map. */
function sumHistograms(documents: string[]): Map<number, number> {
  const sum = new Map<number, number>();
  for (const document of documents) {
    for (const [bin, count] of Object.entries(JSON.parse(document) as Record<string, number>)) sum.set(Number(bin), (sum.get(Number(bin)) ?? 0) + count);
  }
  return sum;
}

/**
 * Reads whole UTC days (whole quarter hours for local-time figures) from the rollup tables and
 * the partial days at a range's ends from the rows, so any range in any time zone is exact.
 * Percentiles: the day histograms find the bin holding the wanted rank, then the rows of that
 * one bin are read in value order through an index (value, event time) to name the exact value.
 */
export function rollupReader(db: Db): AnalyticsReader {
  const raw = rawReader(db);
  const all = (query: string) => db.all<Row>(sql.raw(query));
  const days = (whole: { from: number; to: number }) => `day >= ${whole.from} and day < ${whole.to}`;

  /*
   * A dashboard asks for the same edges' ticket totals by several dimensions; the rows are read
   * once per edge, grouped by all four, and folded. Keyed by the data's version, so never stale.
   */
  const edgeMemo = new Map<string, Map<string, TicketTotals>>();
  const allDimensions = ['agent', 'channel', 'priority', 'category'] as const;
  const combinedKey = `json_array(${allDimensions.map((dimension) => ticketKeys[dimension]).join(', ')})`;
  function edgeTickets(edge: Span, by: TicketDimension | undefined): Map<string, TicketTotals> {
    const version = db.get<{ version: number }>(sql`select version from analytics_state where id = 1`)?.version ?? 0;
    const memoKey = `${edge.from}:${edge.to}:${version}`;
    let byAll = edgeMemo.get(memoKey);
    if (!byAll) {
      byAll = ticketTotalsBy(db, edge, combinedKey);
      edgeMemo.set(memoKey, byAll);
      const oldest = edgeMemo.keys().next().value;
      if (edgeMemo.size > 16 && oldest !== undefined) edgeMemo.delete(oldest);
    }
    const result = new Map<string, TicketTotals>();
    for (const [key, totals] of byAll) {
      const value = by ? String((JSON.parse(key) as string[])[allDimensions.indexOf(by)] ?? '') : '';
      mergeInto(result, new Map([[value, totals]]), noTicketTotals);
    }
    return result;
  }

  const blockSums = new Map<string, Map<number, number>>();

  function histogram(metric: DurationMetric, span: Span): Map<number, number> {
    const { whole, edges } = splitSpan(span, DAY);
    const result = new Map<number, number>();
    const add = (bin: number, count: number) => result.set(bin, (result.get(bin) ?? 0) + count);
    if (whole) {
      // Whole 16-day blocks from the block histograms, the days around them from the day histograms.
      const blocks = splitSpan(whole, BLOCK_DAYS);
      const documents = (query: string) => all(query).map((row) => String(row.k));
      if (blocks.whole) {
        const blockDocuments = documents(
          `select counts as k from analytics_duration_blocks where metric = '${metric}' and block >= ${blocks.whole.from} and block < ${blocks.whole.to} order by block`,
        );
        // Summing ~23 documents of ~700 bins is the costly part of a year; old blocks rarely change,
        // so the sum is kept under the documents' own text: a changed block is a different key.
        const key = `${metric}\n${blockDocuments.join('\n')}`;
        let sum = blockSums.get(key);
        if (!sum) {
          sum = sumHistograms(blockDocuments);
          blockSums.set(key, sum);
          const oldest = blockSums.keys().next().value;
          if (blockSums.size > 64 && oldest !== undefined) blockSums.delete(oldest);
        }
        for (const [bin, count] of sum) add(bin, count);
      }
      for (const dayRange of blocks.edges) {
        for (const [bin, count] of sumHistograms(documents(`select counts as k from analytics_duration_bins where metric = '${metric}' and ${days(dayRange)}`))) add(bin, count);
      }
    }
    for (const edge of edges) for (const [bin, count] of raw.histogram(metric, edge)) add(bin, count);
    // Bins that updates brought back to zero add nothing.
    for (const [bin, count] of result) if (count === 0) result.delete(bin);
    return result;
  }

  /** The value at 1-based `rank` among the metric's values in the span, given their histogram. */
  function valueAtRank(metric: DurationMetric, span: Span, bins: Map<number, number>, rank: number): number | null {
    let before = 0;
    for (const bin of [...bins.keys()].sort((a, b) => a - b)) {
      const count = bins.get(bin) ?? 0;
      if (before + count < rank) {
        before += count;
        continue;
      }
      const source = durationSources[metric];
      // The (bin, event time) index yields exactly this bin's rows inside the span; only they are sorted.
      const [row] = all(`
        select ${source.value} as k from ${source.table}
        where ${sqlDurationBin(source.value)} = ${bin} and ${source.at} >= ${span.from} and ${source.at} < ${span.to}
        order by k limit 1 offset ${rank - before - 1}`);
      return row ? Number(row.k) : null;
    }
    return null;
  }

  return {
    tickets(span, by) {
      const { whole, edges } = splitSpan(span, DAY);
      const result = new Map<string, TicketTotals>();
      if (whole) {
        const rows = all(`
          select value as k, sum(created) as created, sum(sla_met) as met, sum(sla_late) as late,
                 sum(first_responses) as fr, sum(first_response_sum) as frs, sum(first_response_business_sum) as frb,
                 sum(resolved) as res, sum(resolution_sum) as ress, sum(resolution_business_sum) as resb,
                 sum(ratings) as rn, sum(rating_sum) as rs
          from analytics_ticket_daily where dimension = '${by ?? 'all'}' and ${days(whole)} group by k
          having sum(created) + sum(first_responses) + sum(resolved) > 0`); // rows that churn brought back to zero
        for (const row of rows) {
          result.set(row.k, {
            created: n(row.created),
            slaMet: n(row.met),
            slaLate: n(row.late),
            firstResponse: { count: n(row.fr), sum: n(row.frs) },
            firstResponseBusiness: { count: n(row.fr), sum: n(row.frb) },
            resolution: { count: n(row.res), sum: n(row.ress) },
            resolutionBusiness: { count: n(row.res), sum: n(row.resb) },
            ratings: { count: n(row.rn), sum: n(row.rs) },
          });
        }
      }
      for (const edge of edges) mergeInto(result, edgeTickets(edge, by), noTicketTotals);
      return result;
    },

    chats(span, byAgent) {
      const { whole, edges } = splitSpan(span, DAY);
      const result = new Map<string, ChatTotals>();
      if (whole) {
        const rows = all(`
          select ${byAgent ? 'agent_id' : `''`} as k, sum(started) as started, sum(missed) as missed, sum(converted) as converted,
                 sum(waits) as w, sum(wait_sum) as ws, sum(wait_business_sum) as wb,
                 sum(closed) as d, sum(duration_sum) as ds, sum(duration_business_sum) as db,
                 sum(ratings) as rn, sum(rating_sum) as rs
          from analytics_chat_daily where ${days(whole)} group by k
          having sum(started) + sum(waits) + sum(closed) > 0`);
        for (const row of rows) {
          result.set(row.k, {
            started: n(row.started),
            missed: n(row.missed),
            converted: n(row.converted),
            wait: { count: n(row.w), sum: n(row.ws) },
            waitBusiness: { count: n(row.w), sum: n(row.wb) },
            duration: { count: n(row.d), sum: n(row.ds) },
            durationBusiness: { count: n(row.d), sum: n(row.db) },
            ratings: { count: n(row.rn), sum: n(row.rs) },
          });
        }
      }
      for (const edge of edges) mergeInto(result, raw.chats(edge, byAgent), noChatTotals);
      return result;
    },

    chatAgents(span) {
      const { whole, edges } = splitSpan(span, DAY);
      const agents = new Set<string>();
      if (whole) {
        for (const row of all(`select distinct agent_id as k from analytics_chat_daily where ${days(whole)} and agent_id != '' and started > 0`)) agents.add(row.k);
      }
      for (const edge of edges) for (const agent of raw.chatAgents(edge)) agents.add(agent);
      return agents;
    },

    histogram,

    percentiles(metric, span) {
      const bins = histogram(metric, span);
      const total = [...bins.values()].reduce((a, b) => a + b, 0);
      if (total === 0) return { median: null, p90: null };
      return {
        median: valueAtRank(metric, span, bins, nearestRank(total, 50)),
        p90: valueAtRank(metric, span, bins, nearestRank(total, 90)),
      };
    },

    local(span, tz, unit) {
      const { whole, edges } = splitSpan(span, QUARTER);
      const result = new Map<number, QuarterCounts>();
      const add = (key: number, counts: QuarterCounts) => {
        const mine = result.get(key) ?? { created: 0, resolved: 0 };
        result.set(key, { created: mine.created + counts.created, resolved: mine.resolved + counts.resolved });
      };
      if (whole) {
        const key = sqlLocalKey(`quarter * ${QUARTER}`, tz, span, unit);
        const rows = all(`select ${key} as k, sum(created) as created, sum(resolved) as resolved from analytics_ticket_quarters
          where quarter >= ${whole.from} and quarter < ${whole.to} and created + resolved > 0 group by k`);
        for (const row of rows) add(Number(row.k), { created: n(row.created), resolved: n(row.resolved) });
      }
      for (const edge of edges) for (const [key, counts] of raw.local(edge, tz, unit)) add(key, counts);
      return result;
    },

    quarters(span) {
      const { whole, edges } = splitSpan(span, QUARTER);
      const result = new Map<number, QuarterCounts>();
      if (whole) {
        for (const row of all(`select quarter as k, created, resolved from analytics_ticket_quarters where quarter >= ${whole.from} and quarter < ${whole.to} and created + resolved > 0`)) {
          result.set(Number(row.k), { created: n(row.created), resolved: n(row.resolved) });
        }
      }
      for (const edge of edges) {
        for (const [quarter, counts] of raw.quarters(edge)) {
          const mine = result.get(quarter) ?? { created: 0, resolved: 0 };
          result.set(quarter, { created: mine.created + counts.created, resolved: mine.resolved + counts.resolved });
        }
      }
      return result;
    },
  };
}
