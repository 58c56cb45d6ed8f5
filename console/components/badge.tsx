import type { ComponentChildren } from 'preact';
import type { ArticleStatus } from '../../shared/schemas/knowledge.ts';
import type { TicketPriority, TicketStatus } from '../../shared/schemas/tickets.ts';
import { articleStatusLabels, priorityLabels, statusLabels } from '../lib/labels.ts';

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
const articleStatusTones: Record<ArticleStatus, BadgeTone> = { draft: 'blue', in_review: 'amber', published: 'green', archived: 'grey' };

/** A state, with a dot so it reads as one at a glance; `data-status` is the API's value. */
function DotBadge({ tone, status, label }: { tone: BadgeTone; status: string; label: string }) {
  return (
    <span class={`badge badge--${tone}`} data-status={status}>
      <span class="badge__dot" aria-hidden="true" />
      {label}
    </span>
  );
}

export function StatusBadge({ status }: { status: TicketStatus }) {
  return <DotBadge tone={statusTones[status]} status={status} label={statusLabels[status]} />;
}

export function ArticleStatusBadge({ status }: { status: ArticleStatus }) {
  return <DotBadge tone={articleStatusTones[status]} status={status} label={articleStatusLabels[status]} />;
}

export function PriorityBadge({ priority }: { priority: TicketPriority }) {
  return (
    <span class={`badge badge--outline badge--${priorityTones[priority]}`} data-priority={priority}>
      <span class="visually-hidden">Priority: </span>
      {priorityLabels[priority]}
    </span>
  );
}
