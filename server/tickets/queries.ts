import { eq, max } from 'drizzle-orm';
import type { z } from 'zod';
import type { createTicketInput, Ticket, TicketStatus, updateTicketInput } from '../../shared/schemas/tickets.ts';
import { findAgentRow } from '../agents/queries.ts';
import { recordAudit, type Actor } from '../audit/log.ts';
import { findCustomerRow } from '../customers/queries.ts';
import type { Db, Queryable } from '../db/open.ts';
import { tickets } from '../db/schema.ts';
import { changedFields, definedOnly } from '../lib/changes.ts';
import { invalid, notFound } from '../lib/errors.ts';
import { uuidv7 } from '../lib/ids.ts';
import { selectTickets, toTicket } from './serialize.ts';
import { readSlaPolicy, slaColumns } from './sla.ts';

type TicketRow = typeof tickets.$inferSelect;
export type CreateTicketData = z.output<typeof createTicketInput>;
export type UpdateTicketData = z.output<typeof updateTicketInput>;

const isDone = (status: TicketStatus) => status === 'resolved' || status === 'closed';

export function readTicket(db: Queryable, id: string): Ticket {
  const row = selectTickets(db).where(eq(tickets.id, id)).get();
  if (!row) throw notFound('Ticket');
  return toTicket(row);
}

export async function getTicket(db: Db, id: string): Promise<Ticket> {
  return readTicket(db, id);
}

export function findTicketRow(db: Queryable, id: string): TicketRow | undefined {
  return db.select().from(tickets).where(eq(tickets.id, id)).get();
}

function assertAssignable(db: Queryable, assigneeId: string | null | undefined) {
  if (!assigneeId) return;
  const agent = findAgentRow(db, assigneeId);
  if (!agent || agent.disabledAt) throw invalid({ assigneeId: 'is not an active agent' });
}

/**
 * The resolved_at rule: set when a ticket first becomes resolved or closed, cleared when it is
 * reopened (so resolution time measures the final resolution).
 */
export function resolvedAtFor(before: Pick<TicketRow, 'status' | 'resolvedAt'> | null, status: TicketStatus, now: Date): Date | null {
  if (!isDone(status)) return null;
  return before && isDone(before.status) && before.resolvedAt ? before.resolvedAt : now;
}

export async function createTicket(db: Db, input: CreateTicketData, actor: Actor): Promise<Ticket> {
  return db.transaction((tx) => insertTicket(tx, input, actor));
}

/** Creates a ticket inside an open transaction, for callers that write more in the same step (chat → ticket). */
export function insertTicket(tx: Queryable, input: CreateTicketData, actor: Actor): Ticket {
  if (!findCustomerRow(tx, input.customerId)) throw invalid({ customerId: 'is not a customer' });
  assertAssignable(tx, input.assigneeId);
  const now = new Date();
  const number = (tx.select({ n: max(tickets.number) }).from(tickets).get()?.n ?? 0) + 1;
  const row: TicketRow = {
    id: uuidv7(now.getTime()),
    number,
    subject: input.subject,
    description: input.description,
    status: input.status,
    priority: input.priority,
    channel: input.channel,
    category: input.category ?? null,
    tags: input.tags,
    customerId: input.customerId,
    assigneeId: input.assigneeId ?? null,
    createdAt: now,
    updatedAt: now,
    firstResponseAt: null,
    resolvedAt: resolvedAtFor(null, input.status, now),
    ...slaColumns(now, input.priority, readSlaPolicy(tx)),
    satisfaction: null,
    // Written by the database's triggers (business hours in force).
    firstResponseBusinessMs: null,
    resolutionBusinessMs: null,
  };
  tx.insert(tickets).values(row).run();
  recordAudit(tx, actor, 'ticket.created', 'ticket', row.id, { number, subject: row.subject }, now);
  return readTicket(tx, row.id);
}

/** Applies a patch inside an open transaction; used by updates and by "reply and set status". */
export function applyTicketChanges(tx: Queryable, before: TicketRow, patch: Partial<TicketRow>, actor: Actor, now: Date): TicketRow {
  const after: TicketRow = { ...before, ...patch, updatedAt: now };
  if (patch.status !== undefined) after.resolvedAt = resolvedAtFor(before, patch.status, now);
  // A new priority means new targets, counted from creation under the policy in force now.
  if (patch.priority !== undefined && patch.priority !== before.priority) {
    Object.assign(after, slaColumns(before.createdAt, patch.priority, readSlaPolicy(tx)));
  }
  const changes = changedFields(before, after, Object.keys(patch));
  if (Object.keys(changes).length === 0) return before;
  tx.update(tickets).set(after).where(eq(tickets.id, before.id)).run();
  recordAudit(tx, actor, 'ticket.updated', 'ticket', before.id, changes, now);
  return after;
}

export async function updateTicket(db: Db, id: string, input: UpdateTicketData, actor: Actor): Promise<Ticket> {
  return db.transaction((tx) => {
    const before = findTicketRow(tx, id);
    if (!before) throw notFound('Ticket');
    assertAssignable(tx, input.assigneeId);
    applyTicketChanges(tx, before, definedOnly(input) as Partial<TicketRow>, actor, new Date());
    return readTicket(tx, id);
  });
}
