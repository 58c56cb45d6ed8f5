import { withRollupsRebuiltAfter } from '../analytics/rollups/install.ts';
import type Database from 'better-sqlite3';
import { hashPassword } from '../auth/password.ts';
import { generateAgents, insertAgents, workloadChoice, type SeededAgent } from './agents.ts';
import { DAY, ticketArrivalTimes } from './calendar.ts';
import { CustomerPicker, generateCustomers, insertCustomers, updateLastSeen } from './customers.ts';
import { EmailBook } from './emails.ts';
import { resolveSeedOptions, type SeedOptions } from './options.ts';
import { mixSeed, Random } from './random.ts';
import { writeTickets } from './tickets.ts';

export type { SeedOptions } from './options.ts';

export interface SeedReport {
  agents: Pick<SeededAgent, 'name' | 'email' | 'role'>[];
  agentPassword: string;
  customers: number;
  tickets: number;
  firstTicketNumber: number;
  lastTicketNumber: number;
  messages: number;
  auditEntries: number;
  /** Every row written, in all tables. */
  rows: number;
  elapsedMs: number;
}

interface ExistingData {
  maxTicketNumber: number;
  customerCount: number;
  agentCount: number;
  emails: string[];
}

function readExistingData(sqlite: Database.Database): ExistingData {
  const scalar = (sql: string) => Number(sqlite.prepare(sql).pluck().get() ?? 0);
  return {
    maxTicketNumber: scalar('select coalesce(max(number), 0) from tickets'),
    customerCount: scalar('select count(*) from customers'),
    agentCount: scalar('select count(*) from agents'),
    emails: sqlite
      .prepare('select email from customers where email is not null union all select email from agents')
      .pluck()
      .all() as string[],
  };
}

/** A bigger page cache for the load (the indexes being filled stay in memory), put back afterwards. */
function withBulkLoadCache<T>(sqlite: Database.Database, work: () => T): T {
  const previous = Number(sqlite.pragma('cache_size', { simple: true }));
  sqlite.pragma('cache_size = -262144'); // 256 MiB
  try {
    return work();
  } finally {
    sqlite.pragma(`cache_size = ${previous}`);
  }
}

/**
 * Adds a realistic support history to a migrated database: a team of agents, customers, and
 * tickets with their conversations over the last `days` days. Appends to what is there: ticket
 * numbers continue after the highest one and emails stay unique.
 *
 * Deterministic: the same options on the same starting database give the same rows (but for
 * password salts). The database's current size is mixed into the seed, so seeding twice adds
 * different people rather than the same ones again.
 */
export async function seedDatabase(sqlite: Database.Database, options: SeedOptions): Promise<SeedReport> {
  const resolved = resolveSeedOptions(options);
  const started = performance.now();
  // Hashed once: scrypt is slow by design, and every demo agent shares the password.
  const passwordHash = await hashPassword(resolved.agentPassword);

  const existing = readExistingData(sqlite);
  const rng = new Random(mixSeed(resolved.seed, existing.maxTicketNumber, existing.customerCount, existing.agentCount));
  const historyStart = resolved.now - resolved.days * DAY;
  const emails = new EmailBook(existing.emails);
  const team = generateAgents(rng, resolved.agents, historyStart, emails);
  const customers = generateCustomers(rng, resolved.customers, historyStart, resolved.now, emails);
  const arrivals = ticketArrivalTimes(rng, resolved.tickets, historyStart, resolved.now);
  const firstTicketNumber = existing.maxTicketNumber + 1;

  const written = withRollupsRebuiltAfter(sqlite, () => withBulkLoadCache(sqlite, () => {
    sqlite.transaction(() => {
      insertAgents(sqlite, team, passwordHash);
      insertCustomers(sqlite, customers);
    })();
    const tickets = writeTickets({
      sqlite,
      rng,
      now: resolved.now,
      arrivals,
      firstNumber: firstTicketNumber,
      customers: new CustomerPicker(customers),
      agents: workloadChoice(rng, team),
      batchSize: resolved.batchSize,
      onProgress: resolved.onProgress,
    });
    sqlite.transaction(() => updateLastSeen(sqlite, customers, tickets.customerActivity))();
    return tickets;
  }));

  return {
    agents: team.map(({ name, email, role }) => ({ name, email, role })),
    agentPassword: resolved.agentPassword,
    customers: customers.length,
    tickets: written.tickets,
    firstTicketNumber,
    lastTicketNumber: firstTicketNumber + written.tickets - 1,
    messages: written.messages,
    auditEntries: written.auditEntries,
    rows: team.length + customers.length + written.tickets + written.messages + written.auditEntries,
    elapsedMs: performance.now() - started,
  };
}
