import type { Ticket } from '../../../shared/schemas/tickets.ts';
import { RelativeTime } from '../../components/relative-time.tsx';
import { between, dateTime, duration } from '../../lib/format.ts';
import { resolutionState, slaState, type SlaState } from '../../lib/sla.ts';

/** How a ticket stands against one of its targets: overdue by, due in, met or missed. */
function TargetState({ state, dueAt }: { state: Exclude<SlaState, 'none'>; dueAt: string }) {
  return (
    <dd class={`sla sla--${state}`} title={dateTime(dueAt)}>
      {state === 'overdue' && `Overdue by ${duration(Date.now() - new Date(dueAt).getTime())}`}
      {state === 'due' && (
        <>
          Due <RelativeTime iso={dueAt} />
        </>
      )}
      {state === 'met' && 'Target met'}
      {state === 'missed' && 'Target missed'}
    </dd>
  );
}

/** Created, first response, resolution and their targets (Settings → Business hours & SLA), with how long each took. */
export function TicketTimes({ ticket }: { ticket: Ticket }) {
  const sla = slaState(ticket);
  const resolution = resolutionState(ticket);
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
          <TargetState state={sla} dueAt={ticket.slaDueAt} />
        </div>
      )}
      {ticket.resolutionDueAt && resolution !== 'none' && (
        <div>
          <dt>Resolve by</dt>
          <TargetState state={resolution} dueAt={ticket.resolutionDueAt} />
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
