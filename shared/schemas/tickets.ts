import { z } from 'zod';
import { id, limits, pageQuery, requiredText, tags, trimmed, type IsoDate } from './common.ts';
import { isKnownTimeZone } from './analytics.ts';
import type { CustomerSummary } from './customers.ts';

export const ticketStatuses = ['open', 'pending', 'resolved', 'closed'] as const;
export const ticketPriorities = ['low', 'medium', 'high', 'urgent'] as const;
export const ticketChannels = ['email', 'chat', 'phone', 'web'] as const;
export type TicketStatus = (typeof ticketStatuses)[number];
export type TicketPriority = (typeof ticketPriorities)[number];
export type TicketChannel = (typeof ticketChannels)[number];

export interface AgentSummary {
  id: string;
  name: string;
  avatarUrl: string | null;
}

export interface Ticket {
  id: string;
  number: number;
  subject: string;
  description: string;
  status: TicketStatus;
  priority: TicketPriority;
  channel: TicketChannel;
  category: string | null;
  tags: string[];
  customer: CustomerSummary;
  assignee: AgentSummary | null;
  createdAt: IsoDate;
  updatedAt: IsoDate;
  firstResponseAt: IsoDate | null;
  resolvedAt: IsoDate | null;
  /** First public reply due, by the SLA targets in force when the ticket was created or re-prioritised. */
  slaDueAt: IsoDate | null;
  /** Resolution due, by the same targets. */
  resolutionDueAt: IsoDate | null;
  satisfaction: number | null;
}

export type MessageAuthor =
  | { type: 'agent'; id: string; name: string; avatarUrl: string | null }
  | { type: 'customer'; id: string; name: string };

export interface TicketMessage {
  id: string;
  ticketId: string;
  author: MessageAuthor;
  body: string;
  internal: boolean;
  createdAt: IsoDate;
}

const category = trimmed(limits.category)
  .nullable()
  .transform((value) => (value === '' ? null : value));

export const createTicketInput = z.strictObject({
  subject: requiredText(limits.subject),
  description: requiredText(limits.body),
  customerId: id,
  priority: z.enum(ticketPriorities).default('medium'),
  channel: z.enum(ticketChannels).default('web'),
  status: z.enum(ticketStatuses).default('open'),
  category: category.optional(),
  tags: tags.default([]),
  assigneeId: id.nullable().optional(),
});
export type CreateTicketInput = z.input<typeof createTicketInput>;

export const updateTicketInput = z
  .strictObject({
    subject: requiredText(limits.subject).optional(),
    status: z.enum(ticketStatuses).optional(),
    priority: z.enum(ticketPriorities).optional(),
    category: category.optional(),
    tags: tags.optional(),
    assigneeId: id.nullable().optional(),
    satisfaction: z.number().int().min(1).max(5).nullable().optional(),
  })
  .refine((value) => Object.keys(value).length > 0, { message: 'nothing to update' });
export type UpdateTicketInput = z.input<typeof updateTicketInput>;

export const createTicketMessageInput = z.strictObject({
  body: requiredText(limits.body),
  internal: z.boolean().default(false),
  /** Integrations that relay the customer's words (e.g. an email gateway) name the customer. */
  authorCustomerId: id.optional(),
  /** "Submit as pending": change the status in the same step as the reply. */
  status: z.enum(ticketStatuses).optional(),
});
export type CreateTicketMessageInput = z.input<typeof createTicketMessageInput>;

export const ticketSorts = [
  'created',
  '-created',
  'updated',
  '-updated',
  'priority',
  '-priority',
  'number',
  '-number',
] as const;
export type TicketSort = (typeof ticketSorts)[number];

/** Comma-separated list in a query string, each item checked. */
const csv = <T extends readonly [string, ...string[]]>(values: T) =>
  z
    .string()
    .max(200)
    .transform((raw) => raw.split(',').map((part) => part.trim()).filter(Boolean))
    .pipe(z.array(z.enum(values)).min(1));

/** An instant in a query string: ISO-8601 with a zone (`2025-03-03T00:00:00.000Z`), as epoch ms. */
const instant = z.iso
  .datetime({ offset: true, message: 'must be an ISO date-time with a zone (2025-03-03T00:00:00Z)' })
  .transform((value) => Date.parse(value));

/** A whole number of milliseconds in a query string. */
const milliseconds = z
  .string()
  .regex(/^\d{1,13}$/, { message: 'must be a whole number of milliseconds' })
  .transform(Number);

