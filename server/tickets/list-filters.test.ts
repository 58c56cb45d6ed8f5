import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Ticket, TicketListQuery } from '../../shared/schemas/tickets.ts';
import { analyticsRows, hours, minutes } from '../analytics/testing/rows.ts';
import { newAgent, type SignedIn } from '../testing/client.ts';
import { startTestServer, type TestServer } from '../testing/harness.ts';

/**
 * The ticket list's analytics drill-down filters over tickets with exact timestamps: half-open
 * ranges, categories, SLA outcomes, ratings, resolution times and local weekday/hour.
 */

let server: TestServer;
let sam: SignedIn;
const at = (iso: string) => Date.parse(iso);
const names: Record<string, string> = {};

beforeAll(async () => {
  server = await startTestServer();
  sam = await newAgent(server, 'agent', 'Sam');
  const rows = analyticsRows(server.database.db);
  const add = (name: string, input: Parameters<typeof rows.ticket>[0]) => {
    names[rows.ticket(input)] = name;
  };
  // Monday 10:00 UTC: answered in 1 h (high: 4 h target), resolved in 2 h, rated.
  add('monday', { created: at('2025-03-03T10:00:00Z'), priority: 'high', category: 'billing', firstResponse: hours(1), resolved: hours(2), satisfaction: 5 });
  // Tuesday 23:30 UTC, Wednesday 00:30 in Paris: answered after 3 h (urgent: 1 h target), resolved in 30 h.
  add('late', { created: at('2025-03-04T23:30:00Z'), priority: 'urgent', channel: 'chat', firstResponse: hours(3), resolved: hours(30) });
  // Exactly at the end of the week: the next period's. Never answered, long past its target.
  add('boundary', { created: at('2025-03-10T00:00:00Z'), priority: 'medium', category: 'billing' });
  // The week before, resolved inside the week after 5 days.
  add('earlier', { created: at('2025-02-28T12:00:00Z'), priority: 'low', category: 'Shipping', firstResponse: minutes(30), resolved: hours(5 * 24), satisfaction: 2 });
});
afterAll(() => server.close());

const list = async (query: TicketListQuery) =>
  (await sam.api.tickets.list({ ...query, sort: 'created', limit: 100 })).items.map((ticket: Ticket) => names[ticket.id] ?? ticket.subject);

const week = { createdFrom: '2025-03-03T00:00:00Z', createdTo: '2025-03-10T00:00:00Z' };

