import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tags as tagsSchema } from '../../shared/schemas/common.ts';
import { createCustomerInput } from '../../shared/schemas/customers.ts';
import { createTicketInput, ticketChannels, ticketPriorities, type TicketPriority } from '../../shared/schemas/tickets.ts';
import { verifyPassword } from '../auth/password.ts';
import { openDatabase, type OpenDatabase } from '../db/open.ts';
import { ftsPrefixQuery } from '../lib/cursor.ts';
import { listMessages } from '../tickets/messages.ts';
import { slaDueAt } from '../tickets/sla.ts';
import { DAY } from './calendar.ts';
import { customerKinds, internalKinds, planTicket } from './lifecycle.ts';
import { Random } from './random.ts';
import { seedDatabase, type SeedReport } from './seed.ts';

const now = Date.parse('2025-06-01T12:00:00Z');
const options = { tickets: 400, seed: 7, now };

interface TicketRow {
  id: string;
  number: number;
  subject: string;
  description: string;
  status: string;
  priority: TicketPriority;
  channel: string;
  category: string | null;
  tags: string;
  customer_id: string;
  assignee_id: string | null;
  created_at: number;
  updated_at: number;
  first_response_at: number | null;
  resolved_at: number | null;
  sla_due_at: number | null;
  satisfaction: number | null;
}

interface MessageRow {
  id: string;
  ticket_id: string;
  author_type: 'agent' | 'customer';
  author_agent_id: string | null;
  author_customer_id: string | null;
  body: string;
  internal: number;
  created_at: number;
}

