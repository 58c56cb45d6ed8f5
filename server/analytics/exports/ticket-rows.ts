import type Database from 'better-sqlite3';
import type { Span } from '../range.ts';

/**
 * The ticket export's rows, read straight from SQLite: one prepared statement, raw arrays (no
 * object per row), keyset pagination over the `created_at` index in chunks. Each chunk is read
 * with `.iterate()` to its end before the caller yields to the event loop, so the connection is
 * never left busy with a half-read statement while other requests need it.
 *
 * Customers are not joined: a million tickets share a far smaller set of customers, so each
 * chunk looks up only the customers not seen yet (CustomerLookup) — a third of the export's time
 * at a million tickets went to the join's two index seeks per row.
 */

/** What the statement returns, in this order. Times are epoch milliseconds. */
export type TicketRow = [
  number: number,
  subject: string,
  status: string,
  priority: string,
  channel: string,
  category: string | null,
  customerId: string,
  assigneeId: string | null,
  createdAt: number,
  firstResponseAt: number | null,
  resolvedAt: number | null,
  firstResponseBusinessMs: number | null,
  resolutionBusinessMs: number | null,
  satisfaction: number | null,
  slaDueAt: number | null,
  resolutionDueAt: number | null,
  rowid: number,
];

export const col = {
  number: 0,
  subject: 1,
  status: 2,
  priority: 3,
  channel: 4,
  category: 5,
  customerId: 6,
  assigneeId: 7,
  createdAt: 8,
  firstResponseAt: 9,
  resolvedAt: 10,
  firstResponseBusinessMs: 11,
  resolutionBusinessMs: 12,
  satisfaction: 13,
  slaDueAt: 14,
  resolutionDueAt: 15,
  rowid: 16,
} as const;

export type ColumnKind = 'number' | 'text' | 'time' | 'minutes' | 'percent';

/** A column of the export: its heading and how its value is written. */
export interface ExportColumn {
  header: string;
  kind: ColumnKind;
  /** Spreadsheet column width, in characters. */
  width: number;
}

/** The export's columns; times are local to `tz`, which their headings name. */
export function ticketColumns(tz: string): ExportColumn[] {
  const time = (header: string): ExportColumn => ({ header: `${header} (${tz})`, kind: 'time', width: 18 });
  const minutes = (header: string): ExportColumn => ({ header, kind: 'minutes', width: 14 });
  const text = (header: string, width = 12): ExportColumn => ({ header, kind: 'text', width });
  return [
    { header: 'Number', kind: 'number', width: 9 },
    text('Subject', 48),
    text('Status'),
    text('Priority'),
    text('Channel'),
    text('Category', 16),
    text('Customer', 24),
    text('Customer email', 28),
    text('Company', 20),
    text('Assignee', 20),
    time('Created'),
    time('First response'),
    time('Resolved'),
    minutes('First response (min)'),
    minutes('Resolution (min)'),
    minutes('First response, business hours (min)'),
    minutes('Resolution, business hours (min)'),
    { header: 'CSAT (1-5)', kind: 'number', width: 10 },
    time('First response due'),
    time('Resolution due'),
  ];
}

/** Minutes with one decimal, from milliseconds. */
export const minutesOf = (ms: number | null): number | null => (ms === null ? null : Math.round(ms / 6_000) / 10);

/**
 * Turns a raw row into the export's cells, in ticketColumns' order: durations as minutes, the
 * assignee's name, times still as epoch ms (each format writes them its own way).
 */
export function exportCells(
  row: TicketRow,
  customer: CustomerFields,
  agentName: (id: string | null) => string | null,
): (string | number | null)[] {
  const created = row[col.createdAt];
  const firstResponse = row[col.firstResponseAt];
  const resolved = row[col.resolvedAt];
  return [
    row[col.number],
    row[col.subject],
    row[col.status],
    row[col.priority],
    row[col.channel],
    row[col.category],
    customer[0],
    customer[1],
    customer[2],
    agentName(row[col.assigneeId]),
    created,
    firstResponse,
    resolved,
    minutesOf(firstResponse === null ? null : firstResponse - created),
    minutesOf(resolved === null ? null : resolved - created),
    minutesOf(row[col.firstResponseBusinessMs]),
    minutesOf(row[col.resolutionBusinessMs]),
    row[col.satisfaction],
    row[col.slaDueAt],
    row[col.resolutionDueAt],
  ];
}

