import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CustomerInsights, CustomerSegment } from '../../../shared/schemas/analytics-extra.ts';
import { customers, tickets } from '../../db/schema.ts';
import { uuidv7 } from '../../lib/ids.ts';
import { newAgent, type SignedIn } from '../../testing/client.ts';
import { startTestServer, type TestServer } from '../../testing/harness.ts';
import { analyticsRows, hours } from '../testing/rows.ts';

/**
 * A week (Mon 4 – Sun 10 March 2024, UTC) of tickets from five customers, every segment figure
 * worked out by hand in the comments and asserted exactly.
 */
const at = (month: number, day: number, hour: number, minute = 0, second = 0, ms = 0) => Date.UTC(2024, month - 1, day, hour, minute, second, ms);

let server: TestServer;
let caller: SignedIn;
let insights: CustomerInsights;
const ids: Record<string, string> = {};

beforeAll(async () => {
  server = await startTestServer();
  caller = await newAgent(server, 'agent');
  const { db } = server.database;
  const rows = analyticsRows(db);
  const customer = (key: string, name: string, company: string | null, industry: string | null, companySize: (typeof customers.$inferInsert)['companySize']) => {
    ids[key] = uuidv7();
    db.insert(customers).values({ id: ids[key], name, company, industry, companySize, metadata: {}, createdAt: new Date(0), updatedAt: new Date(0) }).run();
  };
  customer('A', 'Ann', 'Acme', 'Software', '51-200');
  customer('B', 'Ben', 'Beta', 'Software', '1-10');
  customer('C', 'Cat', 'Corp', 'Retail', '51-200');
  customer('D', 'Dan', null, null, null);
  customer('E', 'Eve', 'Evergreen', 'Retail', '5000+');
  const ticket = (key: string, input: Parameters<typeof rows.ticket>[0]) => {
    const id = rows.ticket(input);
    db.update(tickets).set({ customerId: ids[key] }).where(eq(tickets.id, id)).run();
  };
  ticket('A', { created: at(3, 4, 9), resolved: hours(2), satisfaction: 5 }); // A1: created, resolved in 2 h, rated 5
  ticket('A', { created: at(3, 5, 10) }); // A2: created, open
  ticket('A', { created: at(2, 28, 10), resolved: hours(120), satisfaction: 3 }); // A3: resolved Mon 4 Mar 10:00 after 5 days (29 Feb!), rated 3
  ticket('A', { created: at(3, 1, 10), resolved: hours(26 * 24) }); // A4: created before, resolved after: nowhere
  ticket('B', { created: at(3, 6, 8), resolved: hours(10) }); // B1: resolved in 10 h, not rated
  ticket('B', { created: at(3, 10, 23, 59, 59, 999) }); // B2: the last millisecond of the week
  ticket('C', { created: at(3, 7, 12), resolved: hours(1), satisfaction: 4 }); // C1
  ticket('C', { created: at(3, 11, 0) }); // C2: next week's
  ticket('D', { created: at(3, 8, 9), resolved: hours(3), satisfaction: 1 }); // D1
  ticket('D', { created: at(3, 9, 9) }); // D2
  ticket('E', { created: at(2, 20, 9), resolved: hours(24), satisfaction: 2 }); // E1: all before the week
  insights = await caller.api.analytics.customers({ from: '2024-03-04', to: '2024-03-10' });
});
afterAll(() => server.close());

const zero = (segment: string | null): CustomerSegment => ({ segment, customers: 0, tickets: 0, resolved: 0, csat: { mean: null, count: 0 }, meanResolutionMs: null });

describe('GET /api/support/analytics/customers', () => {
  it('answers the range it counted', () => {
    expect(insights.range).toEqual({ from: '2024-03-04T00:00:00.000Z', to: '2024-03-11T00:00:00.000Z', tz: 'UTC' });
  });

  it('groups by industry, most tickets first and "none" last', () => {
    expect(insights.industries).toEqual([
      // Ann (A1, A2) and Ben (B1, B2) created; A1, A3, B1 resolved: (2 + 120 + 10) / 3 = 44 h; rated 5 and 3.
      { segment: 'Software', customers: 2, tickets: 4, resolved: 3, csat: { mean: 4, count: 2 }, meanResolutionMs: hours(44) },
      // Cat's C1 only; Eve's ticket is outside the week.
      { segment: 'Retail', customers: 1, tickets: 1, resolved: 1, csat: { mean: 4, count: 1 }, meanResolutionMs: hours(1) },
      { segment: null, customers: 1, tickets: 2, resolved: 1, csat: { mean: 1, count: 1 }, meanResolutionMs: hours(3) },
    ]);
  });

  it('groups by company size in size order, every size listed', () => {
    expect(insights.companySizes).toEqual([
      { segment: '1-10', customers: 1, tickets: 2, resolved: 1, csat: { mean: null, count: 0 }, meanResolutionMs: hours(10) },
      zero('11-50'),
      // Ann and Cat: A1, A2, C1 created; A1, A3, C1 resolved: (2 + 120 + 1) / 3 = 41 h; rated 5, 3, 4.
      { segment: '51-200', customers: 2, tickets: 3, resolved: 3, csat: { mean: 4, count: 3 }, meanResolutionMs: hours(41) },
      zero('201-1000'),
      zero('1001-5000'),
      zero('5000+'),
      { segment: null, customers: 1, tickets: 2, resolved: 1, csat: { mean: 1, count: 1 }, meanResolutionMs: hours(3) },
    ]);
  });

  it('ranks the customers who created the most tickets, ties by name', () => {
    expect(insights.topCustomers).toEqual([
      { customerId: ids.A, name: 'Ann', company: 'Acme', tickets: 2, csat: { mean: 4, count: 2 } },
      { customerId: ids.B, name: 'Ben', company: 'Beta', tickets: 2, csat: { mean: null, count: 0 } },
      { customerId: ids.D, name: 'Dan', company: null, tickets: 2, csat: { mean: 1, count: 1 } },
      { customerId: ids.C, name: 'Cat', company: 'Corp', tickets: 1, csat: { mean: 4, count: 1 } },
    ]);
  });

  it('refuses a bad range like the dashboard does', async () => {
    const response = await caller.raw('/api/support/analytics/customers?from=2024-03-10&to=2024-03-01');
    expect(response.status).toBe(422);
    expect(await response.json()).toMatchObject({ error: { code: 'validation_failed', fields: { to: 'must not be before from' } } });
  });
});
