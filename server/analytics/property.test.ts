import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dashboardQuery, type DashboardQuery } from '../../shared/schemas/analytics.ts';
import { ticketChannels, ticketPriorities } from '../../shared/schemas/tickets.ts';
import { Random } from '../seed/random.ts';
import { startTestServer, type TestServer } from '../testing/harness.ts';
import { defaultSlaTargets } from '../../shared/schemas/team-settings.ts';
import { buildDashboard } from './dashboard.ts';
import { resolveWindow } from './range.ts';
import { rawReader } from './raw-reader.ts';
import { installAnalytics } from './rollups/install.ts';
import { rollupReader } from './rollups/rollup-reader.ts';
import { buildTicketAnalytics } from './ticket-analytics.ts';
import { eq, inArray } from 'drizzle-orm';
import { chatSessions, tickets } from '../db/schema.ts';
import { durationMetrics } from './reader.ts';
import { referenceReader } from './testing/reference.ts';
import { analyticsRows, hours, minutes } from './testing/rows.ts';
import { DAY } from '../../shared/time-zone.ts';

/**
 * Random histories (seeded, so a failure replays) where the SQL readers must agree, figure for
 * figure, with the in-memory reference over the same rows.
 */
const now = Date.UTC(2024, 10, 15, 13, 37, 42, 123); // mid-November: both DST changes lie within 365 days
const categories = [null, 'billing', 'bugs', 'account', 'Zebra'];

let server: TestServer;

function fill(server: TestServer, seed: number) {
  const random = new Random(seed);
  const rows = analyticsRows(server.database.db);
  const team = ['Ana', 'Ben', 'Cleo', 'Dev'].map((name, i) => rows.agent(`${name} ${seed}`, i === 3 && random.chance(0.5)));
  const someone = () => (random.chance(0.15) ? null : random.pick(team));
  const when = () => now - Math.floor(random.between(0, 400 * DAY)); // beyond 365 d, so previous periods have data too
  const ticketIds: string[] = [];
  for (let i = 0; i < 400; i++) {
    const priority = random.pick(ticketPriorities);
    const answered = random.chance(0.8);
    // Some answers land exactly on the target, where "met" and "breached" part.
    const firstResponse = answered ? (random.chance(0.1) ? minutes(defaultSlaTargets.priorities[priority].firstResponseMinutes) : Math.floor(random.between(0, hours(40)))) : null;
    const resolved = random.chance(0.6) ? (firstResponse ?? 0) + Math.floor(random.between(0, hours(200))) : null;
    const created = when();
    ticketIds.push(
      rows.ticket({
        created,
        priority,
        channel: random.pick(ticketChannels),
        category: random.pick(categories),
        assigneeId: someone(),
        firstResponse: firstResponse !== null && created + firstResponse > now ? null : firstResponse,
        resolved: resolved !== null && created + resolved <= now ? resolved : null,
        satisfaction: random.chance(0.4) ? random.int(1, 5) : null,
        status: random.pick(['open', 'pending', 'resolved', 'closed'] as const),
      }),
    );
  }
  for (let i = 0; i < 200; i++) {
    const taken = random.chance(0.8);
    const assigned = taken ? Math.floor(random.between(0, minutes(15))) : null;
    const closed = random.chance(0.85) ? (assigned ?? 0) + Math.floor(random.between(minutes(1), minutes(90))) : null;
    rows.chat({
      started: when(),
      assigned,
      closed,
      assignedAgentId: taken ? random.pick(team) : null,
      rating: closed !== null && random.chance(0.5) ? random.int(1, 5) : null,
      convertedTicketId: random.chance(0.2) ? random.pick(ticketIds) : null,
    });
  }
  for (let i = 0; i < 150; i++) rows.search(when(), random.chance(0.3) ? 0 : random.int(1, 9));
  for (let i = 0; i < 150; i++) rows.view(new Date(when()).toISOString().slice(0, 10), `visitor-${i}`);
  for (let i = 0; i < 100; i++) rows.vote(when(), random.chance(0.7));
}