const rowsSql = `
  select t.number, t.subject, t.status, t.priority, t.channel, t.category, t.customer_id, t.assignee_id,
         t.created_at, t.first_response_at, t.resolved_at,
         t.first_response_business_ms, t.resolution_business_ms, t.satisfaction,
         t.sla_due_at, t.resolution_due_at, t.rowid
  from tickets t
  where t.created_at >= :after and t.created_at < :to and (t.created_at > :after or t.rowid > :afterRowid)
  order by t.created_at, t.rowid
  limit :limit`;

/** Tickets created in `span`, oldest first, a chunk at a time. */
export class TicketCursor {
  private readonly statement: Database.Statement<[Record<string, number>], TicketRow>;
  private after: number;
  private afterRowid = -1;
  private done = false;

  constructor(
    sqlite: Database.Database,
    private readonly span: Span,
  ) {
    this.statement = sqlite.prepare<[Record<string, number>], TicketRow>(rowsSql).raw(true);
    this.after = span.from;
  }

  /** Up to `limit` more rows, oldest first; fewer than `limit` (maybe none) at the end. */
  next(limit: number): TicketRow[] {
    if (this.done) return [];
    const rows: TicketRow[] = [];
    for (const row of this.statement.iterate({ after: this.after, afterRowid: this.afterRowid, to: this.span.to, limit })) rows.push(row);
    const last = rows.at(-1);
    if (last) {
      this.after = last[col.createdAt];
      this.afterRowid = last[col.rowid];
    }
    if (rows.length < limit) this.done = true;
    return rows;
  }
}

/** A customer's name, email and company. */
export type CustomerFields = [name: string, email: string | null, company: string | null];

type CustomerRow = [id: string, name: string, email: string | null, company: string | null];

// Customers remembered at most; past it the memory starts over (flat memory on any database).
const customerCacheLimit = 200_000;

/**
 * Customers by id for an export. When the export has more tickets than there are customers, all
 * customers are read up front in one scan; otherwise each chunk fetches the ids it has not seen
 * (one query per chunk). `T` is what callers keep per customer (the CSV: its escaped cells).
 */
export class CustomerLookup<T> {
  private readonly cache = new Map<string, T>();
  private readonly some: Database.Statement<[string], CustomerRow>;
  private readonly preloaded: boolean;

  constructor(
    sqlite: Database.Database,
    private readonly make: (fields: CustomerFields) => T,
    expectedTickets: number,
  ) {
    this.some = sqlite
      .prepare<[string], CustomerRow>('select id, name, email, company from customers where id in (select value from json_each(?))')
      .raw(true);
    const customers = (sqlite.prepare('select count(*) from customers').pluck().get() as number) ?? 0;
    this.preloaded = customers <= customerCacheLimit && expectedTickets > customers;
    if (this.preloaded) {
      const all = sqlite.prepare<[], CustomerRow>('select id, name, email, company from customers').raw(true);
      for (const row of all.iterate()) this.remember(row);
    }
  }

  private remember([id, name, email, company]: CustomerRow): T {
    const value = this.make([name, email, company]);
    this.cache.set(id, value);
    return value;
  }

  /** Fetches the customers of `rows` not at hand yet, in one query. */
  load(rows: readonly TicketRow[]): void {
    if (this.preloaded) return;
    if (this.cache.size > customerCacheLimit) this.cache.clear();
    const missing = new Set<string>();
    for (const row of rows) if (!this.cache.has(row[col.customerId])) missing.add(row[col.customerId]);
    if (missing.size) for (const row of this.some.iterate(JSON.stringify([...missing]))) this.remember(row);
  }

  /** A ticket's customer (tickets always have one: the foreign key says so). */
  get(id: string): T {
    const found = this.cache.get(id);
    if (found !== undefined) return found;
    // Created after the export started, or not loaded: one lookup.
    const [row] = this.some.all(JSON.stringify([id]));
    if (!row) throw new Error(`customer ${id} not found`);
    return this.remember(row);
  }
}

export function countTickets(sqlite: Database.Database, span: Span): number {
  const row = sqlite.prepare('select count(*) as n from tickets where created_at >= ? and created_at < ?').get(span.from, span.to) as { n: number };
  return row.n;
}

/** Agent id → name, read once per export (there are tens of agents, not millions). */
export function agentNames(sqlite: Database.Database): (id: string | null) => string | null {
  const names = new Map((sqlite.prepare('select id, name from agents').raw(true).all() as [string, string][]).map(([id, name]) => [id, name]));
  return (id) => (id === null ? null : (names.get(id) ?? null));
}

/** Lets other requests and the reader run between chunks. */
export const yieldToEventLoop = () => new Promise<void>((resolve) => setImmediate(resolve));
