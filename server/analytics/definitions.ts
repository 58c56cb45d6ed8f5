import { and, eq, gte, isNotNull, isNull, lt, sql, type SQL } from 'drizzle-orm';
import type { SQLiteColumn } from 'drizzle-orm/sqlite-core';
import { ticketPriorities } from '../../shared/schemas/tickets.ts';
import { chatSessions, knowledgeFeedback, knowledgeSearches, knowledgeViews, tickets } from '../db/schema.ts';
import { firstResponseTargetMs } from '../tickets/sla.ts';
import type { Span } from './range.ts';
import { DAY } from './time-zone.ts';

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

/* Tickets */

/** Created: `created_at` in the span. */
export const ticketCreated = (span: Span) => inSpan(tickets.createdAt, span);

/** Resolved: `resolved_at` in the span (set on resolved/closed, cleared on reopen). */
export const ticketResolved = (span: Span) => inSpan(tickets.resolvedAt, span);

/** First response time: created → first public agent reply, for tickets first answered in the span. */
export const firstResponse = {
  value: sql<number>`${tickets.firstResponseAt} - ${tickets.createdAt}`,
  where: (span: Span) => inSpan(tickets.firstResponseAt, span),
};

/** Resolution time: created → resolved, for tickets resolved in the span. */
export const resolution = {
  value: sql<number>`${tickets.resolvedAt} - ${tickets.createdAt}`,
  where: ticketResolved,
};

/** The first-response target of the ticket's priority, in ms (the ticket domain's SLA table). */
export const firstResponseTarget: SQL<number> = sql`(case ${tickets.priority} ${sql.join(
  ticketPriorities.map((priority) => sql`when ${priority} then ${sql.raw(String(firstResponseTargetMs[priority]))}`),
  sql` `,
)} end)`;

/** SLA met: created in the span and first answered within the target (at the target counts as met). */
export const slaMet = (span: Span) =>
  and(ticketCreated(span), isNotNull(tickets.firstResponseAt), sql`${firstResponse.value} <= ${firstResponseTarget}`);

/**
 * SLA breached: created in the span and answered late, or still unanswered after the target has
 * passed at `now`. Unanswered tickets still inside their target are undecided and count nowhere.
 */
export const slaBreached = (span: Span, now: number) =>
  and(
    ticketCreated(span),
    sql`(case when ${tickets.firstResponseAt} is null then ${now} > ${tickets.createdAt} + ${firstResponseTarget}
              else ${firstResponse.value} > ${firstResponseTarget} end)`,
  );

/** Ticket CSAT: the 1–5 satisfaction of tickets resolved in the span. */
export const ticketRating = {
  value: tickets.satisfaction,
  where: (span: Span) => and(ticketResolved(span), isNotNull(tickets.satisfaction)),
};

/* Chats */

/** Chats started: `started_at` in the span. */
export const chatStarted = (span: Span) => inSpan(chatSessions.startedAt, span);

/** Chat wait: started → first taken by an agent, for chats taken in the span. */
export const chatWait = {
  value: sql<number>`${chatSessions.assignedAt} - ${chatSessions.startedAt}`,
  where: (span: Span) => inSpan(chatSessions.assignedAt, span),
};

/** Chat duration: started → closed, for chats closed in the span. */
export const chatDuration = {
  value: sql<number>`${chatSessions.closedAt} - ${chatSessions.startedAt}`,
  where: (span: Span) => inSpan(chatSessions.closedAt, span),
};

/** Missed: started in the span, closed, never taken by an agent. */
export const chatMissed = (span: Span) => and(chatStarted(span), eq(chatSessions.status, 'closed'), isNull(chatSessions.assignedAt));

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
