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
  /** The analytics drill-down's narrower filters (dates, category, SLA…), shown as removable chips. */
  drill: DrillFilters;
}

/**
 * Filters the analytics page links with. Ranges are instants, half-open [from, to); the weekday
 * and hour are in `tz`. Each is kept as the URL has it (only its shape checked): the API has the
 * last word and says what is wrong with a mangled link.
 */
export const drillParams = [
  'createdFrom',
  'createdTo',
  'resolvedFrom',
  'resolvedTo',
  'respondedFrom',
  'respondedTo',
  'category',
  'sla',
  'rated',
  'resolutionMin',
  'resolutionMax',
  'weekday',
  'hour',
  'tz',
] as const;
export type DrillParam = (typeof drillParams)[number];
export type DrillFilters = Partial<Record<DrillParam, string>>;

const drillShapes: Record<DrillParam, (value: string) => boolean> = {
  createdFrom: (value) => !Number.isNaN(Date.parse(value)),
  createdTo: (value) => !Number.isNaN(Date.parse(value)),
  resolvedFrom: (value) => !Number.isNaN(Date.parse(value)),
  resolvedTo: (value) => !Number.isNaN(Date.parse(value)),
  respondedFrom: (value) => !Number.isNaN(Date.parse(value)),
  respondedTo: (value) => !Number.isNaN(Date.parse(value)),
  category: (value) => value.length > 0,
  sla: (value) => value === 'met' || value === 'breached',
  rated: (value) => value === 'true',
  resolutionMin: (value) => /^\d{1,13}$/.test(value),
  resolutionMax: (value) => /^\d{1,13}$/.test(value),
  weekday: (value) => /^[0-6]$/.test(value),
  hour: (value) => /^\d{1,2}$/.test(value) && Number(value) < 24,
  tz: (value) => value.length > 0,
};

function drillFromQuery(params: URLSearchParams): DrillFilters {
  const drill: DrillFilters = {};
  for (const name of drillParams) {
    const value = params.get(name)?.trim();
    if (value && drillShapes[name](value)) drill[name] = value;
  }
  return drill;
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
    drill: drillFromQuery(params),
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
  // The local weekday/hour means nothing without its zone: send the zone only with them.
  const { tz, ...drill } = filters.drill;
  Object.assign(query, drill);
  if (tz && (drill.weekday !== undefined || drill.hour !== undefined)) query.tz = tz;
  return query;
}

export const hasFilters = (filters: TicketFilters) =>
  Boolean(filters.status || filters.priority || filters.channel || filters.assignee || filters.tag || filters.overdue || filters.q || Object.keys(filters.drill).length > 0);
