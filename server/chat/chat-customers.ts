import { and, desc, eq } from 'drizzle-orm';
import { recordAudit } from '../audit/log.ts';
import type { Queryable } from '../db/open.ts';
import { chatSessions, customers } from '../db/schema.ts';
import { uuidv7 } from '../lib/ids.ts';

type CustomerRow = typeof customers.$inferSelect;

export interface ChatCustomerInput {
  siteId: string;
  /** For a verified visitor, derived from their verified user id on this site (identity.ts). */
  visitorId: string;
  verified: boolean;
  name?: string | undefined;
  email?: string | undefined;
}

const emailOwner = (tx: Queryable, email: string) => tx.select().from(customers).where(eq(customers.email, email)).get();

/** The email if no customer has it yet: a typed address never joins or takes over someone else's record. */
const unclaimed = (tx: Queryable, email: string | undefined) => (email && !emailOwner(tx, email) ? email : null);

/** "Visitor 3f9a": enough to tell anonymous customers apart in the inbox. */
const anonymousName = (visitorId: string) => `Visitor ${visitorId.slice(-4)}`;

/**
 * The customer of this visitor's earlier chats on the site. A visitor id is the only thing that
 * links a chat to a customer: for a verified visitor it comes from the user id their site signed
 * (so their chats follow them across devices); for an anonymous one it is their browser's random id.
 */
function returningCustomer(tx: Queryable, siteId: string, visitorId: string): CustomerRow | undefined {
  return tx
    .select({ customer: customers })
    .from(chatSessions)
    .innerJoin(customers, eq(customers.id, chatSessions.customerId))
    .where(and(eq(chatSessions.siteId, siteId), eq(chatSessions.visitorId, visitorId)))
    .orderBy(desc(chatSessions.startedAt))
    .limit(1)
    .get()?.customer;
}

/**
 * The customer record a chat belongs to, inside the caller's transaction: the one of this
 * visitor's earlier chats, else a new one.
 *
 * Never found by email, verified or not: identify()'s hash signs only the user id, so the email
 * next to it is as unproven as one typed into the pre-chat form, and linking by it would show
 * another customer's chats and tickets to whoever typed their address. The email goes on the
 * visitor's own record only while nobody else has it; otherwise it stays on the chat alone
 * (chat_sessions.customer_email, what the agent sees was given).
 */
export function customerForChat(tx: Queryable, input: ChatCustomerInput, now: Date): CustomerRow {
  const previous = returningCustomer(tx, input.siteId, input.visitorId);
  if (!previous) return insertChatCustomer(tx, { name: input.name ?? anonymousName(input.visitorId), email: unclaimed(tx, input.email) }, now);
  const email = previous.email ? null : unclaimed(tx, input.email);
  if (email) {
    tx.update(customers).set({ email, updatedAt: now }).where(eq(customers.id, previous.id)).run();
    recordAudit(tx, { type: 'customer', id: previous.id, name: previous.name }, 'customer.updated', 'customer', previous.id, { email: [null, email] }, now);
  }
  tx.update(customers).set({ lastSeenAt: now }).where(eq(customers.id, previous.id)).run();
  return { ...previous, email: previous.email ?? email, lastSeenAt: now };
}

/** A customer who first came through the chat (a chat or its offline form), audit entry included. */
export function insertChatCustomer(tx: Queryable, customer: { name: string; email: string | null }, now: Date): CustomerRow {
  const row: CustomerRow = {
    id: uuidv7(now.getTime()),
    name: customer.name,
    email: customer.email,
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
