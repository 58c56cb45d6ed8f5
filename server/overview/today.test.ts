import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { agentAvailability } from '../db/schema.ts';
import { analyticsRows, hours, minutes } from '../analytics/testing/rows.ts';
import { newAgent, type SignedIn } from '../testing/client.ts';
import { startTestServer, type TestServer } from '../testing/harness.ts';
import { todayFigures } from './today.ts';

/**
 * Today's figures for the home page, on a day built by hand: Sunday 10 March 2024 in New York,
 * the day clocks go forward (23 hours: 05:00Z to 04:00Z next day).
 */
const utc = (day: number, hour: number, minute = 0, ms = 0) => Date.UTC(2024, 2, day, hour, minute, 0, ms);
const now = utc(10, 15);
const tz = 'America/New_York';

let server: TestServer;
let caller: SignedIn;

beforeAll(async () => {
  server = await startTestServer();
  caller = await newAgent(server, 'agent');
  const { db } = server.database;
  const rows = analyticsRows(db);
  // Created at local midnight (counted); a millisecond earlier (yesterday), resolved today after 1 h 0 min 0.001 s, rated 4.
  rows.ticket({ created: utc(10, 5) });
  rows.ticket({ created: utc(10, 4, 59, 59_999), resolved: hours(1) + 1, satisfaction: 4 });
  // Answered in 30 min, resolved after 3 h and rated 2.
  rows.ticket({ created: utc(10, 10), firstResponse: minutes(30), resolved: hours(3), satisfaction: 2 });
  // Created yesterday, first answered today after 16 h: today's first response, not today's ticket.
  rows.ticket({ created: utc(9, 20), firstResponse: hours(16) });
  // Answered after 2 h.
  rows.ticket({ created: utc(10, 12), firstResponse: hours(2) });
  // 23:30 local (EDT) is still today; 00:00 local next day is not.
  rows.ticket({ created: utc(11, 3, 30) });
  rows.ticket({ created: utc(11, 4) });
  // Resolved yesterday with a rating: not today's.
  rows.ticket({ created: utc(9, 1), resolved: hours(2), satisfaction: 1 });

  // Chats: one closed today rated 5, one waiting, one active, one closed yesterday rated 1.
  const online = rows.agent('Olivia Online');
  rows.chat({ started: utc(10, 14), assigned: minutes(1), closed: minutes(20), assignedAgentId: online, rating: 5 });
  rows.chat({ started: utc(10, 14, 50) });
  rows.chat({ started: utc(10, 14, 40), assigned: minutes(2), assignedAgentId: online });
  rows.chat({ started: utc(9, 14), assigned: minutes(1), closed: minutes(20), assignedAgentId: online, rating: 1 });

  const away = rows.agent('Aaron Away');
  const gone = rows.agent('Dana Disabled', true);
  const at = new Date(now);
  for (const [agentId, status] of [[online, 'online'], [away, 'away'], [gone, 'online']] as const) {
    db.insert(agentAvailability).values({ agentId, status, maxConcurrentChats: 3, updatedAt: at }).run();
  }
});
afterAll(() => server.close());

describe("today's figures", () => {
  it('counts the local day exactly, with the analytics definitions', () => {
    expect(todayFigures(server.database.db, tz, now)).toEqual({
      tz,
      since: '2024-03-10T05:00:00.000Z',
      until: '2024-03-11T04:00:00.000Z',
      created: 4, // 05:00Z, 10:00Z, 12:00Z, 03:30Z next day
      resolved: 2, // the ticket from just before midnight and the 10:00Z one
      medianFirstResponseMs: hours(2), // of 30 min, 2 h, 16 h
      csat: { mean: (4 + 2 + 5) / 3, count: 3 }, // two tickets and one chat
      chatsWaiting: 1,
      chatsActive: 1,
      agentsOnline: 1, // the disabled agent's stale "online" does not count
    });
  });

  it('is a different day in another zone', () => {
    const tokyo = todayFigures(server.database.db, 'Asia/Tokyo', now); // 00:00 JST on 11 March
    expect(tokyo.since).toBe('2024-03-10T15:00:00.000Z');
    expect(tokyo.created).toBe(2); // 03:30Z and 04:00Z on 11 March
    expect(tokyo.medianFirstResponseMs).toBeNull();
    expect(tokyo.csat).toEqual({ mean: null, count: 0 });
  });
});

describe('GET /api/support/overview', () => {
  it("answers today's figures in the caller's zone", async () => {
    const overview = await caller.api.overview({ tz: 'Asia/Kolkata' });
    expect(overview.today.tz).toBe('Asia/Kolkata');
    expect(new Date(overview.today.since).getUTCMinutes()).toBe(30); // Indian midnight is 18:30Z
    expect((await caller.api.overview()).today.tz).toBe('UTC');
  });

  it.each([
    ['an unknown zone', '?tz=Mars/Olympus_Mons', { tz: 'is not a known time zone' }],
    ['an unknown field', '?tz=UTC&day=today', { day: 'is not a known field' }],
  ])('refuses %s with 422', async (_name, query, fields) => {
    const response = await caller.raw(`/api/support/overview${query}`);
    expect(response.status).toBe(422);
    expect(await response.json()).toMatchObject({ error: { code: 'validation_failed', fields } });
  });
});