beforeAll(async () => {
  server = await startTestServer();
  fill(server, 20240315);
});
afterAll(() => server.close());

/**
 * Then history moves: tickets are reassigned, answered, resolved, reopened, re-prioritised, rated
 * and deleted; chats are taken, transferred, closed and rated. The triggers must follow every move.
 */
function churn(server: TestServer, seed: number) {
  const random = new Random(seed);
  const { db } = server.database;
  const ticketRows = db.select().from(tickets).all();
  const agentIds = [...new Set(ticketRows.flatMap((t) => (t.assigneeId ? [t.assigneeId] : [])))];
  for (const ticket of ticketRows) {
    if (!random.chance(0.3)) continue;
    const created = ticket.createdAt.getTime();
    const later = (max: number) => new Date(Math.min(now, created + Math.floor(random.between(0, max))));
    switch (random.int(0, 5)) {
      case 0:
        db.update(tickets).set({ assigneeId: random.chance(0.2) ? null : random.pick(agentIds) }).where(eq(tickets.id, ticket.id)).run();
        break;
      case 1:
        db.update(tickets).set({ resolvedAt: null, status: 'open' }).where(eq(tickets.id, ticket.id)).run();
        break;
      case 2:
        db.update(tickets).set({ firstResponseAt: ticket.firstResponseAt ?? later(hours(30)), resolvedAt: later(hours(300)), status: 'resolved' }).where(eq(tickets.id, ticket.id)).run();
        break;
      case 3:
        db.update(tickets).set({ priority: random.pick(ticketPriorities), category: random.pick(categories), channel: random.pick(ticketChannels) }).where(eq(tickets.id, ticket.id)).run();
        break;
      case 4:
        db.update(tickets).set({ satisfaction: random.chance(0.3) ? null : random.int(1, 5) }).where(eq(tickets.id, ticket.id)).run();
        break;
      default:
        db.update(chatSessions).set({ convertedTicketId: null }).where(eq(chatSessions.convertedTicketId, ticket.id)).run();
        db.delete(tickets).where(eq(tickets.id, ticket.id)).run();
    }
  }
  const chats = db.select().from(chatSessions).all();
  const moved = chats.filter(() => random.chance(0.3)).map((c) => c.id);
  db.update(chatSessions).set({ assignedAgentId: random.pick(agentIds) }).where(inArray(chatSessions.id, moved.slice(0, moved.length / 2))).run();
  for (const id of moved.slice(moved.length / 2)) {
    const chat = chats.find((c) => c.id === id);
    if (!chat) continue;
    const closedAt = new Date(Math.min(now, chat.startedAt.getTime() + minutes(random.int(1, 120))));
    db.update(chatSessions).set({ status: 'closed', closedAt, rating: random.chance(0.5) ? random.int(1, 5) : null }).where(eq(chatSessions.id, id)).run();
  }
}

const queries: DashboardQuery[] = [
  { range: '7d' },
  { range: '30d', tz: 'Europe/Berlin' },
  { range: '90d', tz: 'Asia/Kolkata' },
  { range: '365d', tz: 'America/New_York' },
  { range: '365d', tz: 'Australia/Lord_Howe' }, // a 30-minute DST shift
  { from: '2024-03-01', to: '2024-04-30', tz: 'America/Los_Angeles' },
  { from: '2024-10-20', to: '2024-11-03', tz: 'Europe/London' },
  { from: '2023-12-31', to: '2024-01-01', tz: 'Pacific/Kiritimati' }, // UTC+14
];

const sorted = <T>(map: Map<string, T>) => [...map].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));

