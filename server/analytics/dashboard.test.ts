import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AnalyticsDashboard, Kpi } from '../../shared/schemas/analytics.ts';
import { newAgent, type SignedIn } from '../testing/client.ts';
import { startTestServer, type TestServer } from '../testing/harness.ts';
import { analyticsRows, hours, minutes } from './testing/rows.ts';

/**
 * A week built by hand (Mon 4 – Sun 10 March 2024, UTC) and the week before it, where every
 * figure is worked out on paper in the comments and asserted exactly.
 */
const at = (day: number, hour: number, minute = 0) => Date.UTC(2024, 2, day, hour, minute);
const feb = (day: number, hour: number, minute = 0) => Date.UTC(2024, 1, day, hour, minute);

let server: TestServer;
let caller: SignedIn;
let alice: string;
let bob: string;
let week: AnalyticsDashboard;

const k = (value: number | null, previous: number | null, change: number | null): Kpi => ({ value, previous, change });

beforeAll(async () => {
  server = await startTestServer();
  caller = await newAgent(server, 'admin', 'Ada Admin');
  const rows = analyticsRows(server.database.db);
  alice = rows.agent('Alice');
  bob = rows.agent('Bob');
  rows.agent('Dan (left)', true); // disabled, no figures: not listed

  // This week. T1 urgent (1 h target): answered in 30 min (met), resolved after 2 h, rated 5.
  rows.ticket({ created: at(4, 9), priority: 'urgent', channel: 'email', category: 'billing', assigneeId: alice, firstResponse: minutes(30), resolved: hours(2), satisfaction: 5 });
  // T2 high (4 h): answered after 5 h (breached), closed after 10 h, rated 3.
  const t2 = rows.ticket({ created: at(5, 10), priority: 'high', channel: 'chat', category: 'billing', assigneeId: alice, firstResponse: hours(5), resolved: hours(10), satisfaction: 3, status: 'closed' });
  // T3 medium (8 h): answered at exactly 8 h (met: at the target counts), resolved after 24 h.
  rows.ticket({ created: at(6, 14), priority: 'medium', channel: 'email', category: 'bugs', assigneeId: bob, firstResponse: hours(8), resolved: hours(24) });
  // T4 low (24 h): answered after 1 h (met), still open.
  rows.ticket({ created: at(8, 23, 30), priority: 'low', channel: 'phone', assigneeId: bob, firstResponse: hours(1) });
  // T5 urgent: never answered, long past its target (breached), unassigned.
  rows.ticket({ created: at(10, 12), priority: 'urgent', channel: 'web', category: 'bugs' });
  // T9 created at the very first millisecond of the week (counted): answered after 2 h (met), pending.
  rows.ticket({ created: at(4, 0), priority: 'medium', channel: 'email', category: 'bugs', assigneeId: alice, firstResponse: hours(2), status: 'pending' });
  // T8 created at the very end (next week's): counts nowhere but in Alice's active tickets.
  rows.ticket({ created: at(11, 0), priority: 'low', channel: 'web', assigneeId: alice, status: 'pending' });

  // Last week. T6 medium, created Thu 29 Feb, first answered and resolved this week (Mon 4 Mar):
  // its response (96 h) and resolution (98 h) times and its rating (4) are this week's; its SLA
  // breach is last week's, because SLA follows creation.
  rows.ticket({ created: feb(29, 10), priority: 'medium', channel: 'email', category: 'billing', assigneeId: alice, firstResponse: hours(96), resolved: hours(98), satisfaction: 4, status: 'closed' });
  // T7 high: answered in 1 h (met), resolved after 10 h, rated 2.
  rows.ticket({ created: feb(27, 8), priority: 'high', channel: 'chat', category: 'billing', assigneeId: bob, firstResponse: hours(1), resolved: hours(10), satisfaction: 2 });

  // Chats this week: C1 taken in 2 min, 20 min long, rated 5, became T2.
  rows.chat({ started: at(4, 10), assigned: minutes(2), closed: minutes(20), assignedAgentId: alice, rating: 5, convertedTicketId: t2 });
  // C2 taken in 5 min, 35 min, rated 3.
  rows.chat({ started: at(5, 11), assigned: minutes(5), closed: minutes(35), assignedAgentId: bob, rating: 3 });
  // C3 nobody took it: missed, closed after 10 min.
  rows.chat({ started: at(6, 12), closed: minutes(10) });
  // C4 taken in 1 min, still going.
  rows.chat({ started: at(10, 23, 50), assigned: minutes(1), assignedAgentId: alice });
  // Last week: C5 taken in 10 min, 40 min, rated 4. C6 started 2 min before midnight on Sunday:
  // started last week, but taken (3 min) and closed (32 min, rated 1) this week.
  rows.chat({ started: Date.UTC(2024, 2, 1, 9), assigned: minutes(10), closed: minutes(40), assignedAgentId: bob, rating: 4 });
  rows.chat({ started: at(3, 23, 58), assigned: minutes(3), closed: minutes(32), assignedAgentId: alice, rating: 1 });

  // Knowledge base: 3 searches this week (1 empty), 1 last week (empty).
  rows.search(at(4, 8), 3);
  rows.search(at(7, 8), 0);
  rows.search(at(10, 23, 59), 1);
  rows.search(at(2, 8), 0);
  // Views per UTC day: 3 this week, 1 each side of it.
  rows.view('2024-03-04', 'v1');
  rows.view('2024-03-10', 'v1');
  rows.view('2024-03-10', 'v2');
  rows.view('2024-03-03', 'v1');
  rows.view('2024-03-11', 'v1');
  // Votes: 2 of 3 helpful this week; last week's only vote was not.
  rows.vote(at(5, 9), true);
  rows.vote(at(6, 9), true);
  rows.vote(at(7, 9), false);
  rows.vote(at(1, 9), false);

  week = await caller.api.analytics.dashboard({ from: '2024-03-04', to: '2024-03-10', tz: 'UTC' });
});
afterAll(() => server.close());

