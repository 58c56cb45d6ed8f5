import { eq, getTableColumns } from 'drizzle-orm';
import type { Ticket } from '../../shared/schemas/tickets.ts';
import type { Queryable } from '../db/open.ts';
import { agents, customers, tickets } from '../db/schema.ts';

type TicketRow = typeof tickets.$inferSelect;

/** The columns every ticket read selects: the ticket, its customer's summary and its assignee's. */
export const ticketSelection = {
  ...getTableColumns(tickets),
  customerName: customers.name,
  customerEmail: customers.email,
  assigneeName: agents.name,
  assigneeAvatarUrl: agents.avatarUrl,
};

export type TicketSelectionRow = TicketRow & {
  customerName: string;
  customerEmail: string | null;
  assigneeName: string | null;
  assigneeAvatarUrl: string | null;
};

/** A select of tickets with the joins `ticketSelection` needs. */
export function selectTickets(db: Queryable) {
  return db
    .select(ticketSelection)
    .from(tickets)
    .innerJoin(customers, eq(customers.id, tickets.customerId))
    .leftJoin(agents, eq(agents.id, tickets.assigneeId));
}

const iso = (date: Date | null) => date?.toISOString() ?? null;

export function toTicket(row: TicketSelectionRow): Ticket {
  return {
    id: row.id,
    number: row.number,
    subject: row.subject,
    description: row.description,
    status: row.status,
    priority: row.priority,
    channel: row.channel,
    category: row.category,
    tags: row.tags,
    customer: { id: row.customerId, name: row.customerName, email: row.customerEmail },
    assignee:
      row.assigneeId && row.assigneeName !== null
        ? { id: row.assigneeId, name: row.assigneeName, avatarUrl: row.assigneeAvatarUrl }
        : null,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    firstResponseAt: iso(row.firstResponseAt),
    resolvedAt: iso(row.resolvedAt),
    slaDueAt: iso(row.slaDueAt),
    resolutionDueAt: iso(row.resolutionDueAt),
    satisfaction: row.satisfaction,
  };
}
