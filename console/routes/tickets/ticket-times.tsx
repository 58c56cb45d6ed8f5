import type { Ticket } from '../../../shared/schemas/tickets.ts';
import { RelativeTime } from '../../components/relative-time.tsx';
import { between, dateTime, duration } from '../../lib/format.ts';
import { slaState } from '../../lib/sla.ts';

/** Created, first response, resolution and the first-reply target, with how long each took. */
export function TicketTimes({ ticket }: { ticket: Ticket }) {
  const sla = slaState(ticket);
  return (
    <dl class="times">
      <div>
        <dt>Created</dt>
        <dd>{dateTime(ticket.createdAt)}</dd>
      </div>
      <div>
        <dt>First response</dt>
        <dd>
          {ticket.firstResponseAt ? (
            <>
              {between(ticket.createdAt, ticket.firstResponseAt)} <span class="muted">after creation</span>
            </>
          ) : (
            <span class="muted">Not yet</span>
          )}
        </dd>
      </div>
      {ticket.resolvedAt && (
        <div>
          <dt>Resolution</dt>
          <dd>
            {between(ticket.createdAt, ticket.resolvedAt)} <span class="muted">after creation</span>
          </dd>
        </div>
      )}
      {ticket.slaDueAt && sla !== 'none' && (
        <div>
          <dt>First reply due</dt>
          <dd class={`sla sla--${sla}`} title={dateTime(ticket.slaDueAt)}>
            {sla === 'overdue' && `Overdue by ${duration(Date.now() - new Date(ticket.slaDueAt).getTime())}`}
            {sla === 'due' && (
              <>
                Due <RelativeTime iso={ticket.slaDueAt} />
              </>
            )}
            {sla === 'met' && 'Target met'}
            {sla === 'missed' && 'Target missed'}
          </dd>
        </div>
      )}
      {ticket.satisfaction !== null && (
        <div>
          <dt>Satisfaction</dt>
          <dd>{ticket.satisfaction} / 5</dd>
        </div>
      )}
    </dl>
  );
}
