import type { TicketAnalytics } from '../../../shared/schemas/analytics.ts';
import { Link } from '../../components/link.tsx';
import { priorityLabels } from '../../lib/labels.ts';
import { drill, type Period } from './drill.ts';
import { durationOf, percent } from './format.ts';

/** Per priority: tickets created, SLA met and breached (each a link to those tickets), compliance, mean times. */
export function PriorityTable({ priorities, period }: { priorities: TicketAnalytics['priorities']; period: Period }) {
  const link = (value: number, href: string, label: string) =>
    value > 0 ? (
      <Link href={href} aria-label={label}>
        {value.toLocaleString()}
      </Link>
    ) : (
      '0'
    );
  return (
    <section class="card analytics-card" aria-labelledby="priorities-title">
      <header class="analytics-card__header">
        <div>
          <h3 class="analytics-card__title" id="priorities-title">
            SLA by priority
          </h3>
          <p class="analytics-card__subtitle">Tickets created in the range; met means both first response and resolution were on time.</p>
        </div>
      </header>
      <div class="table-wrap">
        <table class="table table--compact">
          <caption class="visually-hidden">SLA by priority</caption>
          <thead>
            <tr>
              <th scope="col">Priority</th>
              <th scope="col" class="numeric">Created</th>
              <th scope="col" class="numeric">SLA met</th>
              <th scope="col" class="numeric">Breached</th>
              <th scope="col" class="numeric">Compliance</th>
              <th scope="col" class="numeric">Mean first response</th>
              <th scope="col" class="numeric">Mean resolution</th>
            </tr>
          </thead>
          <tbody>
            {priorities.map((row) => {
              const name = priorityLabels[row.priority];
              return (
                <tr key={row.priority}>
                  <th scope="row">{row.created > 0 ? <Link href={drill.priority(period, row.priority)}>{name}</Link> : name}</th>
                  <td class="numeric">{row.created.toLocaleString()}</td>
                  <td class="numeric">{link(row.slaMet, drill.priority(period, row.priority, 'met'), `${name}: ${row.slaMet} met the SLA`)}</td>
                  <td class="numeric">{link(row.slaBreached, drill.priority(period, row.priority, 'breached'), `${name}: ${row.slaBreached} breached the SLA`)}</td>
                  <td class="numeric">{percent(row.slaCompliance)}</td>
                  <td class="numeric">{durationOf(row.meanFirstResponseMs)}</td>
                  <td class="numeric">{durationOf(row.meanResolutionMs)}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </section>
  );
}
