import { z } from 'zod';
import { id, limits, pageQuery, requiredText, tags, trimmed, type IsoDate } from './common.ts';
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
  slaDueAt: IsoDate | null;
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

export const ticketListQuery = z.strictObject({
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
  sort: z.enum(ticketSorts).default('-created'),
  ...pageQuery,
});
export type TicketListQuery = z.input<typeof ticketListQuery>;
