import { sql } from 'drizzle-orm';
import type { Db } from '../db/open.ts';
import { chatTerms, tableColumns, ticketTerms } from './definitions.ts';
import { durationSources } from './duration-metrics.ts';
import { sqlPercentile } from './percentile.ts';
import type { Span } from './range.ts';
import type { AnalyticsReader, ChatTotals, QuarterCounts, TicketDimension, TicketTotals, Totals } from './reader.ts';
import { sqlDurationBin } from './rollups/bins.ts';
import { QUARTER } from './rollups/split.ts';
import { foldQuarters } from './local-time.ts';
import { mergeInto, noChatTotals, noTicketTotals } from './totals.ts';

const t = tableColumns('tickets');
const c = tableColumns('chat_sessions');
const inSpan = (column: string, span: Span) => `(${column} >= ${span.from} and ${column} < ${span.to})`;

export const ticketKeys: Record<TicketDimension, string> = {
  agent: `coalesce(${t('assignee_id')}, '')`,
  channel: t('channel'),
  priority: t('priority'),
  category: `coalesce(${t('category')}, '')`,
};

interface Row {
  k: string;
  n: number;
  [column: string]: string | number | null;
}

const keyed = <T extends object>(parts: Map<string, T>[], empty: () => T) =>
  parts.reduce((into, part) => mergeInto(into, part, empty), new Map<string, T>());

const num = (value: string | number | null | undefined) => Number(value ?? 0);
const totals = (row: Row, count: string, sum: string): Totals => ({ count: num(row[count]), sum: num(row[sum]) });

/** Ticket totals in the span keyed by `key`, an SQL expression over the tickets row. */
export function ticketTotalsBy(db: Db, span: Span, key: string): Map<string, TicketTotals> {
  const all = (query: string) => db.all<Row>(sql.raw(query));
  const group = (where: string, columns: string) => all(`select ${key} as k, count(*) as n, ${columns} from tickets where ${where} group by k`);
  const parts: Map<string, TicketTotals>[] = [
    new Map(
      group(inSpan(t('created_at'), span), `sum(coalesce(${ticketTerms.slaMet(t)}, 0)) as met, sum(coalesce(${ticketTerms.slaLate(t)}, 0)) as late`).map((row) => [
        row.k,
        { ...noTicketTotals(), created: row.n, slaMet: num(row.met), slaLate: num(row.late) },
      ]),
    ),
    new Map(
      group(inSpan(t('first_response_at'), span), `sum(${ticketTerms.firstResponseMs(t)}) as s, sum(coalesce(${t('first_response_business_ms')}, 0)) as b`).map((row) => [
        row.k,
        { ...noTicketTotals(), firstResponse: totals(row, 'n', 's'), firstResponseBusiness: totals(row, 'n', 'b') },
      ]),
    ),
    new Map(
      group(
        inSpan(t('resolved_at'), span),
        `sum(${ticketTerms.resolutionMs(t)}) as s, sum(coalesce(${t('resolution_business_ms')}, 0)) as b, count(${t('satisfaction')}) as rn, sum(coalesce(${t('satisfaction')}, 0)) as rs`,
      ).map((row) => [
        row.k,
        { ...noTicketTotals(), resolution: totals(row, 'n', 's'), resolutionBusiness: totals(row, 'n', 'b'), ratings: totals(row, 'rn', 'rs') },
      ]),
    ),
  ];
  return keyed(parts, noTicketTotals);
}

/** Aggregates the rows on every call: exact, and the reader of record for a range's edges. */
export function rawReader(db: Db): AnalyticsReader {
  const all = (query: string) => db.all<Row>(sql.raw(query));

  return {
    tickets(span, by) {
      return ticketTotalsBy(db, span, by ? ticketKeys[by] : `''`);
    },

    chats(span, byAgent) {
      const key = byAgent ? `coalesce(${c('assigned_agent_id')}, '')` : `''`;
      const group = (where: string, columns: string) => all(`select ${key} as k, count(*) as n, ${columns} from chat_sessions where ${where} group by k`);
      const parts: Map<string, ChatTotals>[] = [
        new Map(
          group(inSpan(c('started_at'), span), `sum(coalesce(${chatTerms.missed(c)}, 0)) as missed, count(${c('converted_ticket_id')}) as converted`).map((row) => [
            row.k,
            { ...noChatTotals(), started: row.n, missed: num(row.missed), converted: num(row.converted) },
          ]),
        ),
        new Map(
          group(inSpan(c('assigned_at'), span), `sum(${chatTerms.waitMs(c)}) as s, sum(coalesce(${c('wait_business_ms')}, 0)) as b`).map((row) => [
            row.k,
            { ...noChatTotals(), wait: totals(row, 'n', 's'), waitBusiness: totals(row, 'n', 'b') },
          ]),
        ),
        new Map(
          group(
            inSpan(c('closed_at'), span),
            `sum(${chatTerms.durationMs(c)}) as s, sum(coalesce(${c('duration_business_ms')}, 0)) as b, count(${c('rating')}) as rn, sum(coalesce(${c('rating')}, 0)) as rs`,
          ).map((row) => [
            row.k,
            { ...noChatTotals(), duration: totals(row, 'n', 's'), durationBusiness: totals(row, 'n', 'b'), ratings: totals(row, 'rn', 'rs') },
          ]),
        ),
      ];
      return keyed(parts, noChatTotals);
    },

    chatAgents(span) {
      const rows = all(`select distinct ${c('assigned_agent_id')} as k from chat_sessions where ${inSpan(c('started_at'), span)} and ${c('assigned_agent_id')} is not null`);
      return new Set(rows.map((row) => row.k));
    },

    percentiles(metric, span) {
      const source = durationSources[metric];
      const [row] = all(`
        select ${sqlPercentile(50)} as median, ${sqlPercentile(90)} as p90, 0 as n, '' as k
        from (select v, row_number() over (order by v) as rn, count(*) over () as cnt
              from (select ${source.value} as v from ${source.table} where ${inSpan(source.at, span)} and ${source.value} is not null))`);
      return { median: (row?.median as number | null) ?? null, p90: (row?.p90 as number | null) ?? null };
    },

    histogram(metric, span) {
      const source = durationSources[metric];
      const rows = all(`
        select ${sqlDurationBin(source.value)} as k, count(*) as n from ${source.table}
        where ${inSpan(source.at, span)} and ${source.value} is not null group by k`);
      return new Map(rows.map((row) => [Number(row.k), row.n]));
    },

    local(span, tz, unit) {
      return foldQuarters(this.quarters(span), tz, span, unit);
    },

    quarters(span) {
      const result = new Map<number, QuarterCounts>();
      const add = (column: string, field: keyof QuarterCounts) => {
        for (const row of all(`select ${column} / ${QUARTER} as k, count(*) as n from tickets where ${inSpan(column, span)} group by k`)) {
          const quarter = Number(row.k);
          const counts = result.get(quarter) ?? { created: 0, resolved: 0 };
          counts[field] += row.n;
          result.set(quarter, counts);
        }
      };
      add(t('created_at'), 'created');
      add(t('resolved_at'), 'resolved');
      return result;
    },
  };
}
