import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dashboardQuery, type DashboardQuery } from '../../shared/schemas/analytics.ts';
import { ticketChannels, ticketPriorities } from '../../shared/schemas/tickets.ts';
import { Random } from '../seed/random.ts';
import { startTestServer, type TestServer } from '../testing/harness.ts';
import { firstResponseTargetMs } from '../tickets/sla.ts';
import { buildDashboard } from './dashboard.ts';
import { resolveWindow } from './range.ts';
import { rawReader } from './raw-reader.ts';
import { referenceReader } from './testing/reference.ts';
import { analyticsRows, hours, minutes } from './testing/rows.ts';
import { DAY } from './time-zone.ts';

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
    const firstResponse = answered ? (random.chance(0.1) ? firstResponseTargetMs[priority] : Math.floor(random.between(0, hours(40)))) : null;
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

describe('analytics on random data', () => {
  it.each(queries)('raw SQL agrees with the in-memory reference for %o', async (query) => {
    const window = resolveWindow(dashboardQuery.parse(query), now);
    const raw = await buildDashboard(rawReader(server.database.db), window, now);
    const reference = await buildDashboard(referenceReader(server.database.db), window, now);
    expect(raw).toEqual(reference);
    expect(raw.tickets.created.value).toBeGreaterThan(0);
  });
});
