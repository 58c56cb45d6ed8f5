import { eq, isNotNull, isNull, or, sql, type SQL } from 'drizzle-orm';
import type { SQLiteColumn } from 'drizzle-orm/sqlite-core';
import { slaLate, slaMet, slaOverdue } from '../analytics/definitions.ts';
import type { Span } from '../analytics/range.ts';
import { DAY, HOUR, offsetSegments } from '../../shared/time-zone.ts';
import { tickets } from '../db/schema.ts';
import type { TicketListFilter } from './list.ts';

/*
 * The ticket list's analytics drill-down filters: each figure on the analytics page links to the
 * list narrowed to exactly the tickets it counts. Ranges are half-open [from, to), like the spans
 * the analytics definitions use; SLA outcomes are the definitions' own predicates.
 */

const between = (column: SQLiteColumn, from: number | undefined, to: number | undefined): SQL[] => [
  ...(from === undefined ? [] : [sql`${column} >= ${from}`]),
  ...(to === undefined ? [] : [sql`${column} < ${to}`]),
];

/** The created range, or all of time: the SLA predicates count tickets created in a span. */
const createdSpan = (filter: TicketListFilter): Span => ({
  from: filter.createdFrom ?? Number.MIN_SAFE_INTEGER,
  to: filter.createdTo ?? Number.MAX_SAFE_INTEGER,
});

/** `column` as local wall-clock milliseconds in `tz`, for instants inside `span`. */
function localTime(column: SQLiteColumn, tz: string, span: Span): SQL {
  const segments = offsetSegments(tz, span.from, span.to);
  const last = segments.at(-1)?.offset ?? 0;
  if (segments.length === 1) return sql`(${column} + ${sql.raw(String(last))})`;
  const branches = segments
    .slice(0, -1)
    .map(({ until, offset }) => sql`when ${column} < ${sql.raw(String(until))} then ${column} + ${sql.raw(String(offset))}`);
  return sql`(case ${sql.join(branches, sql` `)} else ${column} + ${sql.raw(String(last))} end)`;
}

/** Created on a weekday (0 Monday) and/or in an hour, in the filter's time zone, as the peak-hours heatmap counts. */
function localTimeConditions(filter: TicketListFilter): SQL[] {
  if (filter.weekday === undefined && filter.hour === undefined) return [];
  // The schema requires both ends with weekday/hour; the guard keeps the types honest.
  if (filter.createdFrom === undefined || filter.createdTo === undefined) return [];
  const local = localTime(tickets.createdAt, filter.tz ?? 'UTC', { from: filter.createdFrom, to: filter.createdTo });
  const day = sql.raw(String(DAY));
  const hour = sql.raw(String(HOUR));
  return [
    // Day 0 of the epoch (1 Jan 1970) was a Thursday: +3 makes Monday 0.
    ...(filter.weekday === undefined ? [] : [sql`((${local} / ${day} + 3) % 7) = ${filter.weekday}`]),
    ...(filter.hour === undefined ? [] : [sql`((${local} % ${day}) / ${hour}) = ${filter.hour}`]),
  ];
}

/** The drill-down conditions of a list filter (none when it has none of these fields). */
export function drillDownConditions(filter: TicketListFilter, now: number): (SQL | undefined)[] {
  const resolution = sql`(${tickets.resolvedAt} - ${tickets.createdAt})`;
  return [
    ...between(tickets.createdAt, filter.createdFrom, filter.createdTo),
    ...between(tickets.resolvedAt, filter.resolvedFrom, filter.resolvedTo),
    ...between(tickets.firstResponseAt, filter.respondedFrom, filter.respondedTo),
    filter.category === 'none' ? isNull(tickets.category) : filter.category ? eq(tickets.category, filter.category) : undefined,
    filter.sla === 'met' ? slaMet(createdSpan(filter)) : undefined,
    // Breached is late (final) or overdue at `now`, as the dashboard's SLA compliance counts it.
    filter.sla === 'breached' ? or(slaLate(createdSpan(filter)), slaOverdue(createdSpan(filter), now)) : undefined,
    filter.rated === true ? isNotNull(tickets.satisfaction) : undefined,
    filter.resolutionMin !== undefined || filter.resolutionMax !== undefined ? isNotNull(tickets.resolvedAt) : undefined,
    filter.resolutionMin === undefined ? undefined : sql`${resolution} >= ${filter.resolutionMin}`,
    filter.resolutionMax === undefined ? undefined : sql`${resolution} < ${filter.resolutionMax}`,
    ...localTimeConditions(filter),
  ];
}