const dirs: string[] = [];
const databases: OpenDatabase[] = [];
function freshDatabase(): OpenDatabase {
  const dir = mkdtempSync(join(tmpdir(), 'lantern-seed-test-'));
  dirs.push(dir);
  const database = openDatabase(join(dir, 'lantern.db'));
  databases.push(database);
  return database;
}
afterAll(() => {
  for (const database of databases) database.close();
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

const isDone = (status: string) => status === 'resolved' || status === 'closed';

function defined<T>(value: T | null | undefined): T {
  if (value === null || value === undefined) throw new Error('expected a value');
  return value;
}

describe('seedDatabase', () => {
  let database: OpenDatabase;
  let report: SeedReport;
  let tickets: TicketRow[];
  let messagesByTicket: Map<string, MessageRow[]>;

  beforeAll(async () => {
    database = freshDatabase();
    report = await seedDatabase(database.sqlite, options);
    tickets = database.sqlite.prepare('select * from tickets order by number').all() as TicketRow[];
    messagesByTicket = new Map();
    for (const message of database.sqlite.prepare('select * from ticket_messages order by created_at, id').all() as MessageRow[]) {
      const list = messagesByTicket.get(message.ticket_id) ?? [];
      list.push(message);
      messagesByTicket.set(message.ticket_id, list);
    }
  });

  it('reports what it wrote', () => {
    const count = (table: string) => database.sqlite.prepare(`select count(*) from ${table}`).pluck().get();
    expect(report.tickets).toBe(400);
    expect(count('tickets')).toBe(400);
    expect(count('customers')).toBe(report.customers);
    expect(count('agents')).toBe(report.agents.length);
    expect(count('ticket_messages')).toBe(report.messages);
    expect(count("audit_log where action = 'ticket.created'")).toBe(400);
    expect(report.agents.length).toBeGreaterThanOrEqual(8);
  });

  it('numbers tickets 1…N without gaps, in creation order', () => {
    expect(tickets.map((t) => t.number)).toEqual(Array.from({ length: 400 }, (_, i) => i + 1));
    const created = tickets.map((t) => t.created_at);
    expect(created).toEqual([...created].sort((a, b) => a - b));
  });

  it('sets resolved_at iff the ticket is resolved or closed, never before its creation', () => {
    for (const t of tickets) {
      expect(t.resolved_at !== null, `#${t.number} ${t.status}`).toBe(isDone(t.status));
      if (t.resolved_at !== null) expect(t.resolved_at).toBeGreaterThanOrEqual(t.created_at);
    }
  });

  it('sets first_response_at to the first public agent reply, and to null when there is none', () => {
    for (const t of tickets) {
      const firstPublicReply = (messagesByTicket.get(t.id) ?? []).find((m) => m.author_type === 'agent' && m.internal === 0);
      expect(t.first_response_at, `#${t.number}`).toBe(firstPublicReply?.created_at ?? null);
    }
    // Both kinds exist: answered tickets and tickets closed or still waiting without a reply.
    expect(tickets.some((t) => t.first_response_at === null)).toBe(true);
  });

  it('computes sla_due_at with the app’s SLA rule', () => {
    for (const t of tickets) expect(t.sla_due_at).toBe(slaDueAt(new Date(t.created_at), t.priority).getTime());
  });

  it('rates only resolved or closed tickets, 1–5, skewed to satisfied', () => {
    const rated = tickets.filter((t) => t.satisfaction !== null);
    for (const t of rated) {
      expect(isDone(t.status)).toBe(true);
      expect(t.satisfaction).toBeGreaterThanOrEqual(1);
      expect(t.satisfaction).toBeLessThanOrEqual(5);
    }
    const done = tickets.filter((t) => isDone(t.status));
    expect(rated.length / done.length).toBeGreaterThan(0.25);
    expect(rated.length / done.length).toBeLessThan(0.55);
    expect(rated.filter((t) => (t.satisfaction ?? 0) >= 4).length / rated.length).toBeGreaterThan(0.6);
  });

  it('keeps every conversation in order: opened by the description, nothing after now or after the resolution', () => {
    for (const t of tickets) {
      const messages = messagesByTicket.get(t.id) ?? [];
      expect(t.description.length).toBeGreaterThan(10);
      expect(messages.some((m) => m.body === t.description)).toBe(false);
      for (const m of messages) {
        expect(m.created_at).toBeGreaterThanOrEqual(t.created_at);
        expect(m.created_at).toBeLessThanOrEqual(now);
        expect(m.created_at).toBeLessThanOrEqual(t.updated_at);
        if (m.author_type === 'customer') {
          expect(m.author_customer_id).toBe(t.customer_id);
          expect(m.internal).toBe(0);
          // A customer writing on a resolved ticket would have reopened it.
          if (t.resolved_at !== null) expect(m.created_at).toBeLessThanOrEqual(t.resolved_at);
        } else {
          expect(m.author_agent_id).not.toBeNull();
        }
      }
      expect(t.updated_at).toBeLessThanOrEqual(now);
      if (t.resolved_at !== null) expect(t.updated_at).toBeGreaterThanOrEqual(t.resolved_at);
      if (t.status === 'pending') expect(messages.filter((m) => m.internal === 0).at(-1)?.author_type).toBe('agent');
    }
  });

  it('writes rows the API would accept', () => {
    const customers = database.sqlite.prepare('select * from customers').all() as Record<string, string | null>[];
    for (const c of customers) {
      createCustomerInput.parse({
        name: c.name,
        email: c.email,
        company: c.company,
        industry: c.industry,
        companySize: c.company_size,
        location: c.location,
        metadata: JSON.parse(c.metadata ?? 'null'),
      });
      expect(c.email).toMatch(/\.example$/); // never a real mailbox
    }
    for (const t of tickets) {
      createTicketInput.parse({
        subject: t.subject,
        description: t.description,
        customerId: t.customer_id,
        priority: t.priority,
        channel: t.channel,
        status: t.status,
        category: t.category,
        tags: JSON.parse(t.tags),
        assigneeId: t.assignee_id,
      });
      const tags: unknown = JSON.parse(t.tags);
      expect(tagsSchema.parse(tags)).toEqual(tags);
      expect((tags as string[]).length).toBeLessThanOrEqual(3);
    }
  });

  it('files tickets only from customers who had signed up, and marks them seen since', () => {
    const rows = database.sqlite
      .prepare(
        `select c.created_at signed_up, c.last_seen_at, min(t.created_at) first_ticket,
                max(t.created_at) last_ticket,
                (select max(m.created_at) from ticket_messages m where m.author_customer_id = c.id) last_message
         from customers c join tickets t on t.customer_id = c.id group by c.id`,
      )
      .all() as { signed_up: number; last_seen_at: number; first_ticket: number; last_ticket: number; last_message: number | null }[];
    for (const row of rows) {
      expect(row.signed_up).toBeLessThanOrEqual(row.first_ticket);
      expect(row.last_seen_at).toBeGreaterThanOrEqual(Math.max(row.last_ticket, row.last_message ?? 0));
    }
  });

  it('reads back through the app’s own queries', async () => {
    const answered = defined(tickets.find((t) => t.first_response_at !== null && (messagesByTicket.get(t.id)?.length ?? 0) > 2));
    const messages = await listMessages(database.db, answered.id);
    expect(messages.length).toBe(messagesByTicket.get(answered.id)?.length);
    // The customer's opening words are the description, not repeated in the conversation.
    expect(messages.map((m) => m.body)).not.toContain(answered.description);
    expect(messages.some((m) => m.author.type === 'agent' && !m.internal)).toBe(true);
    expect(messages.every((m) => typeof m.internal === 'boolean' && m.author.name.length > 0)).toBe(true);
  });

  it('has roughly the intended mix', () => {
    const countBy = (key: 'channel' | 'priority' | 'status') => {
      const counts = new Map<string, number>();
      for (const t of tickets) counts.set(t[key], (counts.get(t[key]) ?? 0) + 1);
      return counts;
    };
    const channels = countBy('channel');
    for (const channel of ticketChannels) expect(channels.get(channel), channel).toBeGreaterThan(0);
    expect(Math.max(...channels.values())).toBe(channels.get('email'));
    const priorities = countBy('priority');
    for (const priority of ticketPriorities) expect(priorities.get(priority), priority).toBeGreaterThan(0);
    expect(Math.max(...priorities.values())).toBe(priorities.get('medium'));
    // Old tickets are settled; most tickets are assigned; categories vary.
    const old = tickets.filter((t) => t.created_at < now - 30 * DAY);
    expect(old.filter((t) => isDone(t.status)).length / old.length).toBeGreaterThan(0.95);
    expect(tickets.filter((t) => t.assignee_id !== null).length / tickets.length).toBeGreaterThan(0.85);
    expect(new Set(tickets.map((t) => t.category)).size).toBeGreaterThanOrEqual(8);
    // Busier on weekdays than at weekends.
    const weekend = tickets.filter((t) => [0, 6].includes(new Date(t.created_at).getUTCDay())).length;
    expect(weekend / tickets.length).toBeLessThan(2 / 7);
    const admins = report.agents.filter((a) => a.role === 'admin').length;
    expect(admins).toBeGreaterThanOrEqual(1);
    expect(admins).toBeLessThanOrEqual(2);
  });

  it('gives every agent the printed demo password', async () => {
    const hashes = database.sqlite.prepare('select distinct password_hash from agents').pluck().all() as string[];
    expect(hashes).toHaveLength(1);
    expect(await verifyPassword(report.agentPassword, defined(hashes[0]))).toBe(true);
  });

  it('indexes subjects for full-text search', () => {
    const ticket = defined(tickets.find((t) => /\b[A-Za-z]{6,}\b/.test(t.subject)));
    const word = defined(ticket.subject.match(/\b[A-Za-z]{6,}\b/))[0];
    const numbers = database.sqlite
      .prepare('select rowid from tickets_fts where tickets_fts match ?')
      .pluck()
      .all(ftsPrefixQuery(word)) as number[];
    expect(numbers).toContain(ticket.number);
  });

  it('gives identical data for the same seed', async () => {
    const twin = freshDatabase();
    await seedDatabase(twin.sqlite, options);
    const dump = (db: OpenDatabase, sql: string) => db.sqlite.prepare(sql).all();
    for (const sql of [
      'select * from tickets order by id',
      'select * from ticket_messages order by id',
      'select * from customers order by id',
      'select * from audit_log order by id',
      'select id, name, email, role, created_at from agents order by id', // password salts differ
    ]) {
      expect(dump(twin, sql), sql).toEqual(dump(database, sql));
    }
  });

  it('appends when run again: numbers continue and nothing collides', async () => {
    const again = await seedDatabase(database.sqlite, { ...options, tickets: 100 });
    expect(again.firstTicketNumber).toBe(401);
    expect(again.lastTicketNumber).toBe(500);
    const scalar = (sql: string) => database.sqlite.prepare(sql).pluck().get();
    expect(scalar('select count(*) from tickets')).toBe(500);
    expect(scalar('select max(number) from tickets')).toBe(500);
    expect(scalar('select count(distinct email) = count(*) from customers')).toBe(1);
    expect(scalar('select count(distinct email) = count(*) from agents')).toBe(1);
  });

  it('rejects impossible options', async () => {
    const db = freshDatabase();
    await expect(seedDatabase(db.sqlite, { tickets: 0 })).rejects.toThrow(/tickets must be/);
    await expect(seedDatabase(db.sqlite, { tickets: 10, days: 1.5 })).rejects.toThrow(/days must be/);
  });
});

describe('planTicket', () => {
  it('keeps the domain rules for thousands of random tickets', () => {
    const rng = new Random(99);
    for (let i = 0; i < 5_000; i++) {
      const createdAt = now - rng.between(0, 200) * DAY;
      const priority = rng.pick(ticketPriorities);
      const plan = planTicket(rng, { createdAt, priority, channel: rng.pick(ticketChannels), slaDueAt: slaDueAt(new Date(createdAt), priority).getTime(), now });
      const publicAgentReplies = plan.messages.filter((m) => !customerKinds.has(m.kind) && !internalKinds.has(m.kind));
      expect(plan.firstResponseAt).toBe(publicAgentReplies[0]?.at ?? null);
      expect(plan.resolvedAt !== null).toBe(plan.status === 'resolved' || plan.status === 'closed');
      expect(plan.messages[0]).toEqual({ at: createdAt, kind: 'opening' });
      const times = plan.messages.map((m) => m.at);
      expect(times).toEqual([...times].sort((a, b) => a - b));
      expect(plan.updatedAt).toBeLessThanOrEqual(now);
      expect(Math.max(...times)).toBeLessThanOrEqual(plan.updatedAt);
    }
  });
});

describe('npm run seed (CLI)', () => {
  const main = resolve(import.meta.dirname, 'main.ts');
  const run = (args: string[], dataDir: string) =>
    new Promise<{ code: number; stdout: string; stderr: string }>((done) => {
      execFile(
        process.execPath,
        ['--import', 'tsx', main, ...args],
        { env: { ...process.env, LANTERN_DATA_DIR: dataDir, NODE_OPTIONS: '' } },
        (error, stdout, stderr) => done({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr }),
      );
    });

  it('refuses bad arguments with exit code 2 and says why', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'lantern-seed-cli-'));
    dirs.push(dataDir);
    const [notANumber, unknown, outOfRange] = await Promise.all([
      run(['--tickets', 'lots'], dataDir),
      run(['--tickets', '10', '--colour', 'blue'], dataDir),
      run(['--days', '0'], dataDir),
    ]);
    expect(notANumber).toMatchObject({ code: 2, stdout: '' });
    expect(notANumber.stderr).toContain('--tickets must be a whole number');
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain("Unknown option '--colour'");
    expect(outOfRange.code).toBe(2);
    expect(outOfRange.stderr).toContain('--days must be a whole number from 1');
  });

  it('prints help, and seeds the configured data dir', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'lantern-seed-cli-'));
    dirs.push(dataDir);
    const [help, seeded] = await Promise.all([run(['--help'], dataDir), run(['--tickets', '50', '--seed', '3'], dataDir)]);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('Usage: npm run seed');
    expect(seeded.stderr).toBe('');
    expect(seeded.code).toBe(0);
    expect(seeded.stdout).toMatch(/tickets +50 \(#1–#50\)/);
    expect(seeded.stdout).toContain('demo-password-123');
    const database = openDatabase(join(dataDir, 'lantern.db'));
    databases.push(database);
    expect(database.sqlite.prepare('select count(*) from tickets').pluck().get()).toBe(50);
  });
});
