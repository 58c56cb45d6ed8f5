import type { TicketListQuery, TicketSort } from '../../../shared/schemas/tickets.ts';
import { isOneOf, ticketChannels, ticketPriorities, ticketSorts, ticketStatuses } from '../../lib/labels.ts';

/** The ticket list's filters as they sit in the URL, so any view can be linked to and bookmarked. */
export interface TicketFilters {
  status: string;
  priority: string;
  channel: string;
  assignee: string;
  tag: string;
  /** Only unanswered tickets past their first-response target. */
  overdue: boolean;
  q: string;
  sort: TicketSort;
}

export const defaultSort: TicketSort = '-created';

/** Keeps only known values from a comma-separated list, so a mangled link filters what it can. */
function csvOf(list: readonly string[], raw: string | null): string {
  return (raw ?? '')
    .split(',')
    .map((part) => part.trim())
    .filter((part) => list.includes(part))
    .join(',');
}

export function filtersFromQuery(params: URLSearchParams): TicketFilters {
  const sort = params.get('sort');
  return {
    status: csvOf(ticketStatuses, params.get('status')),
    priority: csvOf(ticketPriorities, params.get('priority')),
    channel: csvOf(ticketChannels, params.get('channel')),
    assignee: params.get('assignee')?.trim() ?? '',
    tag: params.get('tag')?.trim().toLowerCase() ?? '',
    overdue: params.get('overdue') === 'true',
    q: params.get('q')?.trim() ?? '',
    sort: isOneOf(ticketSorts, sort) ? sort : defaultSort,
  };
}

export function toListQuery(filters: TicketFilters): TicketListQuery {
  const query: TicketListQuery = { sort: filters.sort };
  if (filters.status) query.status = filters.status;
  if (filters.priority) query.priority = filters.priority;
  if (filters.channel) query.channel = filters.channel;
  if (filters.assignee) query.assignee = filters.assignee;
  if (filters.tag) query.tag = filters.tag;
  if (filters.overdue) query.overdue = 'true';
  if (filters.q) query.q = filters.q;
  return query;
}

export const hasFilters = (filters: TicketFilters) =>
  Boolean(filters.status || filters.priority || filters.channel || filters.assignee || filters.tag || filters.overdue || filters.q);