describe('analytics dashboard on a hand-built week', () => {
  it('covers the calendar week and the one before it', () => {
    expect(week.range).toEqual({
      from: '2024-03-04T00:00:00.000Z',
      to: '2024-03-11T00:00:00.000Z',
      previousFrom: '2024-02-26T00:00:00.000Z',
      previousTo: '2024-03-04T00:00:00.000Z',
      tz: 'UTC',
    });
  });

  it('counts tickets created and resolved', () => {
    expect(week.tickets.created).toEqual(k(6, 2, 2)); // T1 T2 T3 T4 T5 T9 vs T6 T7
    expect(week.tickets.resolved).toEqual(k(4, 1, 3)); // T1 T2 T3 T6 vs T7
  });

  it('measures first response time in the period each ticket was first answered', () => {
    // 30 min, 1 h, 2 h, 5 h, 8 h, 96 h: mean 112.5 h / 6 = 18.75 h; median = rank ceil(3) = 2 h; p90 = rank ceil(5.4) = 96 h.
    expect(week.tickets.firstResponse).toEqual({
      count: k(6, 1, 5),
      mean: k(hours(18.75), hours(1), 17.75),
      median: k(hours(2), hours(1), 1),
      p90: k(hours(96), hours(1), 95),
    });
  });

  it('measures resolution time in the period each ticket was resolved (nearest-rank median of an even count is the lower one)', () => {
    // 2, 10, 24, 98 h: mean 33.5 h, median rank 2 = 10 h, p90 rank ceil(3.6) = 98 h. Last week: T7's 10 h.
    expect(week.tickets.resolution).toEqual({
      count: k(4, 1, 3),
      mean: k(hours(33.5), hours(10), 2.35),
      median: k(hours(10), hours(10), 0),
      p90: k(hours(98), hours(10), 8.8),
    });
  });

  it('measures the same durations in business hours (default: Monday–Friday 09:00–17:00 UTC)', () => {
    // T1 Mon 09:00→09:30: 0.5 h. T2 Tue 10:00→15:00: 5 h. T3 Wed 14:00→22:00: 3 h. T4 Fri 23:30→Sat 00:30: 0.
    // T6 Thu 29 Feb 10:00→Mon 10:00: 7 + 8 + 1 = 16 h. T9 Mon 00:00→02:00: 0. Sorted 0, 0, 0.5, 3, 5, 16.
    // Last week: T7 Tue 08:00→09:00, before opening: 0.
    expect(week.tickets.firstResponseBusiness).toEqual({
      count: k(6, 1, 5),
      mean: k(hours(24.5) / 6, 0, null),
      median: k(hours(0.5), 0, null),
      p90: k(hours(16), 0, null),
    });
  });

  it('computes SLA compliance: first response and resolution both within their targets', () => {
    // Targets (defaults): first response 1 h / 4 h / 8 h / 24 h, resolution 4 h / 24 h / 48 h / 120 h.
    // Met: T1 (0.5 h, 2 h), T3 (8 h at the target, 24 h). Breached: T2 answered late; T4, T5 and T9
    // are unresolved long past their resolution target (T5 never answered either).
    // Last week: T7 met (1 h, 10 h); T6 answered late.
    expect(week.tickets.slaMet).toEqual(k(2, 1, 1));
    expect(week.tickets.slaBreached).toEqual(k(4, 1, 3));
    expect(week.tickets.slaCompliance.value).toBeCloseTo(1 / 3, 12);
    expect(week.tickets.slaCompliance.previous).toBe(0.5);
    expect(week.tickets.slaCompliance.change).toBeCloseTo(-1 / 3, 12);
  });

  it('reports CSAT for tickets, chats and both', () => {
    // Tickets resolved this week: 5, 3, 4; last week 2. Chats closed this week: 5, 3, 1; last week 4.
    expect(week.csat.tickets).toEqual({ mean: k(4, 2, 1), count: k(3, 1, 2) });
    expect(week.csat.chats).toEqual({ mean: k(3, 4, -0.25), count: k(3, 1, 2) });
    expect(week.csat.combined.count).toEqual(k(6, 2, 2));
    expect(week.csat.combined.mean.value).toBe(3.5);
    expect(week.csat.combined.mean.previous).toBe(3);
    expect(week.csat.combined.mean.change).toBeCloseTo(1 / 6, 12);
  });

  it('breaks tickets down by channel and category', () => {
    expect(week.channels).toEqual([
      { channel: 'email', tickets: 3, share: 0.5 },
      { channel: 'chat', tickets: 1, share: 1 / 6 },
      { channel: 'phone', tickets: 1, share: 1 / 6 },
      { channel: 'web', tickets: 1, share: 1 / 6 },
    ]);
    expect(week.categories).toEqual([
      { category: 'bugs', tickets: 3, share: 0.5 },
      { category: 'billing', tickets: 2, share: 2 / 6 },
      { category: null, tickets: 1, share: 1 / 6 },
    ]);
  });

  it('places tickets on the weekday × hour grid (Monday first)', () => {
    const cells = week.peakHours.flatMap((line, weekday) => line.flatMap((n, hour) => (n ? [[weekday, hour, n]] : [])));
    expect(cells).toEqual([
      [0, 0, 1], // T9 Mon 00:00
      [0, 9, 1], // T1 Mon 09:00
      [1, 10, 1], // T2 Tue 10:00
      [2, 14, 1], // T3 Wed 14:00
      [4, 23, 1], // T4 Fri 23:30
      [6, 12, 1], // T5 Sun 12:00
    ]);
    expect(week.peakHours).toHaveLength(7);
    expect(week.peakHours.every((line) => line.length === 24)).toBe(true);
  });

  it('measures chats: wait, duration, missed, conversion and chats per agent', () => {
    // Taken this week: 2, 5, 1, 3 min (C6 was taken this week): mean 2.75, median rank 2 = 2, p90 rank 4 = 5.
    expect(week.chat.wait).toEqual({
      count: k(4, 1, 3),
      mean: k(minutes(2.75), minutes(10), -0.725),
      median: k(minutes(2), minutes(10), -0.8),
      p90: k(minutes(5), minutes(10), -0.5),
    });
    // Closed this week: 20, 35, 10, 32 min: mean 24.25, median rank 2 = 20, p90 = 35. Last week: C5's 40.
    expect(week.chat.duration).toEqual({
      count: k(4, 1, 3),
      mean: k(minutes(24.25), minutes(40), -0.39375),
      median: k(minutes(20), minutes(40), -0.5),
      p90: k(minutes(35), minutes(40), -0.125),
    });
    expect(week.chat.started).toEqual(k(4, 2, 1));
    expect(week.chat.missed).toEqual(k(1, 0, null)); // nothing to compare with
    expect(week.chat.conversionRate).toEqual(k(0.25, 0, null));
    expect(week.chat.chatsPerAgent).toEqual(k(1.5, 1, 0.5)); // 3 chats, 2 agents vs 2 and 2
  });

  it('measures knowledge-base self-service', () => {
    expect(week.knowledge.searches).toEqual(k(3, 1, 2));
    expect(week.knowledge.searchesWithoutResult).toEqual(k(1, 1, 0));
    expect(week.knowledge.articleViews).toEqual(k(3, 1, 2));
    expect(week.knowledge.votes).toEqual(k(3, 1, 2));
    expect(week.knowledge.helpfulRate).toEqual(k(2 / 3, 0, null));
  });

  it('reports agent performance, busiest first, without disabled agents who have nothing to show', () => {
    expect(week.agents).toEqual([
      {
        agentId: alice,
        name: 'Alice',
        avatarUrl: null,
        resolved: 3, // T1 T2 T6
        meanFirstResponseMs: hours(103.5) / 4, // T1 0.5 h, T2 5 h, T6 96 h, T9 2 h
        meanFirstResponseBusinessMs: hours(21.5) / 4, // 0.5 h, 5 h, 16 h, 0
        meanResolutionMs: hours(110) / 3, // T1 2 h, T2 10 h, T6 98 h
        csat: { mean: 3.6, count: 5 }, // T1 5, T2 3, T6 4, C1 5, C6 1
        ticketCsat: { mean: 4, count: 3 },
        chatCsat: { mean: 3, count: 2 },
        activeTickets: 2, // T8 and T9, pending now
        chats: 2, // C1 C4
      },
      {
        agentId: bob,
        name: 'Bob',
        avatarUrl: null,
        resolved: 1,
        meanFirstResponseMs: hours(4.5),
        meanFirstResponseBusinessMs: hours(1.5), // T3 3 h, T4 0
        meanResolutionMs: hours(24),
        csat: { mean: 3, count: 1 },
        ticketCsat: { mean: null, count: 0 },
        chatCsat: { mean: 3, count: 1 },
        activeTickets: 1,
        chats: 1,
      },
      {
        agentId: caller.agentId,
        name: 'Ada Admin',
        avatarUrl: null,
        resolved: 0,
        meanFirstResponseMs: null,
        meanFirstResponseBusinessMs: null,
        meanResolutionMs: null,
        csat: { mean: null, count: 0 },
        ticketCsat: { mean: null, count: 0 },
        chatCsat: { mean: null, count: 0 },
        activeTickets: 0,
        chats: 0,
      },
    ]);
  });

  it('breaks the week down for the Ticket analytics tab', async () => {
    const tab = await caller.api.analytics.tickets({ from: '2024-03-04', to: '2024-03-10', tz: 'UTC' });
    expect(tab.range).toEqual(week.range);
    expect(tab.volume).toEqual([
      { day: '2024-03-04', created: 2, resolved: 2 }, // T1 T9; T1 (11:00) and T6 (Mon 12:00)
      { day: '2024-03-05', created: 1, resolved: 1 }, // T2; T2 (20:00)
      { day: '2024-03-06', created: 1, resolved: 0 }, // T3
      { day: '2024-03-07', created: 0, resolved: 1 }, // T3 (Thu 14:00)
      { day: '2024-03-08', created: 1, resolved: 0 }, // T4 (23:30)
      { day: '2024-03-09', created: 0, resolved: 0 },
      { day: '2024-03-10', created: 1, resolved: 0 }, // T5
    ]);
    expect(tab.previousVolume.map((d) => d.day)).toEqual(['2024-02-26', '2024-02-27', '2024-02-28', '2024-02-29', '2024-03-01', '2024-03-02', '2024-03-03']);
    expect(tab.previousVolume.map((d) => [d.created, d.resolved])).toEqual([[0, 0], [1, 1], [0, 0], [1, 0], [0, 0], [0, 0], [0, 0]]); // T7 and its resolution; T6
    // Resolved this week: T1 2 h, T2 10 h, T3 24 h (a bin boundary: 1–3 d), T6 98 h.
    expect(tab.resolutionTimes.map((b) => [b.label, b.tickets])).toEqual([
      ['< 1 h', 0],
      ['1–4 h', 1],
      ['4–8 h', 0],
      ['8–24 h', 1],
      ['1–3 d', 1],
      ['3–7 d', 1],
      ['> 7 d', 0],
    ]);
    expect(tab.priorities).toEqual([
      { priority: 'urgent', created: 2, slaMet: 1, slaBreached: 1, slaCompliance: 0.5, meanFirstResponseMs: minutes(30), meanResolutionMs: hours(2) },
      { priority: 'high', created: 1, slaMet: 0, slaBreached: 1, slaCompliance: 0, meanFirstResponseMs: hours(5), meanResolutionMs: hours(10) },
      // T3 and T9 created; answered this week: T3 8 h, T9 2 h, T6 96 h; resolved: T3 24 h, T6 98 h.
      { priority: 'medium', created: 2, slaMet: 1, slaBreached: 1, slaCompliance: 0.5, meanFirstResponseMs: hours(106) / 3, meanResolutionMs: hours(61) },
      { priority: 'low', created: 1, slaMet: 0, slaBreached: 1, slaCompliance: 0, meanFirstResponseMs: hours(1), meanResolutionMs: null },
    ]);
    expect(tab.channels).toEqual(week.channels);
    expect(tab.categories).toEqual(week.categories);
    expect(tab.peakHours).toEqual(week.peakHours);
  });

  it('lists the same agent rows on the Agent performance tab', async () => {
    const tab = await caller.api.analytics.agents({ from: '2024-03-04', to: '2024-03-10', tz: 'UTC' });
    expect(tab).toEqual({ range: week.range, agents: week.agents });
  });

  it('reads custom ranges as calendar days in the time zone, across a DST change', async () => {
    // New York: Mon 4 Mar 00:00 EST is 05:00 UTC; clocks go forward on Sun 10 Mar, so the week
    // ends at Mon 11 Mar 00:00 EDT = 04:00 UTC and is one hour short.
    const ny = await caller.api.analytics.dashboard({ from: '2024-03-04', to: '2024-03-10', tz: 'America/New_York' });
    expect(ny.range).toEqual({
      from: '2024-03-04T05:00:00.000Z',
      to: '2024-03-11T04:00:00.000Z',
      previousFrom: '2024-02-26T06:00:00.000Z',
      previousTo: '2024-03-04T05:00:00.000Z',
      tz: 'America/New_York',
    });
    // T9 (Sun 3 Mar 19:00 local) falls out; T8 (Sun 10 Mar 20:00 EDT) comes in.
    expect(ny.tickets.created.value).toBe(6);
    const cells = ny.peakHours.flatMap((line, weekday) => line.flatMap((n, hour) => (n ? [[weekday, hour, n]] : [])));
    expect(cells).toEqual([
      [0, 4, 1], // T1 09:00 UTC = 04:00 EST
      [1, 5, 1], // T2
      [2, 9, 1], // T3
      [4, 18, 1], // T4 23:30 UTC = 18:30 EST
      [6, 8, 1], // T5 12:00 UTC = 08:00 EDT (after the change)
      [6, 20, 1], // T8 00:00 UTC Mon = 20:00 EDT Sun
    ]);
  });
});
