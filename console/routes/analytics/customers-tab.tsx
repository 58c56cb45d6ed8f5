import type { CustomerInsights, CustomerSegment } from '../../../shared/schemas/analytics-extra.ts';
import type { CompanySize } from '../../../shared/schemas/customers.ts';
import { Link } from '../../components/link.tsx';
import { EmptyState, ErrorState, Loading } from '../../components/states.tsx';
import { ApiError } from '../../lib/errors.ts';
import { companySizeLabels, isOneOf, companySizes } from '../../lib/labels.ts';
import { paths } from '../../lib/paths.ts';
import type { Resource } from '../../lib/use-resource.ts';
import { count, durationOf, rating } from './format.ts';

/** A table of segments with a bar in the tickets column, so it reads as a chart at a glance. */
function SegmentTable({ id, title, segments, nameOf }: { id: string; title: string; segments: CustomerSegment[]; nameOf: (segment: string | null) => string }) {
  const most = Math.max(1, ...segments.map((row) => row.tickets));
  return (
    <section class="card analytics-card" aria-labelledby={`${id}-title`}>
      <header class="analytics-card__header">
        <h3 class="analytics-card__title" id={`${id}-title`}>
          {title}
        </h3>
      </header>
      {segments.length === 0 ? (
        <EmptyState title="No tickets from customers in this range" />
      ) : (
        <div class="table-wrap">
          <table class="table table--compact">
            <caption class="visually-hidden">{title}</caption>
            <thead>
              <tr>
                <th scope="col">Segment</th>
                <th scope="col" class="numeric">Customers</th>
                <th scope="col">Tickets</th>
                <th scope="col" class="numeric">Resolved</th>
                <th scope="col" class="numeric">CSAT</th>
                <th scope="col" class="numeric">Mean resolution</th>
              </tr>
            </thead>
            <tbody>
              {segments.map((row) => (
                <tr key={row.segment ?? '(none)'}>
                  <th scope="row">{nameOf(row.segment)}</th>
                  <td class="numeric">{count(row.customers)}</td>
                  <td>
                    <span class="inline-bar">
                      <span class="inline-bar__fill" style={{ width: `${(row.tickets / most) * 100}%` }} />
                      <span class="inline-bar__value">{count(row.tickets)}</span>
                    </span>
                  </td>
                  <td class="numeric">{count(row.resolved)}</td>
                  <td class="numeric">{rating(row.csat.mean)}</td>
                  <td class="numeric">{durationOf(row.meanResolutionMs)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}

const sizeName = (segment: string | null) => (segment === null ? 'Unknown size' : isOneOf<CompanySize>(companySizes, segment) ? companySizeLabels[segment] : segment);

/**
 * Segments by industry and company size, and the customers who wrote most. The endpoint is newer
 * than the page: a server without it says so instead of failing the whole page.
 */
export function CustomersTab({ resource }: { resource: Resource<CustomerInsights> }) {
  if (resource.data === undefined) {
    if (resource.error instanceof ApiError && resource.error.status === 404) {
      return (
        <EmptyState title="Customer insights are not available yet">
          This server does not offer customer segments yet. The other tabs are not affected.
        </EmptyState>
      );
    }
    return resource.error ? <ErrorState error={resource.error} onRetry={resource.reload} /> : <Loading label="Loading customer insights…" />;
  }
  const data = resource.data;
  return (
    <div class="analytics-grid">
      <SegmentTable id="industries" title="By industry" segments={data.industries} nameOf={(segment) => segment ?? 'No industry'} />
      <SegmentTable id="company-sizes" title="By company size" segments={data.companySizes} nameOf={sizeName} />
      <section class="card analytics-card analytics-grid__wide" aria-labelledby="top-customers-title">
        <header class="analytics-card__header">
          <h3 class="analytics-card__title" id="top-customers-title">
            Customers with the most tickets
          </h3>
        </header>
        {data.topCustomers.length === 0 ? (
          <EmptyState title="No tickets from customers in this range" />
        ) : (
          <div class="table-wrap">
            <table class="table table--compact">
              <caption class="visually-hidden">Customers with the most tickets</caption>
              <thead>
                <tr>
                  <th scope="col">Customer</th>
                  <th scope="col">Company</th>
                  <th scope="col" class="numeric">Tickets</th>
                  <th scope="col" class="numeric">CSAT</th>
                </tr>
              </thead>
              <tbody>
                {data.topCustomers.map((customer) => (
                  <tr key={customer.customerId}>
                    <th scope="row">
                      <Link href={paths.customer(customer.customerId)}>{customer.name}</Link>
                    </th>
                    <td>{customer.company ?? '—'}</td>
                    <td class="numeric">{count(customer.tickets)}</td>
                    <td class="numeric">
                      {rating(customer.csat.mean)}
                      {customer.csat.count > 0 && <span class="muted"> ({customer.csat.count})</span>}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
    </div>
  );
}
