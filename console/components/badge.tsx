import type { ComponentChildren } from 'preact';
import type { TicketPriority, TicketStatus } from '../../shared/schemas/tickets.ts';
import { priorityLabels, statusLabels } from '../lib/labels.ts';

export type BadgeTone = 'grey' | 'indigo' | 'amber' | 'green' | 'red' | 'blue' | 'orange';

export function Badge({ tone = 'grey', children, title }: { tone?: BadgeTone; children: ComponentChildren; title?: string }) {
  return (
    <span class={`badge badge--${tone}`} title={title}>
      {children}
    </span>
  );
}

const statusTones: Record<TicketStatus, BadgeTone> = { open: 'indigo', pending: 'amber', resolved: 'green', closed: 'grey' };
const priorityTones: Record<TicketPriority, BadgeTone> = { low: 'grey', medium: 'blue', high: 'orange', urgent: 'red' };

export function StatusBadge({ status }: { status: TicketStatus }) {
  return (
    <span class={`badge badge--${statusTones[status]}`} data-status={status}>
      <span class="badge__dot" aria-hidden="true" />
      {statusLabels[status]}
    </span>
  );
}

export function PriorityBadge({ priority }: { priority: TicketPriority }) {
  return (
    <span class={`badge badge--outline badge--${priorityTones[priority]}`} data-priority={priority}>
      <span class="visually-hidden">Priority: </span>
      {priorityLabels[priority]}
    </span>
  );
}