/** A small whole number in a query string, from `min` to `max`. */
const smallInt = (min: number, max: number) =>
  z
    .string()
    .regex(/^\d{1,2}$/, { message: `must be a whole number from ${min} to ${max}` })
    .transform(Number)
    .refine((value) => value >= min && value <= max, { message: `must be a whole number from ${min} to ${max}` });

/** The longest span the weekday/hour filters convert to local time over (five years and a day). */
const maxLocalTimeSpanMs = (5 * 366 + 1) * 24 * 60 * 60 * 1000;

export const ticketSlaOutcomes = ['met', 'breached'] as const;
export type TicketSlaOutcome = (typeof ticketSlaOutcomes)[number];

/**
 * The ticket list's fields without the checks across them, for variants that leave one out
 * (`.omit` refuses a refined object); `ticketListQuery` is the list's query with the checks.
 */
export const ticketListFields = z.strictObject({
  status: csv(ticketStatuses).optional(),
  priority: csv(ticketPriorities).optional(),
  channel: csv(ticketChannels).optional(),
  /** An agent id, `me`, or `none` for unassigned. */
  assignee: z.union([z.literal('me'), z.literal('none'), id]).optional(),
  customerId: id.optional(),
  tag: z.string().trim().toLowerCase().min(1).max(limits.tag).optional(),
  /** Unanswered open or pending tickets past their first-response target. */
  overdue: z
    .literal('true')
    .transform(() => true)
    .optional(),
  q: trimmed(limits.query).optional(),
  /*
   * Analytics drill-down: the tickets behind a figure. Every range is half-open, [from, to), the
   * way the analytics API counts, so adjacent days never share a ticket.
   */
  createdFrom: instant.optional(),
  createdTo: instant.optional(),
  resolvedFrom: instant.optional(),
  resolvedTo: instant.optional(),
  /** First public agent reply in the range. */
  respondedFrom: instant.optional(),
  respondedTo: instant.optional(),
  /** A category's exact name, or `none` for tickets without one. */
  category: z.string().trim().min(1, { message: 'is required' }).max(limits.category).optional(),
  /** First-response SLA outcome, as the analytics SLA compliance counts it (undecided tickets match neither). */
  sla: z.enum(ticketSlaOutcomes, { message: `must be one of ${ticketSlaOutcomes.join(', ')}` }).optional(),
  /** Only tickets the customer rated. */
  rated: z
    .literal('true')
    .transform(() => true)
    .optional(),
  /** Resolution time (created → resolved) in [resolutionMin, resolutionMax) milliseconds. */
  resolutionMin: milliseconds.optional(),
  resolutionMax: milliseconds.optional(),
  /** Created on this weekday (0 Monday … 6 Sunday) and/or in this hour (0–23) in `tz`; needs createdFrom and createdTo. */
  weekday: smallInt(0, 6).optional(),
  hour: smallInt(0, 23).optional(),
  tz: z.string().max(64).refine(isKnownTimeZone, { message: 'is not a known time zone' }).optional(),
  sort: z.enum(ticketSorts).default('-created'),
  ...pageQuery,
});

type TicketListFieldsOutput = z.output<typeof ticketListFields>;

/** The checks across the list's fields: ranges the right way round, local-time filters bounded. */
export function checkTicketListQuery(value: Partial<TicketListFieldsOutput>, ctx: z.RefinementCtx): void {
  const issue = (path: string, message: string) => ctx.addIssue({ code: 'custom', path: [path], message });
  for (const [from, to] of [
    ['createdFrom', 'createdTo'],
    ['resolvedFrom', 'resolvedTo'],
    ['respondedFrom', 'respondedTo'],
    ['resolutionMin', 'resolutionMax'],
  ] as const) {
    const start = value[from];
    const end = value[to];
    if (start !== undefined && end !== undefined && end <= start) issue(to, `must be after ${from}`);
  }
  if (value.weekday !== undefined || value.hour !== undefined) {
    const field = value.weekday !== undefined ? 'weekday' : 'hour';
    if (value.createdFrom === undefined || value.createdTo === undefined) issue(field, 'needs createdFrom and createdTo');
    else if (value.createdTo - value.createdFrom > maxLocalTimeSpanMs) issue(field, 'needs a created range of at most 5 years');
  }
}

export const ticketListQuery = ticketListFields.superRefine(checkTicketListQuery);
export type TicketListQuery = z.input<typeof ticketListQuery>;
