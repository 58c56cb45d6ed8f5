import { and, asc, count, eq, gt, or, sql } from 'drizzle-orm';
import type { Page } from '../../shared/schemas/common.ts';
import type { CompanySize, Customer, CreateCustomerInput, UpdateCustomerInput } from '../../shared/schemas/customers.ts';
import { recordAudit, type Actor } from '../audit/log.ts';
import type { Db, Queryable } from '../db/open.ts';
import { customers, tickets } from '../db/schema.ts';
import { changedFields, definedOnly } from '../lib/changes.ts';
import { conflict, notFound } from '../lib/errors.ts';
import { decodeCursor, encodeCursor, likeContains } from '../lib/cursor.ts';
import { uuidv7 } from '../lib/ids.ts';

type CustomerRow = typeof customers.$inferSelect;

export function toCustomer(row: CustomerRow): Customer {
  return {
    id: row.id,
    name: row.name,
    email: row.email,
    company: row.company,
    industry: row.industry,
    companySize: row.companySize as CompanySize | null,
    location: row.location,
    metadata: row.metadata,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    lastSeenAt: row.lastSeenAt?.toISOString() ?? null,
  };
}

export function findCustomerRow(db: Queryable, id: string): CustomerRow | undefined {
  return db.select().from(customers).where(eq(customers.id, id)).get();
}

export async function getCustomer(db: Db, id: string): Promise<Customer> {
  const row = findCustomerRow(db, id);
  if (!row) throw notFound('Customer');
  return toCustomer(row);
}

function assertEmailFree(db: Queryable, email: string | null | undefined, exceptId?: string) {
  if (!email) return;
  const other = db.select({ id: customers.id }).from(customers).where(eq(customers.email, email)).get();
  if (other && other.id !== exceptId) throw conflict('A customer with this email already exists', { email: 'is already used' });
}

/** Name order, then id; search matches name, email or company anywhere in the text. */
export async function listCustomers(db: Db, query: { q?: string; cursor?: string; limit: number }): Promise<Page<Customer>> {
  const after = query.cursor ? decodeCursor(query.cursor) : null;
  const pattern = query.q ? likeContains(query.q) : null;
  const rows = db
    .select()
    .from(customers)
    .where(
      and(
        pattern
          ? or(
              sql`${customers.name} like ${pattern} escape '\\'`,
              sql`${customers.email} like ${pattern} escape '\\'`,
              sql`${customers.company} like ${pattern} escape '\\'`,
            )
          : undefined,
        after ? or(gt(customers.name, String(after.value)), and(eq(customers.name, String(after.value)), gt(customers.id, after.id))) : undefined,
      ),
    )
    .orderBy(asc(customers.name), asc(customers.id))
    .limit(query.limit + 1)
    .all();
  const page = rows.slice(0, query.limit);
  const last = page[page.length - 1];
  return {
    items: page.map(toCustomer),
    nextCursor: rows.length > query.limit && last ? encodeCursor(last.name, last.id) : null,
  };
}

export async function createCustomer(db: Db, input: CreateCustomerInput, actor: Actor): Promise<Customer> {
  return db.transaction((tx) => {
    assertEmailFree(tx, input.email);
    const now = new Date();
    const row: CustomerRow = {
      id: uuidv7(),
      name: input.name,
      email: input.email ?? null,
      company: input.company ?? null,
      industry: input.industry ?? null,
      companySize: input.companySize ?? null,
      location: input.location ?? null,
      metadata: input.metadata ?? {},
      createdAt: now,
      updatedAt: now,
      lastSeenAt: null,
    };
    tx.insert(customers).values(row).run();
    recordAudit(tx, actor, 'customer.created', 'customer', row.id, { name: row.name, email: row.email });
    return toCustomer(row);
  });
}

export async function updateCustomer(db: Db, id: string, input: UpdateCustomerInput, actor: Actor): Promise<Customer> {
  return db.transaction((tx) => {
    const before = findCustomerRow(tx, id);
    if (!before) throw notFound('Customer');
    const patch = definedOnly(input) as Partial<CustomerRow>;
    assertEmailFree(tx, patch.email, id);
    const after: CustomerRow = { ...before, ...patch, updatedAt: new Date() };
    tx.update(customers).set(after).where(eq(customers.id, id)).run();
    const changes = changedFields(before, after, Object.keys(patch));
    if (Object.keys(changes).length) recordAudit(tx, actor, 'customer.updated', 'customer', id, changes);
    return toCustomer(after);
  });
}

/** A customer with tickets stays: deleting them would orphan the conversation history. */
export async function deleteCustomer(db: Db, id: string, actor: Actor): Promise<void> {
  db.transaction((tx) => {
    const before = findCustomerRow(tx, id);
    if (!before) throw notFound('Customer');
    const ticketCount = tx.select({ n: count() }).from(tickets).where(eq(tickets.customerId, id)).get()?.n ?? 0;
    if (ticketCount > 0) throw conflict(`This customer has ${ticketCount} ticket(s); close or reassign them before deleting`);
    tx.delete(customers).where(eq(customers.id, id)).run();
    recordAudit(tx, actor, 'customer.deleted', 'customer', id, { name: before.name, email: before.email });
  });
}
