import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newAgent, type SignedIn } from '../../testing/client.ts';
import { startTestServer, type TestServer } from '../../testing/harness.ts';
import { analyticsRows, hours } from '../testing/rows.ts';
import { startOfDay } from '../../../shared/time-zone.ts';
import { addDays, dayOf as localDay } from '../../../shared/time-zone.ts';

/**
 * The forecast endpoint on a history built by hand: tickets created at local noon in Kolkata,
 * the same number every Monday, every Tuesday…, so the forecast is known exactly.
 */
const tz = 'Asia/Kolkata';
/** Tickets per weekday, Monday first. */
const pattern = [9, 8, 7, 6, 5, 2, 1];
const weekdayOf = (day: string) => (new Date(`${day}T00:00:00Z`).getUTCDay() + 6) % 7;

let server: TestServer;
let caller: SignedIn;
let today: string;

/** Tickets on the `count` days ending `endsDaysAgo` days before today. */
function fill(count: number, endsDaysAgo: number) {
  const rows = analyticsRows(server.database.db);
  server.database.sqlite.transaction(() => {
    for (let back = endsDaysAgo + count - 1; back >= endsDaysAgo; back--) {
      const day = addDays(today, -back);
      for (let i = 0; i < (pattern[weekdayOf(day)] as number); i++) rows.ticket({ created: startOfDay(day, tz) + hours(12) + i });
    }
  })();
}

beforeAll(async () => {
  server = await startTestServer();
  caller = await newAgent(server, 'agent');
  today = localDay(Date.now(), tz);
});
afterAll(() => server.close());

describe('GET /api/support/analytics/forecast', () => {
  it('explains an empty forecast when there is no history', async () => {
    const answer = await caller.api.analytics.forecast({ tz });
    expect(answer).toMatchObject({ tz, horizon: 14, history: [], forecast: [], parameters: null, method: 'holt-winters-additive-weekly' });
    expect(answer.backtest).toEqual({ mape: null, mae: null, days: 0, origins: 0 });
    expect(answer.reason).toBe('A forecast needs at least 3 whole weeks of ticket history; there are 0 whole days.');
  });

  it('explains an empty forecast with under three weeks of history', async () => {
    fill(21, 1);
    const answer = await caller.api.analytics.forecast({ tz });
    expect(answer.forecast).toEqual([]);
    // The first day is left out: a help desk's first day is rarely whole.
    expect(answer.history).toHaveLength(20);
    expect(answer.history[0]?.day).toBe(addDays(today, -20));
    expect(answer.reason).toBe('A forecast needs at least 3 whole weeks of ticket history; there are 20 whole days.');
  });

  it('forecasts a regular week exactly, from today, with its backtest', async () => {
    fill(50, 22); // now 71 days with tickets, 70 whole days of history, ending yesterday
    const todaysTicket = analyticsRows(server.database.db);
    todaysTicket.ticket({ created: Date.now() - 1 }); // today is not history yet
    const answer = await caller.api.analytics.forecast({ tz, horizon: '14' });
    expect(answer.reason).toBeUndefined();
    expect(answer.history).toHaveLength(56);
    expect(answer.history.at(-1)).toEqual({ day: addDays(today, -1), created: pattern[weekdayOf(addDays(today, -1))] });
    expect(answer.history[0]?.day).toBe(addDays(today, -56));
    expect(answer.forecast).toEqual(
      Array.from({ length: 14 }, (_, k) => {
        const day = addDays(today, k);
        const value = pattern[weekdayOf(day)];
        return { day, value, low: value, high: value };
      }),
    );
    expect(answer.parameters).toEqual({ alpha: expect.any(Number), beta: expect.any(Number), gamma: expect.any(Number), phi: expect.any(Number) });
    // Weekly origins (at most 8) that leave 3 weeks to fit on: 70 − 14 = 56, 49, 42, 35, 28, 21.
    expect(answer.backtest).toEqual({ mape: 0, mae: 0, days: 6 * 14, origins: 6 });
    expect(answer.level).toBe(0.8);
  });

  it('forecasts 30 days when asked', async () => {
    const answer = await caller.api.analytics.forecast({ tz, horizon: '30' });
    expect(answer.forecast).toHaveLength(30);
    expect(answer.forecast.at(-1)?.day).toBe(addDays(today, 29));
  });

  it('answers anew when a past day changes (the cached model is keyed by the counts)', async () => {
    const before = await caller.api.analytics.forecast({ tz });
    const yesterday = addDays(today, -1);
    analyticsRows(server.database.db).ticket({ created: startOfDay(yesterday, tz) + hours(13) });
    const after = await caller.api.analytics.forecast({ tz });
    expect(after.history.at(-1)).toEqual({ day: yesterday, created: (before.history.at(-1)?.created ?? 0) + 1 });
    expect(after.forecast).not.toEqual(before.forecast);
  });

  it.each([
    ['a horizon other than 14 or 30', '?horizon=7', { horizon: 'must be 14 or 30' }],
    ['an unknown time zone', '?tz=Mars/Olympus_Mons', { tz: 'is not a known time zone' }],
    ['an unknown field', '?range=30d', { range: 'is not a known field' }],
  ])('refuses %s with 422', async (_name, query, fields) => {
    const response = await caller.raw(`/api/support/analytics/forecast${query}`);
    expect(response.status).toBe(422);
    expect(await response.json()).toMatchObject({ error: { code: 'validation_failed', fields } });
  });
});
