import { asc, eq } from 'drizzle-orm';
import type { z } from 'zod';
import type { createTicketMessageInput, Ticket, TicketMessage } from '../../shared/schemas/tickets.ts';
import { recordAudit, type Actor } from '../audit/log.ts';
import type { Db } from '../db/open.ts';
import { agents, customers, ticketMessages, tickets } from '../db/schema.ts';
import { invalid, notFound } from '../lib/errors.ts';
import { uuidv7 } from '../lib/ids.ts';
import { applyTicketChanges, findTicketRow, readTicket } from './queries.ts';

export type CreateMessageData = z.output<typeof createTicketMessageInput>;
type MessageRow = typeof ticketMessages.$inferSelect;

export async function listMessages(db: Db, ticketId: string): Promise<TicketMessage[]> {
  if (!findTicketRow(db, ticketId)) throw notFound('Ticket');
  return db
    .select({ message: ticketMessages, agent: { name: agents.name, avatarUrl: agents.avatarUrl }, customerName: customers.name })
    .from(ticketMessages)
    .leftJoin(agents, eq(agents.id, ticketMessages.authorAgentId))
    .leftJoin(customers, eq(customers.id, ticketMessages.authorCustomerId))
    .where(eq(ticketMessages.ticketId, ticketId))
    .orderBy(asc(ticketMessages.createdAt), asc(ticketMessages.id))
    .all()
    .map(({ message, agent, customerName }) => toMessage(message, message.authorType === 'agent' ? (agent?.name ?? 'Former agent') : (customerName ?? 'Former customer'), agent?.avatarUrl ?? null));
}

function toMessage(row: MessageRow, authorName: string, avatarUrl: string | null): TicketMessage {
  const author: TicketMessage['author'] =
    row.authorType === 'agent'
      ? { type: 'agent', id: row.authorAgentId ?? '', name: authorName, avatarUrl }
      : { type: 'customer', id: row.authorCustomerId ?? '', name: authorName };
  return { id: row.id, ticketId: row.ticketId, author, body: row.body, internal: row.internal, createdAt: row.createdAt.toISOString() };
}

/**
 * Adds a reply or an internal note.
 * - An agent's first public reply sets first_response_at (notes don't: the customer saw nothing).
 * - A customer writing on a pending or resolved ticket reopens it, as every help desk does.
 * - `status` lets an agent reply and change status in one step ("submit as pending").
 */
export async function addMessage(
  db: Db,
  ticketId: string,
  input: CreateMessageData,
  author: { agentId: string; agentName: string; agentAvatarUrl: string | null },
  actor: Actor,
): Promise<{ message: TicketMessage; ticket: Ticket }> {
  return db.transaction((tx) => {
    const ticket = findTicketRow(tx, ticketId);
    if (!ticket) throw notFound('Ticket');
    const byCustomer = input.authorCustomerId !== undefined;
    if (byCustomer && input.authorCustomerId !== ticket.customerId) {
      throw invalid({ authorCustomerId: "is not this ticket's customer" });
    }
    if (byCustomer && input.internal) throw invalid({ internal: 'customers cannot write internal notes' });
    const now = new Date();
    const row: MessageRow = {
      id: uuidv7(now.getTime()),
      ticketId,
      authorType: byCustomer ? 'customer' : 'agent',
      authorAgentId: byCustomer ? null : author.agentId,
      authorCustomerId: byCustomer ? ticket.customerId : null,
      body: input.body,
      internal: input.internal,
      createdAt: now,
    };
    tx.insert(ticketMessages).values(row).run();
    const action = byCustomer ? 'ticket.customer_message_added' : input.internal ? 'ticket.note_added' : 'ticket.reply_added';
    recordAudit(tx, actor, action, 'ticket', ticketId, { messageId: row.id }, now);

    const patch: Partial<typeof tickets.$inferSelect> = {};
    if (!byCustomer && !input.internal && !ticket.firstResponseAt) patch.firstResponseAt = now;
    if (input.status) patch.status = input.status;
    else if (byCustomer && ticket.status !== 'open') patch.status = 'open';
    if (Object.keys(patch).length) applyTicketChanges(tx, ticket, patch, actor, now);
    else tx.update(tickets).set({ updatedAt: now }).where(eq(tickets.id, ticketId)).run();

    const authorName = byCustomer ? (readTicket(tx, ticketId).customer.name) : author.agentName;
    return { message: toMessage(row, authorName, byCustomer ? null : author.agentAvatarUrl), ticket: readTicket(tx, ticketId) };
  });
}
