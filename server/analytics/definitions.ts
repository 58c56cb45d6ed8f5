import { and, eq, gte, isNotNull, isNull, lt, sql } from 'drizzle-orm';
import type { SQLiteColumn } from 'drizzle-orm/sqlite-core';
import { chatSessions, knowledgeFeedback, knowledgeSearches, knowledgeViews, tickets } from '../db/schema.ts';
import type { Span } from './range.ts';
import { DAY } from '../../shared/time-zone.ts';

/*
 * The analytics definitions, written once. Every figure is "which rows" (a predicate over one
 * span) and, for durations and ratings, "which value". The raw reader aggregates these directly;
 * a rollup-backed reader must count the same rows. The README lists each one in words.
 *
 * Events are attributed to the period in which they happen: a ticket's resolution time belongs to
 * the period it was resolved in, its first response time to the period it was first answered in.
 */

/** Raw integers, not Dates: drizzle's timestamp encoder would want a Date for a comparison with the column. */
export const inSpan = (column: SQLiteColumn, span: Span) => sql`(${column} >= ${span.from} and ${column} < ${span.to})`;

/**
 * A column of the row a term talks about: `"tickets"."created_at"` in a query, `NEW.created_at`
 * in a trigger. Terms that both the readers and the rollup triggers evaluate are written once, as
 * SQL text over such a resolver, so the two cannot drift apart.
 */
export type Columns = (name: string) => string;
export const tableColumns =
  (table: string): Columns =>
  (name) =>
    `"${table}"."${name}"`;

/* Tickets */

/** Created: `created_at` in the span. */
export const ticketCreated = (span: Span) => inSpan(tickets.createdAt, span);

/** Resolved: `resolved_at` in the span (set on resolved/closed, cleared on reopen). */
export const ticketResolved = (span: Span) => inSpan(tickets.resolvedAt, span);

/**
 * SLA, per ticket, against the due times stamped on it when it was created or re-prioritised
 * (`sla_due_at` for the first response, `resolution_due_at`; see team settings):
 * - the first-response clock stops at the first public agent reply, or at resolution for a ticket
 *   solved without one (as Zendesk counts it);
 * - **met**: first response and resolution both happened, each by its due time (at it counts as
 *   met; a missing due time is no target);
 * - **late**: either happened after its due time, a final breach;
 * - **overdue**: not late yet, unresolved, and `now` is past a due time still open — a breach
 *   that depends on when you look, so it is read from the rows, never rolled up;
 * - otherwise undecided, counted nowhere.
 * Breached = late + overdue; compliance = met / (met + breached), for tickets created in the span.
 */
export const ticketTerms = {
  firstResponseMs: (c: Columns) => `(${c('first_response_at')} - ${c('created_at')})`,
  resolutionMs: (c: Columns) => `(${c('resolved_at')} - ${c('created_at')})`,
  slaMet: (c: Columns) =>
    `(coalesce(${c('first_response_at')}, ${c('resolved_at')}) <= coalesce(${c('sla_due_at')}, coalesce(${c('first_response_at')}, ${c('resolved_at')}))
      and ${c('resolved_at')} <= coalesce(${c('resolution_due_at')}, ${c('resolved_at')}))`,
  slaLate: (c: Columns) =>
    `(coalesce(coalesce(${c('first_response_at')}, ${c('resolved_at')}) > ${c('sla_due_at')}, 0)
      or coalesce(${c('resolved_at')} > ${c('resolution_due_at')}, 0))`,
  slaOverdue: (c: Columns, now: number) =>
    `(${c('resolved_at')} is null and not coalesce(${c('first_response_at')} > ${c('sla_due_at')}, 0)
      and ((${c('first_response_at')} is null and ${now} > ${c('sla_due_at')}) or ${now} > ${c('resolution_due_at')}))`,
};

const ticketColumns = tableColumns('tickets');

/** First response time: created → first public agent reply, for tickets first answered in the span. */
export const firstResponse = {
  value: sql<number>`${sql.raw(ticketTerms.firstResponseMs(ticketColumns))}`,
  where: (span: Span) => inSpan(tickets.firstResponseAt, span),
};

/** Resolution time: created → resolved, for tickets resolved in the span. */
export const resolution = {
  value: sql<number>`${sql.raw(ticketTerms.resolutionMs(ticketColumns))}`,
  where: ticketResolved,
};

