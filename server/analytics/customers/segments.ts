import { eq, or, sql, type SQL } from 'drizzle-orm';
import { companySizes } from '../../../shared/schemas/customers.ts';
import type { CustomerInsights, CustomerSegment, TopCustomer } from '../../../shared/schemas/analytics-extra.ts';
import type { Db } from '../../db/open.ts';
import { customers, tickets } from '../../db/schema.ts';
import { resolution, ticketCreated, ticketRating } from '../definitions.ts';
import { meanOf } from '../kpi.ts';
import type { AnalyticsWindow, Span } from '../range.ts';

/**
 * Customer segments (industry, company size) and the busiest customers, with the dashboard's
 * definitions: tickets created in the range, resolved in the range with their mean resolution
 * time, and the ratings of tickets resolved in the range — each counted with the predicate from
 * definitions.ts, evaluated per row in one pass over the tickets grouped by customer; the
 * customers' rows are joined to those groups, and industries, sizes and the top 10 are added up
 * from them (a customer has one industry and one size, so distinct customers add up).
 *
 * Segments are a property of the customer, which can change at any time, so they are not in the
 * rollups: this reads the raw rows (indexed on created_at and resolved_at) on every call.
 */

const topCustomerCount = 10;

/** Per-row 0/1 of a definition's predicate. */
const when = (predicate: SQL | undefined) => sql`(case when ${predicate} then 1 else 0 end)`;

/** One customer's figures over the span, each counted with its definition's predicate. */
function figures(span: Span) {
  return {
    tickets: sql<number>`sum(${when(ticketCreated(span))})`.as('tickets'),
    resolved: sql<number>`sum(${when(resolution.where(span))})`.as('resolved'),
    resolutionSum: sql<number | null>`sum(case when ${resolution.where(span)} then ${resolution.value} end)`.as('resolution_sum'),
    ratings: sql<number>`sum(${when(ticketRating.where(span))})`.as('ratings'),
    ratingSum: sql<number | null>`sum(case when ${ticketRating.where(span)} then ${ticketRating.value} end)`.as('rating_sum'),
  };
}

/** Rows that count anywhere: created, resolved or rated in the span. */
const anyFigure = (span: Span) => or(ticketCreated(span), resolution.where(span), ticketRating.where(span));

interface Figures {
  customers: number;
  tickets: number;
  resolved: number;
  resolutionSum: number;
  ratings: number;
  ratingSum: number;
}

const empty = (): Figures => ({ customers: 0, tickets: 0, resolved: 0, resolutionSum: 0, ratings: 0, ratingSum: 0 });

const csatOf = (f: { ratings: number; ratingSum: number | null }) => ({ mean: meanOf({ count: f.ratings, sum: f.ratingSum ?? 0 }), count: f.ratings });

const segment = (name: string | null, f: Figures): CustomerSegment => ({
  segment: name,
  customers: f.customers,
  tickets: f.tickets,
  resolved: f.resolved,
  csat: csatOf(f),
  meanResolutionMs: meanOf({ count: f.resolved, sum: f.resolutionSum }),
});

interface CustomerRow {
  customerId: string;
  name: string;
  company: string | null;
  industry: string | null;
  companySize: string | null;
  tickets: number;
  resolved: number;
  resolutionSum: number | null;
  ratings: number;
  ratingSum: number | null;
}

/** Adds customers' figures up by a key (industry or size); a customer counts when they created a ticket. */
function fold(rows: CustomerRow[], key: (row: CustomerRow) => string | null): Map<string | null, Figures> {
  const groups = new Map<string | null, Figures>();
  for (const row of rows) {
    let group = groups.get(key(row));
    if (!group) groups.set(key(row), (group = empty()));
    group.customers += row.tickets > 0 ? 1 : 0;
    group.tickets += row.tickets;
    group.resolved += row.resolved;
    group.resolutionSum += row.resolutionSum ?? 0;
    group.ratings += row.ratings;
    group.ratingSum += row.ratingSum ?? 0;
  }
  return groups;
}

/** Per customer who has a figure in the span: one pass over the tickets, then their customer rows. */
function perCustomer(db: Db, span: Span): CustomerRow[] {
  const perTicketCustomer = db
    .select({ customerId: tickets.customerId, ...figures(span) })
    .from(tickets)
    .where(anyFigure(span))
    .groupBy(tickets.customerId)
    .as('per_customer');
  return db
    .select({
      customerId: customers.id,
      name: customers.name,
      company: customers.company,
      industry: customers.industry,
      companySize: customers.companySize,
      tickets: perTicketCustomer.tickets,
      resolved: perTicketCustomer.resolved,
      resolutionSum: perTicketCustomer.resolutionSum,
      ratings: perTicketCustomer.ratings,
      ratingSum: perTicketCustomer.ratingSum,
    })
    .from(perTicketCustomer)
    .innerJoin(customers, eq(customers.id, perTicketCustomer.customerId))
    .all();
}

export function customerInsights(db: Db, window: AnalyticsWindow): CustomerInsights {
  const span = window.current;
  const rows = perCustomer(db, span);

  const industries = [...fold(rows, (row) => row.industry)]
    .map(([name, f]) => segment(name, f))
    .sort((a, b) => Number(a.segment === null) - Number(b.segment === null) || b.tickets - a.tickets || (a.segment ?? '').localeCompare(b.segment ?? ''));

  const bySize = fold(rows, (row) => row.companySize);
  const sizes: (string | null)[] = [...companySizes];
  // Sizes outside the known list (older data) go after the known ones, unknown (null) last.
  for (const key of bySize.keys()) if (key !== null && !sizes.includes(key)) sizes.push(key);
  if (bySize.has(null)) sizes.push(null);

  const topCustomers: TopCustomer[] = rows
    .filter((row) => row.tickets > 0)
    .sort((a, b) => b.tickets - a.tickets || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0) || (a.customerId < b.customerId ? -1 : 1))
    .slice(0, topCustomerCount)
    .map((row) => ({ customerId: row.customerId, name: row.name, company: row.company, tickets: row.tickets, csat: csatOf(row) }));

  const iso = (ms: number) => new Date(ms).toISOString();
  return {
    range: { from: iso(span.from), to: iso(span.to), tz: window.tz },
    industries,
    companySizes: sizes.map((name) => segment(name, bySize.get(name) ?? empty())),
    topCustomers,
  };
}
