import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newAgent, type SignedIn } from '../testing/client.ts';
import { startTestServer, type TestServer } from '../testing/harness.ts';

let server: TestServer;
let agent: SignedIn;

beforeAll(async () => {
  server = await startTestServer();
  agent = await newAgent(server, 'agent');
});
afterAll(() => server.close());

const dashboard = (query: string) => agent.raw(`/api/support/analytics/dashboard${query}`);

describe('GET /api/support/analytics/dashboard', () => {
  it('defaults to the last 30 days in UTC and answers every preset', async () => {
    const before = Date.now();
    const response = await dashboard('');
    expect(response.status).toBe(200);
    const body = await response.json();
    expect(body.range.tz).toBe('UTC');
    const length = Date.parse(body.range.to) - Date.parse(body.range.from);
    expect(length).toBe(30 * 24 * 3600 * 1000);
    expect(Date.parse(body.range.to)).toBeGreaterThanOrEqual(before);
    expect(body.range.previousTo).toBe(body.range.from);
    for (const range of ['7d', '30d', '90d', '365d'] as const) {
      const result = await agent.api.analytics.dashboard({ range, tz: 'Europe/Paris' });
      expect(result.tickets.created).toEqual({ value: 0, previous: 0, change: null });
      expect(result.tickets.firstResponse.median).toEqual({ value: null, previous: null, change: null });
    }
  });

  it.each([
    ['from after to', '?from=2024-03-10&to=2024-03-01', { to: 'must not be before from' }],
    ['more than five years', '?from=2019-01-01&to=2024-01-01', { to: 'the range may cover at most 5 years' }],
    ['an unknown time zone', '?range=7d&tz=Mars/Olympus_Mons', { tz: 'is not a known time zone' }],
    ['an unknown field', '?range=7d&granularity=hour', { granularity: 'is not a known field' }],
    ['an unknown preset', '?range=2w', { range: 'must be one of 7d, 30d, 90d, 365d' }],
    ['a preset and dates together', '?range=7d&from=2024-01-01&to=2024-01-31', { range: 'give either range or from/to, not both' }],
    ['from without to', '?from=2024-01-01', { to: 'is required with from' }],
    ['a malformed date', '?from=2024-02-30&to=2024-03-01', { from: 'must be a date (YYYY-MM-DD)' }],
    ['a field given twice', '?range=7d&range=30d', { range: 'must be given once' }],
  ])('refuses %s with 422 and the field, on every analytics endpoint', async (_name, query, fields) => {
    for (const endpoint of ['dashboard', 'tickets', 'agents']) {
      const response = await agent.raw(`/api/support/analytics/${endpoint}${query}`);
      expect(response.status, endpoint).toBe(422);
      expect(await response.json()).toMatchObject({ error: { code: 'validation_failed', fields } });
    }
  });

  it('accepts exactly five years', async () => {
    expect((await dashboard('?from=2019-01-01&to=2023-12-31')).status).toBe(200);
  });

  it('refuses anonymous callers with 401', async () => {
    const response = await fetch(`${server.url}/api/support/analytics/dashboard?range=7d`);
    expect(response.status).toBe(401);
    expect(await response.json()).toMatchObject({ error: { code: 'unauthenticated' } });
  });
});
