import { and, desc, eq } from 'drizzle-orm';
import { recordAudit } from '../audit/log.ts';
import type { Queryable } from '../db/open.ts';
import { chatSessions, customers } from '../db/schema.ts';
import { uuidv7 } from '../lib/ids.ts';

type CustomerRow = typeof customers.$inferSelect;

export interface ChatCustomerInput {
  siteId: string;
  visitorId: string;
  verified: boolean;
  name?: string | undefined;
  email?: string | undefined;
}

const emailOwner = (tx: Queryable, email: string) => tx.select().from(customers).where(eq(customers.email, email)).get();

/** "Visitor 3f9a": enough to tell anonymous customers apart in the inbox. */
const anonymousName = (visitorId: string) => `Visitor ${visitorId.slice(-4)}`;

/**
 * The customer record a chat belongs to, inside the caller's transaction:
 *  1. a verified visitor with an email is that email's customer (created if new);
 *  2. otherwise the customer of this visitor's earlier chats on the site, so a returning visitor
 *     stays one customer;
 *  3. otherwise a new customer.
 * An unverified visitor never joins someone else's record by typing their email: if the address
 * belongs to another customer, the new record is made without it (the chat still shows what was typed).
 */
export function customerForChat(tx: Queryable, input: ChatCustomerInput, now: Date): CustomerRow {
  if (input.verified && input.email) {
    const owner = emailOwner(tx, input.email);
    if (owner) return touch(tx, owner, now);
  }
  const previous = tx
    .select({ customer: customers })
    .from(chatSessions)
    .innerJoin(customers, eq(customers.id, chatSessions.customerId))
    .where(and(eq(chatSessions.siteId, input.siteId), eq(chatSessions.visitorId, input.visitorId)))
    .orderBy(desc(chatSessions.startedAt))
    .limit(1)
    .get()?.customer;
  if (previous) {
    if (!previous.email && input.email && !emailOwner(tx, input.email)) {
      tx.update(customers).set({ email: input.email, updatedAt: now }).where(eq(customers.id, previous.id)).run();
      recordAudit(tx, { type: 'customer', id: previous.id, name: previous.name }, 'customer.updated', 'customer', previous.id, { email: [null, input.email] }, now);
      return touch(tx, { ...previous, email: input.email }, now);
    }
    return touch(tx, previous, now);
  }
  const email = input.email && !emailOwner(tx, input.email) ? input.email : null;
  const row: CustomerRow = {
    id: uuidv7(now.getTime()),
    name: input.name ?? anonymousName(input.visitorId),
    email,
    company: null,
    industry: null,
    companySize: null,
    location: null,
    metadata: {},
    createdAt: now,
    updatedAt: now,
    lastSeenAt: now,
  };
  tx.insert(customers).values(row).run();
  recordAudit(tx, { type: 'customer', id: row.id, name: row.name }, 'customer.created', 'customer', row.id, { name: row.name, email: row.email, via: 'chat' }, now);
  return row;
}

function touch(tx: Queryable, customer: CustomerRow, now: Date): CustomerRow {
  tx.update(customers).set({ lastSeenAt: now }).where(eq(customers.id, customer.id)).run();
  return { ...customer, lastSeenAt: now };
}