function expectReadersAgree(query: DashboardQuery) {
  const { db } = server.database;
  const window = resolveWindow(dashboardQuery.parse(query), now);
  const readers = { raw: rawReader(db), rollup: rollupReader(db), reference: referenceReader(db) };
  const { current: span } = window;
  for (const [name, reader] of Object.entries(readers)) {
    const label = `${name} reader`;
    expect(sorted(reader.tickets(span)), label).toEqual(sorted(readers.reference.tickets(span)));
    for (const by of ['agent', 'channel', 'priority', 'category'] as const) {
      expect(sorted(reader.tickets(span, by)), `${label} by ${by}`).toEqual(sorted(readers.reference.tickets(span, by)));
    }
    expect(sorted(reader.chats(span, true)), label).toEqual(sorted(readers.reference.chats(span, true)));
    expect([...reader.chatAgents(span)].sort(), label).toEqual([...readers.reference.chatAgents(span)].sort());
    for (const metric of durationMetrics) {
      expect(reader.percentiles(metric, span), `${label} ${metric}`).toEqual(readers.reference.percentiles(metric, span));
      expect([...reader.histogram(metric, span)].sort(([a], [b]) => a - b), `${label} ${metric}`).toEqual(
        [...readers.reference.histogram(metric, span)].sort(([a], [b]) => a - b),
      );
    }
    expect([...reader.quarters(span)].sort(([a], [b]) => a - b), label).toEqual([...readers.reference.quarters(span)].sort(([a], [b]) => a - b));
    for (const unit of ['day', 'weekday-hour'] as const) {
      expect([...reader.local(span, window.tz, unit)].sort(([a], [b]) => a - b), `${label} ${unit}`).toEqual(
        [...readers.reference.local(span, window.tz, unit)].sort(([a], [b]) => a - b),
      );
    }
  }
  const rollup = buildDashboard(readers.rollup, db, window, now);
  expect(buildDashboard(readers.raw, db, window, now)).toEqual(rollup);
  expect(buildDashboard(readers.reference, db, window, now)).toEqual(rollup);
  expect(buildTicketAnalytics(readers.raw, db, window, now)).toEqual(buildTicketAnalytics(readers.rollup, db, window, now));
  expect(rollup.tickets.created.value).toBeGreaterThan(0);
  // The database wrote business-hours durations for every answered ticket (trigger + lantern_business_ms).
  expect(rollup.tickets.firstResponseBusiness.count.value).toBe(rollup.tickets.firstResponse.count.value);
  if (rollup.tickets.firstResponse.count.value) expect(rollup.tickets.firstResponseBusiness.median.value).not.toBeNull();
}

/** A histogram's JSON counts without the bins churn brought back to zero, in bin order. */
const nonZeroCounts = (counts: string) =>
  Object.entries(JSON.parse(counts) as Record<string, number>)
    .filter(([, n]) => n !== 0)
    .sort(([a], [b]) => Number(a) - Number(b));

const rollupTables = () => {
  const { sqlite } = server.database;
  const read = (table: string) =>
    (sqlite.prepare(`select * from ${table} order by 1, 2, 3`).all() as Record<string, unknown>[]).map((row) =>
      typeof row.counts === 'string' ? { ...row, counts: nonZeroCounts(row.counts) } : row,
    );
  const keys = ['day', 'block', 'quarter', 'metric', 'agent_id', 'dimension', 'value'];
  return Object.fromEntries(
    ['analytics_ticket_daily', 'analytics_ticket_quarters', 'analytics_chat_daily', 'analytics_duration_bins', 'analytics_duration_blocks'].map((table) => [
      table,
      // Rows that churn brought back to zero stay behind in the trigger-kept tables; they add nothing.
      read(table).filter((row) =>
        Object.entries(row).some(([column, value]) => !keys.includes(column) && (Array.isArray(value) ? value.length > 0 : value !== 0)),
      ),
    ]),
  );
};

describe('analytics on random data', () => {
  it.each(queries)('raw SQL, rollups and the in-memory reference agree for %o', (query) => {
    expectReadersAgree(query);
  });

  it('still agree after tickets and chats change and disappear', () => {
    churn(server, 7);
    for (const query of queries) expectReadersAgree(query);
  });

  it('a rebuild from the rows gives the rollups the triggers kept', () => {
    const kept = rollupTables();
    expect(installAnalytics(server.database.sqlite, { rebuild: true }).rebuilt).toBe(true);
    expect(rollupTables()).toEqual(kept);
  });
});
