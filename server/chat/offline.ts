import { eq, max } from 'drizzle-orm';
import { limits } from '../../shared/schemas/common.ts';
import { recordAudit, type Actor } from '../audit/log.ts';
import { customers, tickets } from '../db/schema.ts';
import { uuidv7 } from '../lib/ids.ts';
import { readSlaPolicy, slaColumns } from '../tickets/sla.ts';
import { insertChatCustomer } from './chat-customers.ts';
import type { ChatDeps } from './deps.ts';

export interface OfflineMessage {
  name: string;
  email: string;
  message: string;
  pageUrl?: string | undefined;
}

const subjectLength = 120;

/** The first line of the message, shortened on a word boundary: what the ticket list shows. */
function subjectOf(message: string): string {
  const line = message.trim().split(/\r?\n/, 1)[0]?.trim() ?? '';
  if (line.length <= subjectLength) return line || 'Message from the chat widget';
  const cut = line.slice(0, subjectLength - 1);
  const space = cut.lastIndexOf(' ');
  return `${space > 60 ? cut.slice(0, space) : cut}…`;
}

/**
 * "Nobody is online, leave a message": the message becomes an open ticket (channel `chat`) of the
 * customer with that email (created if new), like an email would. Customer, ticket and audit
 * entries in one transaction; numbering as for every ticket (max + 1, unique index behind it).
 */
export async function createOfflineTicket({ db }: ChatDeps, input: OfflineMessage): Promise<{ ticketId: string; ticketNumber: number }> {
  return db.transaction(
    (tx) => {
      const now = new Date();
      const existing = tx.select().from(customers).where(eq(customers.email, input.email)).get();
      if (existing) tx.update(customers).set({ lastSeenAt: now }).where(eq(customers.id, existing.id)).run();
      const customer = existing ?? insertChatCustomer(tx, { name: input.name, email: input.email }, now);
      const actor: Actor = { type: 'customer', id: customer.id, name: input.name };

      const footer = input.pageUrl ? `\n\n— Sent from the chat widget on ${input.pageUrl}` : '\n\n— Sent from the chat widget while no agent was online';
      const number = (tx.select({ n: max(tickets.number) }).from(tickets).get()?.n ?? 0) + 1;
      const ticketId = uuidv7(now.getTime());
      const ticket: typeof tickets.$inferInsert = {
        id: ticketId,
        number,
        subject: subjectOf(input.message),
        description: `${input.message}${footer}`.slice(0, limits.body),
        status: 'open',
        priority: 'medium',
        channel: 'chat',
        category: null,
        tags: [],
        customerId: customer.id,
        assigneeId: null,
        createdAt: now,
        updatedAt: now,
        firstResponseAt: null,
        resolvedAt: null,
        ...slaColumns(now, 'medium', readSlaPolicy(tx)),
        satisfaction: null,
      };
      tx.insert(tickets).values(ticket).run();
      recordAudit(tx, actor, 'ticket.created', 'ticket', ticketId, { number, subject: ticket.subject, via: 'chat offline form' }, now);
      return { ticketId, ticketNumber: number };
    },
    { behavior: 'immediate' },
  );
}