/** The same durations counted in business hours only (written on the row by the database). */
export const firstResponseBusiness = { value: tickets.firstResponseBusinessMs, where: firstResponse.where };
export const resolutionBusiness = { value: tickets.resolutionBusinessMs, where: resolution.where };

/** SLA met, for tickets created in the span (see ticketTerms). */
export const slaMet = (span: Span) => and(ticketCreated(span), sql.raw(ticketTerms.slaMet(ticketColumns)));

/** SLA late (a final breach), for tickets created in the span. */
export const slaLate = (span: Span) => and(ticketCreated(span), sql.raw(ticketTerms.slaLate(ticketColumns)));

/** SLA overdue at `now` (a breach that is not final), for tickets created in the span. */
export const slaOverdue = (span: Span, now: number) =>
  and(ticketCreated(span), isNull(tickets.resolvedAt), sql.raw(ticketTerms.slaOverdue(ticketColumns, now)));

/** Ticket CSAT: the 1–5 satisfaction of tickets resolved in the span. */
export const ticketRating = {
  value: tickets.satisfaction,
  where: (span: Span) => and(ticketResolved(span), isNotNull(tickets.satisfaction)),
};

/* Chats */

/** Chats started: `started_at` in the span. */
export const chatStarted = (span: Span) => inSpan(chatSessions.startedAt, span);

/** Chat wait: started → first taken by an agent, for chats taken in the span. */
export const chatTerms = {
  waitMs: (c: Columns) => `(${c('assigned_at')} - ${c('started_at')})`,
  durationMs: (c: Columns) => `(${c('closed_at')} - ${c('started_at')})`,
  missed: (c: Columns) => `(${c('status')} = 'closed' and ${c('assigned_at')} is null)`,
};

const chatColumns = tableColumns('chat_sessions');

export const chatWait = {
  value: sql<number>`${sql.raw(chatTerms.waitMs(chatColumns))}`,
  where: (span: Span) => inSpan(chatSessions.assignedAt, span),
};

/** Chat duration: started → closed, for chats closed in the span. */
export const chatDuration = {
  value: sql<number>`${sql.raw(chatTerms.durationMs(chatColumns))}`,
  where: (span: Span) => inSpan(chatSessions.closedAt, span),
};

/** Chat wait and duration in business hours only (written on the row by the database). */
export const chatWaitBusiness = { value: chatSessions.waitBusinessMs, where: chatWait.where };
export const chatDurationBusiness = { value: chatSessions.durationBusinessMs, where: chatDuration.where };

/** Missed: started in the span, closed, never taken by an agent. */
export const chatMissed = (span: Span) => and(chatStarted(span), sql.raw(chatTerms.missed(chatColumns)));

/** Converted: started in the span and made into a ticket. */
export const chatConverted = (span: Span) => and(chatStarted(span), isNotNull(chatSessions.convertedTicketId));

/** Taken: started in the span and assigned to an agent (the last one, after transfers). */
export const chatTaken = (span: Span) => and(chatStarted(span), isNotNull(chatSessions.assignedAgentId));

/** Chat CSAT: the 1–5 rating of chats closed in the span. */
export const chatRating = {
  value: chatSessions.rating,
  where: (span: Span) => and(inSpan(chatSessions.closedAt, span), isNotNull(chatSessions.rating)),
};

/* Knowledge base (customers' side: the console's own searches are never logged) */

/** Searches: logged widget and help-center searches in the span. */
export const kbSearch = (span: Span) => inSpan(knowledgeSearches.createdAt, span);

/** Searches without a result: those that found nothing. */
export const kbSearchWithoutResult = (span: Span) => and(kbSearch(span), eq(knowledgeSearches.results, 0));

/** The UTC day (`YYYY-MM-DD`) that begins at or after `instant`. */
const firstUtcDayFrom = (instant: number) => new Date(Math.ceil(instant / DAY) * DAY).toISOString().slice(0, 10);

/**
 * Article views: views are stored once per visitor per article per UTC day, so a span counts the
 * UTC days that begin inside it.
 */
export const kbView = (span: Span) =>
  and(gte(knowledgeViews.day, firstUtcDayFrom(span.from)), lt(knowledgeViews.day, firstUtcDayFrom(span.to)));

/** Votes: "Was this helpful?" votes last cast in the span (a changed vote counts when it changed). */
export const kbVote = (span: Span) => inSpan(knowledgeFeedback.updatedAt, span);
