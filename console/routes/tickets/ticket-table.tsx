import type { Ticket } from '../../../shared/schemas/tickets.ts';
import { Badge, PriorityBadge, StatusBadge } from '../../components/badge.tsx';
import { Link } from '../../components/link.tsx';
import { RelativeTime } from '../../components/relative-time.tsx';
import { TableHead } from '../../components/table-head.tsx';
import { dateTime } from '../../lib/format.ts';
import { paths } from '../../lib/paths.ts';
import { slaState } from '../../lib/sla.ts';

/**
 * Tickets as a table on wide screens. On phones the less important columns fold into the line
 * under the subject, so nothing scrolls sideways.
 */
export function TicketTable({
  tickets,
  showCustomer = true,
  compact = false,
  caption,
}: {
  tickets: Ticket[];
  showCustomer?: boolean;
  /** For narrow spots (a customer's profile): priority and assignee move under the subject. */
  compact?: boolean;
  caption: string;
}) {
  // Shown as columns when there is room, folded under the subject otherwise.
  const folded = compact ? '' : 'narrow-only';
  return (
    <div class="table-wrap">
      <table class="table ticket-table">
        <TableHead
          caption={caption}
          columns={[
            { label: 'Ticket' },
            { label: 'Status' },
            !compact && { label: 'Priority', wide: true },
            !compact && { label: 'Assignee', wide: true },
            { label: 'Updated', wide: true },
          ]}
        />
        <tbody>
          {tickets.map((ticket) => {
            const overdue = slaState(ticket) === 'overdue';
            return (
              <tr key={ticket.id} class="ticket-row" data-ticket-number={ticket.number}>
                <td class="ticket-row__main">
                  <Link href={paths.ticket(ticket.id)} class="ticket-row__link">
                    <span class="ticket-row__number">#{ticket.number}</span> {ticket.subject}
                  </Link>
                  <div class="ticket-row__meta">
                    {showCustomer && <span>{ticket.customer.name}</span>}
                    {overdue && ticket.slaDueAt && (
                      <Badge tone="red" title={`First reply was due ${dateTime(ticket.slaDueAt)}`}>
                        Overdue
                      </Badge>
                    )}
                    {ticket.tags.slice(0, 3).map((tag) => (
                      <span class="tag" key={tag}>
                        {tag}
                      </span>
                    ))}
                    <span class={folded}>
                      <PriorityBadge priority={ticket.priority} />
                    </span>
                    <span class={folded}>{ticket.assignee ? ticket.assignee.name : 'Unassigned'}</span>
                    <span class="narrow-only">
                      <RelativeTime iso={ticket.updatedAt} />
                    </span>
                  </div>
                </td>
                <td class="ticket-row__status">
                  <StatusBadge status={ticket.status} />
                </td>
                {!compact && (
                  <td class="wide-only">
                    <PriorityBadge priority={ticket.priority} />
                  </td>
                )}
                {!compact && <td class="wide-only">{ticket.assignee ? ticket.assignee.name : <span class="muted">Unassigned</span>}</td>}
                <td class="wide-only nowrap">
                  <RelativeTime iso={ticket.updatedAt} />
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