describe('ticket list drill-down filters', () => {
  it('counts created, resolved and first-responded ranges half-open, [from, to)', async () => {
    expect(await list(week)).toEqual(['monday', 'late']);
    expect(await list({ createdFrom: '2025-03-10T00:00:00Z' })).toEqual(['boundary']);
    expect(await list({ createdTo: '2025-03-03T10:00:00.000Z' })).toEqual(['earlier']);
    // An offset is an instant like any other: 11:00+01:00 is 10:00Z, so the Monday ticket is in.
    expect(await list({ createdFrom: '2025-03-03T11:00:00+01:00', createdTo: '2025-03-04T00:00:00Z' })).toEqual(['monday']);
    expect(await list({ resolvedFrom: '2025-03-05T00:00:00Z', resolvedTo: '2025-03-06T06:00:00Z' })).toEqual(['earlier', 'late']);
    expect(await list({ respondedFrom: '2025-03-05T00:00:00Z', respondedTo: '2025-03-06T00:00:00Z' })).toEqual(['late']);
  });

  it('filters by category, or no category', async () => {
    expect(await list({ category: 'billing' })).toEqual(['monday', 'boundary']);
    expect(await list({ category: 'none' })).toEqual(['late']);
    expect(await list({ ...week, category: 'none' })).toEqual(['late']);
  });

  it('filters by SLA outcome as the analytics definitions count it', async () => {
    expect(await list({ ...week, sla: 'met' })).toEqual(['monday']);
    // Late (answered after the target), and overdue now (never answered, target long past).
    expect(await list({ sla: 'breached' })).toEqual(['late', 'boundary']);
    expect(await list({ ...week, sla: 'breached' })).toEqual(['late']);
  });

  it('filters rated tickets and resolution times, [min, max)', async () => {
    expect(await list({ rated: 'true' })).toEqual(['earlier', 'monday']);
    expect(await list({ resolutionMin: String(hours(1)), resolutionMax: String(hours(4)) })).toEqual(['monday']);
    expect(await list({ resolutionMax: String(hours(2)) })).toEqual([]);
    expect(await list({ resolutionMin: String(hours(24)) })).toEqual(['earlier', 'late']);
  });

  it('filters by weekday and hour in a time zone, as the peak-hours heatmap counts', async () => {
    // 23:30 UTC on Tuesday is 00:30 on Wednesday in Paris.
    expect(await list({ ...week, weekday: '1', hour: '23' })).toEqual(['late']);
    expect(await list({ ...week, weekday: '1', hour: '23', tz: 'Europe/Paris' })).toEqual([]);
    expect(await list({ ...week, weekday: '2', hour: '0', tz: 'Europe/Paris' })).toEqual(['late']);
    expect(await list({ ...week, weekday: '0' })).toEqual(['monday']);
    expect(await list({ ...week, hour: '10' })).toEqual(['monday']);
    expect(await list({ ...week, hour: '11', tz: 'Europe/Paris' })).toEqual(['monday']);
  });

  it('applies the same filters to a customer’s tickets', async () => {
    const [first] = (await sam.api.tickets.list({ limit: 1 })).items;
    const customerId = first?.customer.id ?? '';
    const page = await sam.api.customers.tickets(customerId, { ...week, category: 'billing' });
    expect(page.items.map((ticket) => names[ticket.id])).toEqual(['monday']);
  });

  it.each([
    ['a date without a zone', '?createdFrom=2025-03-03', { createdFrom: 'must be an ISO date-time with a zone (2025-03-03T00:00:00Z)' }],
    ['a range the wrong way round', '?resolvedFrom=2025-03-04T00:00:00Z&resolvedTo=2025-03-03T00:00:00Z', { resolvedTo: 'must be after resolvedFrom' }],
    ['an empty range', '?createdFrom=2025-03-04T00:00:00Z&createdTo=2025-03-04T00:00:00Z', { createdTo: 'must be after createdFrom' }],
    ['an unknown SLA outcome', '?sla=late', { sla: 'must be one of met, breached' }],
    ['a rated flag other than true', '?rated=false', { rated: expect.any(String) }],
    ['a resolution time that is not a number', '?resolutionMin=1h', { resolutionMin: 'must be a whole number of milliseconds' }],
    ['a resolution range the wrong way round', '?resolutionMin=100&resolutionMax=10', { resolutionMax: 'must be after resolutionMin' }],
    ['a weekday out of range', '?weekday=7&createdFrom=2025-03-03T00:00:00Z&createdTo=2025-03-10T00:00:00Z', { weekday: 'must be a whole number from 0 to 6' }],
    ['an hour out of range', '?hour=24&createdFrom=2025-03-03T00:00:00Z&createdTo=2025-03-10T00:00:00Z', { hour: 'must be a whole number from 0 to 23' }],
    ['an hour without a created range', '?hour=9', { hour: 'needs createdFrom and createdTo' }],
    ['a weekday over more than five years', '?weekday=1&createdFrom=2015-01-01T00:00:00Z&createdTo=2025-01-01T00:00:00Z', { weekday: 'needs a created range of at most 5 years' }],
    ['an unknown time zone', '?tz=Mars/Olympus_Mons', { tz: 'is not a known time zone' }],
    ['an empty category', '?category=', { category: 'is required' }],
  ])('refuses %s with 422 and the field', async (_name, query, fields) => {
    const [first] = (await sam.api.tickets.list({ limit: 1 })).items;
    for (const path of ['/api/support/tickets', `/api/support/customers/${first?.customer.id ?? ''}/tickets`]) {
      const response = await sam.raw(`${path}${query}`);
      expect(response.status).toBe(422);
      expect(await response.json()).toMatchObject({ error: { code: 'validation_failed', fields } });
    }
  });
});
